-- message is a queue: every row is inserted pending and updated at least once more (sent, skipped,
-- put to wait with a later attempt_at). An update that moves attempt_at or status cannot be HOT,
-- so each one leaves a dead entry in message_due, the index the sender reads every second for
-- what is due. PostgreSQL's default waits for 20% of the table to be dead before vacuuming it:
-- at 700,000 messages that is 140,000 dead rows, and the due list, with nothing due, read 201
-- index pages (2-3 ms) where a vacuumed index needs 3 (0.16 ms). Vacuum this table after 1% of it
-- (and at least 1,000 rows) has changed, and keep its statistics as fresh.
ALTER TABLE message SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_analyze_scale_factor = 0.02
);
