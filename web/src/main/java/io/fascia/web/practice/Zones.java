package io.fascia.web.practice;

import java.time.ZoneId;
import java.util.List;

/** The IANA time zones a practice can be in: region/city names, without the legacy aliases. */
public final class Zones {

    public static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted()
            .toList();

    private Zones() {
    }
}
