-- The actor's name as their token carried it when they acted: the log says who, even after the
-- account is renamed or removed. NULL for entries written before this column existed.
ALTER TABLE audit_entry ADD COLUMN actor_name TEXT;
CREATE INDEX audit_entry_actor ON audit_entry (actor, at DESC);
CREATE INDEX audit_entry_action ON audit_entry (action, at DESC);
