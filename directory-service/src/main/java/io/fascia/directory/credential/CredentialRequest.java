package io.fascia.directory.credential;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a therapist declares about a credential; the uploaded document is the proof an admin
 * checks it against.
 *
 * @param jurisdiction  the state or province that issued a licence (required for licences)
 * @param techniqueCode for a technique certificate: which technique (a taxonomy code)
 */
public record CredentialRequest(
        @NotNull Credential.Type type,
        @NotBlank @Size(min = 2, max = 200) String issuer,
        @Size(max = 100) String jurisdiction,
        @NotBlank @Size(max = 100) String number,
        @Size(max = 60) String techniqueCode,
        @NotNull LocalDate issuedOn,
        LocalDate expiresOn) {
}
