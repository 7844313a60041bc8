package io.fascia.directory.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.fascia.directory.verification.CredentialService;

/** Small real files of each kind, and uploads of them for calling the service directly. */
final class Documents {

    private Documents() {
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    }

    static byte[] text() {
        return "I promise I am licensed.".getBytes(StandardCharsets.UTF_8);
    }

    static CredentialRequest licence() {
        return new CredentialRequest(Credential.Type.LICENSE, "Oregon Board of Massage Therapists", "OR", "LMT-12345",
                null, LocalDate.now().minusYears(3), LocalDate.now().plusYears(1));
    }

    static CredentialRequest medicalMassageCertificate() {
        return new CredentialRequest(Credential.Type.MEDICAL_MASSAGE_CERTIFICATE, "Institute of Medical Massage", null,
                "MM-777", null, LocalDate.now().minusYears(1), null);
    }

    static CredentialService.Upload upload(String name, byte[] content) {
        try {
            Path file = Files.createTempFile("credential-", "-" + name);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return new CredentialService.Upload(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
