package io.fascia.platform.openapi;

/** How values without a standard OpenAPI format are described, the same in every service. */
public final class Formats {

    /** An IANA time zone name, such as America/New_York or UTC (the services check it against the zone database). */
    public static final String TIME_ZONE = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$";

    public static final String TIME_ZONE_DESCRIPTION = "An IANA time zone, such as America/New_York.";

    private Formats() {
    }
}
