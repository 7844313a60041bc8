package io.fascia.platform.openapi;

/**
 * Bounds on values every service writes the same way, so that the OpenAPI document can state a
 * limit for each string, number and list it answers with (OWASP API4), and the limit is true.
 */
public final class Bounds {

    /** A token subject: OpenID Connect Core 1.0 (section 2) caps {@code sub} at 255 ASCII characters. */
    public static final int SUBJECT = 255;

    /** A person's name as their token carries it; a longer one is cut to this length where it is kept. */
    public static final int PERSON_NAME = 200;

    /** A code of the taxonomy (a condition, a body region, a technique), such as {@code low-back-pain}. */
    public static final int TAXONOMY_CODE = 64;
    public static final String TAXONOMY_CODE_PATTERN = "^[a-z][a-z0-9-]*$";

    /** An ISO 4217 currency code. */
    public static final int CURRENCY = 3;
    public static final String CURRENCY_PATTERN = "^[A-Z]{3}$";

    private Bounds() {
    }

    /** {@code name} cut to {@link #PERSON_NAME} characters; null stays null. */
    public static String personName(String name) {
        return name == null || name.length() <= PERSON_NAME ? name : name.substring(0, PERSON_NAME);
    }
}
