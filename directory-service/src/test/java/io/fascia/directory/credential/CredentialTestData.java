package io.fascia.directory.credential;

import java.util.UUID;

import io.fascia.directory.verification.CredentialService;

/** Credentials in a known state, made through the service as their owner would. */
public final class CredentialTestData {

    private CredentialTestData() {
    }

    public static UUID submittedLicence(CredentialService credentials, String owner) {
        return credentials.submit(owner, Documents.licence(), Documents.upload("licence.pdf", Documents.pdf())).id();
    }

    /** A licence, verified by an admin: the listing becomes visible once published. */
    public static UUID verifiedLicence(CredentialService credentials, String owner) {
        UUID id = submittedLicence(credentials, owner);
        credentials.verify("admin-test", id, "register checked", null);
        return id;
    }

    public static UUID verifiedMedicalMassageCertificate(CredentialService credentials, String owner) {
        UUID id = credentials.submit(owner, Documents.medicalMassageCertificate(),
                Documents.upload("mm.pdf", Documents.pdf())).id();
        credentials.verify("admin-test", id, "certificate checked", null);
        return id;
    }
}
