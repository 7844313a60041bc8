package io.fascia.platform.outage;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that will pass (the database is restarting, a connection was refused, a lock
 * was not granted in time) from one that will not (the request or message itself is wrong, or our
 * code is). A passing failure is answered 503 with Retry-After and retried by event consumers; it
 * never sends a message to a dead-letter topic.
 */
public final class Outages {

    /**
     * SQLSTATE classes that mean "not now": connection exception (08), transaction rollback such as
     * a serialization failure or deadlock (40), insufficient resources (53), operator intervention
     * such as an administrator's shutdown or "cannot connect now" (57), system error (58).
     */
    private static final Set<String> NOT_NOW_CLASSES = Set.of("08", "40", "53", "57", "58");
    /** lock_not_available: a lock timeout, not a conflict. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /**
     * What Quarkus OIDC throws when the token issuer (Keycloak) has not been reachable since start,
     * without a cause to tell by; named here because platform/web does not depend on quarkus-oidc.
     */
    private static final String OIDC_EXCEPTION = "io.quarkus.oidc.OIDCException";

    private Outages() {
    }

    /** The innermost cause, which names what actually failed, with its SQLSTATE when it has one: for logs. */
    public static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String state = root instanceof java.sql.SQLException sql && sql.getSQLState() != null
                ? " (SQLSTATE " + sql.getSQLState() + ")" : "";
        return root.getClass().getSimpleName() + ": " + root.getMessage() + state;
    }

    /** What kind of passing failure it is: the tag of the outage counter. */
    public enum Kind {
        /** The database refused or dropped the connection, or the pool could not lend one in time. */
        DATABASE,
        /** A deadlock, serialization failure or lock timeout: the same request may well work now. */
        CONTENTION,
        /** A refused or timed-out connection to another dependency. */
        NETWORK,
        /** The token issuer (Keycloak) has not been reachable. */
        TOKEN_ISSUER
    }

    /** True when {@code failure} or any of its causes says the failure will pass by itself. */
    public static boolean isPassing(Throwable failure) {
        return kindOf(failure).isPresent();
    }

    /** The kind of passing failure {@code failure} or one of its causes is, or empty when it will not pass. */
    public static Optional<Kind> kindOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return Optional.of(contention(((SQLException) t).getSQLState()) ? Kind.CONTENTION : Kind.DATABASE);
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // The connection pool's own failures (acquisition timeout, pool shutting down) carry
                // no SQLSTATE; the database's always do.
                if (state == null || state.length() < 2) {
                    return Optional.of(Kind.DATABASE);
                }
                if (contention(state)) {
                    return Optional.of(Kind.CONTENTION);
                }
                if (NOT_NOW_CLASSES.contains(state.substring(0, 2))) {
                    return Optional.of(Kind.DATABASE);
                }
                continue;
            }
            if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return Optional.of(Kind.NETWORK);
            }
            if (OIDC_EXCEPTION.equals(t.getClass().getName()) && t.getMessage() != null
                    && t.getMessage().contains("not available")) {
                return Optional.of(Kind.TOKEN_ISSUER);
            }
        }
        return Optional.empty();
    }

    private static boolean contention(String state) {
        return state != null && (state.startsWith("40") || LOCK_NOT_AVAILABLE.equals(state));
    }
}
