package io.fascia.directory.credential;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.fascia.platform.openapi.Bounds;

/**
 * What a therapist declares about a credential; the uploaded document is the proof an admin
 * checks it against.
 *
 * @param jurisdiction  the state or province that issued a licence (required for licences)
 * @param techniqueCode for a technique certificate: which technique (a taxonomy code)
 */
public record CredentialRequest(
        @NotNull Credential.Type type,
        @NotBlank @Size(min = 2, max = ISSUER_MAX) String issuer,
        @Size(max = JURISDICTION_MAX) String jurisdiction,
        @NotBlank @Size(max = NUMBER_MAX) String number,
        @Size(max = Bounds.TAXONOMY_CODE) @Pattern(regexp = Bounds.TAXONOMY_CODE_PATTERN,
                message = "must be a technique code such as 'myofascial-release'") String techniqueCode,
        @NotNull LocalDate issuedOn,
        LocalDate expiresOn) {

    public static final int ISSUER_MAX = 200;
    public static final int JURISDICTION_MAX = 100;
    public static final int NUMBER_MAX = 100;
}
