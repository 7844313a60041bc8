package io.fascia.web.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The cities a client can search near, shipped with the app ({@code places/us-cities.csv}): the
 * largest US cities with their coordinates. Nothing is looked up elsewhere at run time.
 */
@ApplicationScoped
public class Gazetteer {

    /** A city as the search form names it, "Portland, OR", and where it is. */
    public record Place(String name, double latitude, double longitude) {

        /** The search API's {@code near} parameter. */
        public String near() {
            return String.format(Locale.ROOT, "%.4f,%.4f", latitude, longitude);
        }
    }

    private final Map<String, Place> byKey;
    private final List<Place> places;
    private final String datalistOptions;

    Gazetteer() {
        this(Gazetteer.class.getResourceAsStream("/places/us-cities.csv"));
    }

    Gazetteer(InputStream csv) {
        Map<String, Place> index = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                Place place = new Place(f[0].strip() + ", " + f[1].strip(), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                index.putIfAbsent(key(place.name()), place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("places/us-cities.csv could not be read", e);
        }
        this.byKey = index;
        this.places = List.copyOf(index.values());
        // The suggestions list every city: written once, not rendered on each request.
        StringBuilder options = new StringBuilder();
        places.forEach(p -> options.append("<option value=\"").append(p.name().replace("&", "&amp;").replace("\"", "&quot;"))
                .append("\">"));
        this.datalistOptions = options.toString();
    }

    /** The {@code <option>}s of the search form's city suggestions, HTML-escaped once. */
    public String datalistOptions() {
        return datalistOptions;
    }

    /** "portland, or", "Portland,OR" and "Portland OR" all find Portland, Oregon. */
    public Optional<Place> find(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(typed)));
    }

    /** Every place, largest first, for the form's suggestions. */
    public List<Place> all() {
        return places;
    }

    private static String key(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace(",", " ").replace(".", "").strip().replaceAll("\\s+", " ");
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        return String.join(" ", words);
    }
}
