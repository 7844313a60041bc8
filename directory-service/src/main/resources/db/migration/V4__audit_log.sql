-- Every admin action, and every change the system makes on its own (credential expiry):
-- who, what, to which record, why and when. Append-only.
CREATE TABLE audit_entry (
    id          UUID PRIMARY KEY,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL CONSTRAINT audit_action_format CHECK (action ~ '^[a-z]+(\.[a-z-]+)+$'),
    target_type TEXT        NOT NULL,
    target_id   UUID        NOT NULL,
    reason      TEXT,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC, id);
CREATE INDEX audit_entry_target ON audit_entry (target_id, at DESC);

CREATE RULE audit_entry_no_update AS ON UPDATE TO audit_entry DO INSTEAD NOTHING;
CREATE RULE audit_entry_no_delete AS ON DELETE TO audit_entry DO INSTEAD NOTHING;
