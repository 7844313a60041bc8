package io.fascia.gateway.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's table of who may call what, one rule per line of configuration:
 * {@code METHODS PATH ACCESS}, for example {@code GET /api/v1/booking/therapists/{*}/slots anyone}.
 * <ul>
 * <li>METHODS: {@code *} or a comma list (GET,HEAD);</li>
 * <li>PATH: literal segments, {@code *} for exactly one segment, and a trailing {@code **} for the
 * rest of the path (including nothing);</li>
 * <li>ACCESS: {@code anyone}, {@code signed-in}, or a comma list of realm roles.</li>
 * </ul>
 * The first rule that matches decides; a request no rule matches is denied. Services still check
 * ownership themselves: this table only keeps the wrong kind of caller away from a service.
 */
public final class AccessRules {

    /** Who a rule lets in. */
    public sealed interface Access {
    }

    public record Anyone() implements Access {
    }

    public record SignedIn() implements Access {
    }

    public record Roles(Set<String> roles) implements Access {
    }

    public record Rule(Set<String> methods, List<String> segments, boolean rest, Access access, String source) {

        boolean matches(String method, List<String> path) {
            if (!methods.contains("*") && !methods.contains(method)) {
                return false;
            }
            if (rest ? path.size() < segments.size() : path.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                if (!"*".equals(segment) && !segment.equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses the table; a malformed line stops the gateway from starting rather than opening anything. */
    public static AccessRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 3 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("Access rule '" + line + "' is not 'METHODS /path ACCESS'");
            }
            Set<String> methods = Set.of(parts[0].toUpperCase(Locale.ROOT).split(","));
            List<String> segments = new ArrayList<>(segments(parts[1]));
            boolean rest = !segments.isEmpty() && "**".equals(segments.get(segments.size() - 1));
            if (rest) {
                segments.remove(segments.size() - 1);
            }
            if (segments.contains("**")) {
                throw new IllegalArgumentException("Access rule '" + line + "': ** may only end a path");
            }
            Access access = switch (parts[2]) {
                case "anyone" -> new Anyone();
                case "signed-in" -> new SignedIn();
                default -> new Roles(Set.of(parts[2].split(",")));
            };
            rules.add(new Rule(methods, List.copyOf(segments), rest, access, line.strip()));
        }
        return new AccessRules(rules);
    }

    /** The first rule for this request, if any rule matches it. */
    public Optional<Rule> ruleFor(String method, String path) {
        List<String> segments = segments(path);
        if (segments.contains("..") || segments.contains(".")) {
            return Optional.empty();
        }
        String verb = method.toUpperCase(Locale.ROOT);
        return rules.stream().filter(r -> r.matches(verb, segments)).findFirst();
    }

    public static boolean permits(Access access, boolean anonymous, Set<String> roles) {
        if (access instanceof Anyone) {
            return true;
        }
        if (anonymous) {
            return false;
        }
        return access instanceof SignedIn || ((Roles) access).roles().stream().anyMatch(roles::contains);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
