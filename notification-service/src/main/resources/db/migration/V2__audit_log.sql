-- The platform's audit log (io.fascia.platform.audit) is part of every service's persistence unit;
-- notification-service takes no admin actions yet, so it stays empty until one does.
CREATE TABLE audit_entry (
    id          UUID PRIMARY KEY,
    actor       TEXT        NOT NULL,
    actor_name  TEXT,
    action      TEXT        NOT NULL CONSTRAINT audit_action_format CHECK (action ~ '^[a-z]+(\.[a-z-]+)+$'),
    target_type TEXT        NOT NULL,
    target_id   UUID        NOT NULL,
    reason      TEXT,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC, id);
CREATE INDEX audit_entry_target ON audit_entry (target_id, at DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at DESC);
CREATE INDEX audit_entry_action ON audit_entry (action, at DESC);

CREATE RULE audit_entry_no_update AS ON UPDATE TO audit_entry DO INSTEAD NOTHING;
CREATE RULE audit_entry_no_delete AS ON DELETE TO audit_entry DO INSTEAD NOTHING;
