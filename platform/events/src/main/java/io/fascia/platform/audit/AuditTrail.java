package io.fascia.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.fascia.platform.openapi.Bounds;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;

/**
 * Writes audit entries in the transaction of the action they record: no action without its entry.
 * A service using it creates the {@code audit_entry} table in its own migrations (see
 * {@link AuditEntry} for the columns).
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    /** What an entry's action looks like ({@code credential.verified}), and the bounds of what an entry keeps. */
    public static final String ACTION = "^[a-z]+(\\.[a-z-]+)+$";
    public static final int ACTION_MAX = 100;
    public static final int TARGET_TYPE_MAX = 64;
    public static final int REASON_MAX = 2000;

    @Inject
    InjectableInstance<JsonWebToken> token;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String targetType, UUID targetId, String reason) {
        if (action.length() > ACTION_MAX || !action.matches(ACTION) || targetType.length() > TARGET_TYPE_MAX
                || reason != null && reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("An audit entry outside its bounds: " + action + " on " + targetType);
        }
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.actor = actor;
        entry.actorName = nameOf(actor);
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId;
        entry.reason = reason;
        entry.at = Instant.now(clock);
        entry.persist();
    }

    /** The signed-in actor's name from their token; scheduled work has no token and no name. */
    private String nameOf(String actor) {
        if (SYSTEM.equals(actor) || !token.isResolvable() || !Arc.container().requestContext().isActive()) {
            return null;
        }
        JsonWebToken jwt = token.get();
        if (jwt == null || !actor.equals(jwt.getSubject())) {
            return null;
        }
        String name = jwt.getClaim("name");
        return Bounds.personName(name != null && !name.isBlank() ? name : jwt.getClaim("preferred_username"));
    }
}
