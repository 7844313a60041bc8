package io.fascia.directory.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.fascia.directory.credential.Credential;
import io.fascia.directory.credential.CredentialRequest;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.listing.Offering;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.verification.CredentialService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * About thirty therapists around Portland, Oregon, for the local demo (deploy/fascia up turns it
 * on with {@code fascia.demo.enabled=true}; never on in tests or production). Loaded through the
 * same services a therapist and an admin use, so search entries, audit entries and listing events
 * are all real. Runs only on an empty directory, so restarts change nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final double CENTER_LAT = 45.5152;
    private static final double CENTER_LON = -122.6784;

    @ConfigProperty(name = "fascia.demo.enabled", defaultValue = "false")
    boolean enabled;

    /** The demo-therapist user's fixed id in the local realm, so they own a listing at first sign-in. */
    @ConfigProperty(name = "fascia.demo.therapist-subject", defaultValue = "5d0c8f7e-1c1a-4c3e-9a51-0c1e4e7d0002")
    String demoTherapistSubject;

    /** The demo-admin user's fixed id: the audit log shows the demo verifications as theirs. */
    @ConfigProperty(name = "fascia.demo.admin-subject", defaultValue = "5d0c8f7e-1c1a-4c3e-9a51-0c1e4e7d0003")
    String demoAdminSubject;

    @Inject
    ListingService listings;

    @Inject
    CredentialService credentials;

    @Inject
    Clock clock;

    /** One therapist of the demo town. */
    record Therapist(String name, Listing.PracticeSetting setting, List<String> techniques, List<String> conditions,
            List<String> languages, boolean referrals, boolean relaxationOnly, String licence, boolean medicalMassage,
            boolean insured, boolean board) {
    }

    void load(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        long existing = QuarkusTransaction.requiringNew().call(() -> Listing.count());
        if (existing > 0) {
            LOG.infof("Demo data: %d listings already present, nothing loaded", existing);
            return;
        }
        Random random = new Random(20261123);
        Path pdf = samplePdf();
        List<Therapist> town = town();
        for (int i = 0; i < town.size(); i++) {
            Therapist t = town.get(i);
            String owner = i == 0 ? demoTherapistSubject : "demo-listing-" + String.format("%02d", i);
            double lat = CENTER_LAT + (random.nextDouble() - 0.5) * 0.25;
            double lon = CENTER_LON + (random.nextDouble() - 0.5) * 0.35;
            create(owner, t, lat, lon, random, pdf);
        }
        LOG.infof("Demo data: loaded %d therapists around Portland, OR", town.size());
    }

    private void create(String owner, Therapist t, double lat, double lon, Random random, Path pdf) {
        listings.saveProfile(owner, new ListingRequests.ProfileRequest(t.name(), bio(t), t.setting(),
                new ListingRequests.Address(null, "Portland", "OR", null, "US"),
                new ListingRequests.Location(round(lat), round(lon)),
                t.setting() == Listing.PracticeSetting.MOBILE ? 20 : null, "America/Los_Angeles", t.languages(),
                t.referrals(), t.setting() == Listing.PracticeSetting.CHAIN_OR_SPA ? 12 : 24,
                t.techniques().stream().map(code -> code.endsWith(":no-tools")
                        ? new ListingRequests.TechniqueChoice(code.replace(":no-tools", ""), false)
                        : new ListingRequests.TechniqueChoice(code, true)).toList(),
                t.conditions()));
        Offering.SessionType type = t.relaxationOnly() ? Offering.SessionType.RELAXATION : Offering.SessionType.MEDICAL;
        int base = 100 + random.nextInt(7) * 10;
        if (t.relaxationOnly()) {
            listings.addOffering(owner, new ListingRequests.OfferingRequest(Offering.Kind.OTHER, "Relaxation massage", 60,
                    BigDecimal.valueOf(base - 10), "USD", type));
        } else {
            listings.addOffering(owner, new ListingRequests.OfferingRequest(Offering.Kind.INITIAL_ASSESSMENT,
                    "Initial assessment and treatment", 90, BigDecimal.valueOf(base + 40), "USD", type));
            listings.addOffering(owner, new ListingRequests.OfferingRequest(Offering.Kind.FOLLOW_UP, "Follow-up treatment",
                    60, BigDecimal.valueOf(base), "USD", type));
        }
        listings.publish(owner);

        LocalDate today = LocalDate.now(clock);
        switch (t.licence()) {
            case "verified" -> verified(owner, licence(today, random), pdf);
            case "submitted" -> submitted(owner, licence(today, random), pdf);
            case "expired" -> expiredLicence(owner, today, pdf);
            default -> throw new IllegalArgumentException(t.licence());
        }
        if (t.medicalMassage()) {
            verified(owner, new CredentialRequest(Credential.Type.MEDICAL_MASSAGE_CERTIFICATE,
                    "Institute of Medical Massage", null, "MM-" + (1000 + random.nextInt(9000)), null,
                    today.minusYears(1 + random.nextInt(5)), null), pdf);
        }
        if (t.insured()) {
            verified(owner, new CredentialRequest(Credential.Type.LIABILITY_INSURANCE, "Associated Bodywork & Massage Professionals",
                    null, "ABMP-" + (100000 + random.nextInt(900000)), null, today.minusMonths(4), today.plusMonths(8)), pdf);
        }
        if (t.board()) {
            verified(owner, new CredentialRequest(Credential.Type.BOARD_CERTIFICATION,
                    "National Certification Board for Therapeutic Massage & Bodywork", null,
                    "NCBTMB-" + (10000 + random.nextInt(90000)), null, today.minusYears(2), today.plusYears(2)), pdf);
        }
    }

    private static CredentialRequest licence(LocalDate today, Random random) {
        return new CredentialRequest(Credential.Type.LICENSE, "Oregon Board of Massage Therapists", "OR",
                "LMT-" + (10000 + random.nextInt(90000)), null, today.minusYears(1 + random.nextInt(12)),
                today.plusMonths(2 + random.nextInt(22)));
    }

    private void verified(String owner, CredentialRequest request, Path pdf) {
        UUID id = credentials.submit(owner, request, new CredentialService.Upload("credential.pdf", pdf)).id();
        credentials.verify(demoAdminSubject, id, "Demo data: checked against the issuing board's public register", null);
    }

    private void submitted(String owner, CredentialRequest request, Path pdf) {
        credentials.submit(owner, request, new CredentialService.Upload("credential.pdf", pdf));
    }

    /** A licence that was verified and ran out last month: visible in the admin's audit trail. */
    private void expiredLicence(String owner, LocalDate today, Path pdf) {
        UUID listingId = listings.findOwned(owner).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> {
            Credential credential = new Credential();
            credential.id = UUID.randomUUID();
            credential.listingId = listingId;
            credential.type = Credential.Type.LICENSE;
            credential.issuer = "Oregon Board of Massage Therapists";
            credential.jurisdiction = "OR";
            credential.number = "LMT-40404";
            credential.issuedOn = today.minusYears(4);
            credential.expiresOn = today.minusMonths(1);
            credential.state = Credential.State.VERIFIED;
            credential.decidedBy = demoAdminSubject;
            credential.decidedAt = Instant.now(clock).minusSeconds(3L * 365 * 24 * 3600);
            credential.submittedAt = credential.decidedAt;
            credential.persist();
        });
        credentials.expireDue();
    }

    private static String bio(Therapist t) {
        if (t.relaxationOnly()) {
            return "Relaxing Swedish massage to unwind after a long week. Not medical treatment.";
        }
        return "Medical massage with an assessment before every first treatment. I look for the cause, not only where it "
                + "hurts, agree goals with you and give you homecare that fits your day.";
    }

    private static Path samplePdf() {
        try {
            Path file = Files.createTempFile("fascia-demo-", ".pdf");
            Files.writeString(file, "%PDF-1.4\n% Fascia demo credential\n1 0 obj << /Type /Catalog >> endobj\n"
                    + "trailer << /Root 1 0 R >>\n%%EOF\n", StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100000) / 100000.0;
    }

    private static List<Therapist> town() {
        List<Therapist> town = new ArrayList<>();
        var I = Listing.PracticeSetting.INDEPENDENT;
        var C = Listing.PracticeSetting.CLINIC;
        var S = Listing.PracticeSetting.CHAIN_OR_SPA;
        var H = Listing.PracticeSetting.HOSPITAL_OR_REHAB;
        var M = Listing.PracticeSetting.MOBILE;
        List<String> en = List.of("en");
        town.add(new Therapist("Theo Marsh, LMT (demo-therapist)", I, List.of("myofascial-release", "trigger-point", "iastm", "muscle-energy"),
                List.of("upper-back-pain", "tension-headache", "neck-pain"), en, true, false, "verified", true, true, false));
        town.add(new Therapist("Maya Chen, LMT", I, List.of("myofascial-release", "trigger-point", "neuromuscular", "pnf-stretching"),
                List.of("upper-back-pain", "neck-pain", "tension-headache"), List.of("en", "zh"), true, false, "verified", true, true, true));
        town.add(new Therapist("Rosa Delgado, LMT", C, List.of("myofascial-release", "muscle-energy", "orthopedic", "deep-tissue"),
                List.of("low-back-pain", "sciatica", "hip-pain"), List.of("en", "es"), true, false, "verified", true, true, false));
        town.add(new Therapist("Northside Sports & Rehab", H, List.of("iastm", "cross-fiber-friction", "orthopedic", "pnf-stretching"),
                List.of("knee-it-band", "plantar-fasciitis", "shoulder-pain", "elbow-wrist"), en, true, false, "verified", true, true, true));
        town.add(new Therapist("Serenity Day Spa", S, List.of("swedish", "deep-tissue"), List.of("low-back-pain"), en, false, true,
                "verified", false, true, false));
        town.add(new Therapist("QuickRelief Massage Pearl District", S, List.of("deep-tissue", "iastm:no-tools", "trigger-point"),
                List.of("upper-back-pain", "low-back-pain", "neck-pain"), en, false, false, "verified", false, true, false));
        town.add(new Therapist("QuickRelief Massage Hawthorne", S, List.of("deep-tissue", "iastm:no-tools", "cupping:no-tools"),
                List.of("low-back-pain", "neck-pain"), List.of("en", "vi"), false, false, "verified", false, true, false));
        town.add(new Therapist("Ana Petrova, LMT", I, List.of("lymphatic-drainage", "myofascial-release"),
                List.of("post-surgical", "fibromyalgia"), List.of("en", "ru"), true, false, "verified", true, true, true));
        town.add(new Therapist("Jordan Blake, LMT", M, List.of("trigger-point", "myofascial-release", "positional-release"),
                List.of("tension-headache", "migraine", "tmj"), en, false, false, "verified", true, false, false));
        town.add(new Therapist("Bridge City Medical Massage", C, List.of("neuromuscular", "trigger-point", "myofascial-release", "muscle-energy"),
                List.of("whiplash", "neck-pain", "upper-back-pain", "low-back-pain"), en, true, false, "verified", true, true, true));
        town.add(new Therapist("Sam Okafor, LMT", I, List.of("deep-tissue", "cupping", "myofascial-release"),
                List.of("low-back-pain", "hip-pain", "knee-it-band"), en, false, false, "verified", false, true, false));
        town.add(new Therapist("Lena Fischer, LMT", I, List.of("myofascial-release", "pnf-stretching", "muscle-energy"),
                List.of("shoulder-pain", "neck-pain"), List.of("en", "de"), true, false, "verified", true, false, false));
        town.add(new Therapist("Willamette Valley Rehab", H, List.of("orthopedic", "muscle-energy", "pnf-stretching", "lymphatic-drainage"),
                List.of("post-surgical", "shoulder-pain", "knee-it-band"), en, true, false, "verified", true, true, true));
        town.add(new Therapist("Priya Raman, LMT", I, List.of("trigger-point", "neuromuscular", "positional-release"),
                List.of("tmj", "tension-headache", "neck-pain"), List.of("en", "hi", "ta"), true, false, "verified", false, true, false));
        town.add(new Therapist("Marcus Lee, LMT", M, List.of("deep-tissue", "trigger-point", "cross-fiber-friction"),
                List.of("elbow-wrist", "shoulder-pain"), List.of("en", "ko"), false, false, "verified", false, false, false));
        town.add(new Therapist("Hannah Brooks, LMT", I, List.of("swedish"), List.of("fibromyalgia"), en, false, true,
                "verified", false, false, false));
        town.add(new Therapist("Kenji Sato, LMT", C, List.of("myofascial-release", "iastm", "cross-fiber-friction"),
                List.of("plantar-fasciitis", "knee-it-band", "elbow-wrist"), List.of("en", "ja"), true, false, "verified", true, true, false));
        town.add(new Therapist("Alder Street Clinic", C, List.of("myofascial-release", "trigger-point", "deep-tissue", "pnf-stretching"),
                List.of("low-back-pain", "sciatica", "upper-back-pain"), en, true, false, "verified", false, true, true));
        town.add(new Therapist("Grace Kim, LMT", I, List.of("myofascial-release", "positional-release", "lymphatic-drainage"),
                List.of("fibromyalgia", "migraine"), List.of("en", "ko"), true, false, "verified", true, false, false));
        town.add(new Therapist("Diego Ramirez, LMT", M, List.of("deep-tissue", "muscle-energy", "trigger-point"),
                List.of("sciatica", "low-back-pain", "hip-pain"), List.of("en", "es"), false, false, "verified", false, true, false));
        town.add(new Therapist("Eastside Wellness Spa", S, List.of("swedish", "cupping:no-tools", "deep-tissue"),
                List.of("neck-pain"), en, false, true, "verified", false, true, false));
        town.add(new Therapist("Olivia Grant, LMT", I, List.of("trigger-point", "myofascial-release", "neuromuscular"),
                List.of("tension-headache", "neck-pain", "whiplash"), en, true, false, "verified", true, false, true));
        town.add(new Therapist("Noah Bennett, LMT", I, List.of("orthopedic", "pnf-stretching", "muscle-energy"),
                List.of("shoulder-pain", "hip-pain"), en, true, false, "verified", false, false, false));
        town.add(new Therapist("Fatima Haddad, LMT", C, List.of("myofascial-release", "lymphatic-drainage", "iastm"),
                List.of("post-surgical", "upper-back-pain"), List.of("en", "ar", "fr"), true, false, "verified", true, true, false));
        town.add(new Therapist("Riverside Hospital Massage Program", H, List.of("lymphatic-drainage", "positional-release", "swedish"),
                List.of("post-surgical", "fibromyalgia"), en, true, false, "verified", false, true, true));
        town.add(new Therapist("Chris Novak (licence pending)", I, List.of("deep-tissue", "trigger-point"),
                List.of("low-back-pain", "neck-pain"), en, false, false, "submitted", false, false, false));
        town.add(new Therapist("Bea Santos (licence pending)", C, List.of("myofascial-release", "muscle-energy"),
                List.of("upper-back-pain", "hip-pain"), List.of("en", "pt"), true, false, "submitted", false, false, false));
        town.add(new Therapist("Ivan Horvat (licence pending)", I, List.of("cupping", "iastm"),
                List.of("knee-it-band", "plantar-fasciitis"), List.of("en", "hr"), false, false, "submitted", false, false, false));
        town.add(new Therapist("Paul Dunn, LMT (licence expired)", I, List.of("deep-tissue", "myofascial-release"),
                List.of("low-back-pain", "upper-back-pain"), en, false, false, "expired", false, false, false));
        town.add(new Therapist("Mia Rossi, LMT", M, List.of("myofascial-release", "trigger-point", "pnf-stretching"),
                List.of("upper-back-pain", "tension-headache", "tmj"), List.of("en", "it"), true, false, "verified", true, true, false));
        return town;
    }
}
