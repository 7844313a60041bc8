package io.fascia.directory.taxonomy;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a code of the taxonomy (a technique, a body region, a condition) looks in the API document.
 * Only the document uses this type; a code that is not in the taxonomy is refused by name.
 */
@Schema(name = "TaxonomyCode", type = SchemaType.STRING, maxLength = 64, pattern = "^[a-z0-9-]+$",
        description = "A code of the taxonomy (GET /api/v1/directory/taxonomy), such as upper-back-pain.")
public final class TaxonomyCode {

    private TaxonomyCode() {
    }
}
