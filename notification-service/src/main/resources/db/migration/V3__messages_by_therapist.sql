-- A therapist's listing arriving wakes their pending messages (those that waited for it): found by
-- therapist among the pending ones only, however many messages were sent before.
CREATE INDEX message_pending_therapist ON message (therapist_id) WHERE status = 'PENDING';
