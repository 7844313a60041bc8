package io.fascia.platform.sql;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** What services need around native SQL: reading timestamps from result rows, and the SQLSTATE of a failure. */
public final class NativeSql {

    private NativeSql() {
    }

    /** A {@code timestamptz} column of a native query row; the driver hands it over in more than one type. */
    public static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    public static Instant instantOrNull(Object value) {
        return value == null ? null : instant(value);
    }

    /** The SQLSTATE somewhere in a persistence failure's causes (23P01 exclusion, 23505 unique), or null. */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * True when the database rolled the transaction back to settle a race with another one
     * (SQLSTATE class 40: deadlock, serialization failure). Nothing of it was kept, so running the
     * whole transaction again is safe, and it usually succeeds or meets the winner's result.
     */
    public static boolean rolledBackForARace(Throwable failure) {
        String state = sqlState(failure);
        return state != null && state.startsWith("40");
    }
}
