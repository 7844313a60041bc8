package io.fascia.notification.message;

/**
 * Everything a message's templates may say: names, times (already spoken in the right zone) and
 * links. There is deliberately no field for health data, so no template can show any.
 *
 * @param recipientName    whom it is written to
 * @param forTherapist     written to the therapist (else to the client)
 * @param therapistName    the practice's name as listed
 * @param clientName       the client's first name (therapists' messages name their client)
 * @param offering         what was booked, as the listing calls it
 * @param when             the session's start on the practice's clock, zone named
 * @param endsAt           its end (time of day), or null
 * @param whenForClient    the start on the client's own clock when that differs, else null
 * @param previousWhen     the start before a reschedule, else null
 * @param freeUntil        the last moment a cancellation is free, spoken, else null
 * @param windowHours      the booking's frozen cancellation window in hours, else null
 * @param cancelledByClient who cancelled (for cancellations)
 * @param late             a late cancellation
 * @param link             where to act on it in the web app
 * @param preferencesLink  where the person changes which messages they get
 * @param unsubscribeLink  one-click unsubscribe from this kind, or null for messages that always go
 * @param sinceSession     how long after the session a check-in asks ("one week"), else null
 * @param answerBy         the last moment a check-in can be answered, spoken, else null
 * @param notice           for notices to therapists, which (the kind's name), else null
 * @param credential       the credential a notice is about, in words ("licence"), else null
 * @param reason           the admin's reason given with a notice, else null
 * @param expiresOn        the credential's expiry date, spoken, else null
 */
public record Letter(String recipientName, boolean forTherapist, String therapistName, String clientName, String offering,
        String when, String endsAt, String whenForClient, String previousWhen, String freeUntil, Integer windowHours,
        boolean cancelledByClient, boolean late, String link, String preferencesLink, String unsubscribeLink,
        String sinceSession, String answerBy, String notice, String credential, String reason, String expiresOn) {
}
