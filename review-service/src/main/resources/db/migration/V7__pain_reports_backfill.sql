-- Pain reports (fascia.review.pain-reports.v1) start with this version. Reviews and answered
-- check-ins written before it are published once through the outbox, oldest first, so booking's
-- progress summaries hold a client's whole treatment, not only what was reported from now on.
INSERT INTO outbox_message (id, topic, message_key, event_type, payload, occurred_at)
SELECT gen_random_uuid(), 'fascia.review.pain-reports.v1', report.booking_id::text, 'fascia.review.pain-reported.v1',
       jsonb_build_object(
           'reportId', report.report_id, 'bookingId', report.booking_id, 'therapistId', report.therapist_id,
           'clientSubject', report.client_subject, 'measure', report.measure, 'ordinal', report.ordinal,
           'dueAfter', report.due_after, 'pain', report.pain,
           'reportedAt', to_char(report.reported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
FROM (
    SELECT r.id AS report_id, r.booking_id, r.therapist_id, r.client_subject, 'AFTER_SESSION' AS measure,
           NULL::integer AS ordinal, NULL::text AS due_after, r.pain_after AS pain, r.created_at AS reported_at
    FROM review r
    UNION ALL
    SELECT c.id, c.booking_id, s.therapist_id, c.client_subject, 'CHECK_IN', c.ordinal, c.due_after, c.pain_now,
           c.answered_at
    FROM check_in c JOIN session s ON s.booking_id = c.booking_id
    WHERE c.status = 'ANSWERED'
) report
ORDER BY report.reported_at, report.report_id;
