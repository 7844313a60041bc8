-- The audit table as a service creates it in its own migrations (AuditEntry is part of every
-- persistence unit that uses platform/events, so this test application needs it too).
CREATE TABLE audit_entry (
    id          UUID PRIMARY KEY,
    actor       TEXT        NOT NULL,
    actor_name  TEXT,
    action      TEXT        NOT NULL,
    target_type TEXT        NOT NULL,
    target_id   UUID        NOT NULL,
    reason      TEXT,
    at          TIMESTAMPTZ NOT NULL
);
