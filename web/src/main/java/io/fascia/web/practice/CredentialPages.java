package io.fascia.web.practice;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.common.DocumentFrames;
import io.fascia.web.common.FormValues;
import io.fascia.web.common.Labels;
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A therapist's credentials: one card per layer with where it stands, and the upload of a new
 * one with its document. The directory checks the document (type, size) and admins verify it.
 */
@Path("/practice/credentials")
@RolesAllowed("therapist")
@Produces(MediaType.TEXT_HTML)
public class CredentialPages {

    /** Days before an expiry that the card warns. */
    static final int WARN_DAYS = 30;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    DocumentFrames documents;

    /** One credential layer: its newest credential and the earlier ones. */
    public record Layer(String type, String name, String why, Models.Credential latest, List<Models.Credential> earlier) {

        /** submitted, verified, expiring, rejected, expired, revoked, or missing. */
        public String state() {
            if (latest == null) {
                return "missing";
            }
            if ("VERIFIED".equals(latest.state()) && !latest.current()) {
                return "expired";
            }
            if ("VERIFIED".equals(latest.state()) && latest.expiresOn() != null
                    && !latest.expiresOn().isAfter(LocalDate.now().plusDays(WARN_DAYS))) {
                return "expiring";
            }
            return latest.state().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The upload form as typed, with its errors. */
    public record Upload(String type, String issuer, String jurisdiction, String number, String techniqueCode,
            String issuedOn, String expiresOn, Map<String, String> errors) {

        static Upload empty(String type) {
            return new Upload(type == null ? "LICENSE" : type, "", "", "", "", "", "", Map.of());
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate(basePath = "PracticePages")
    static class Templates {
        static native TemplateInstance credentials(List<Layer> layers, Upload upload, List<Models.Technique> techniques,
                String notice, String message);
    }

    static final Map<String, String[]> LAYERS = layerNames();

    @GET
    public TemplateInstance page(@QueryParam("type") String type, @QueryParam("submitted") String submitted) {
        return Templates.credentials(layers(), Upload.empty(LAYERS.containsKey(type) ? type : null),
                taxonomy.get().techniques(), submitted != null ? "Your credential is submitted. An admin checks it against "
                        + "the document, usually within two working days." : null, null);
    }

    /** The owner's own document, shown inline; another therapist's is 404 at the directory. */
    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") java.util.UUID id) {
        return documents.inline(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestForm(FormTokens.FIELD) String csrf, @RestForm String type, @RestForm String issuer,
            @RestForm String jurisdiction, @RestForm String number, @RestForm String techniqueCode,
            @RestForm String issuedOn, @RestForm String expiresOn, @RestForm("document") FileUpload document) {
        formCheck.require(csrf);
        Upload typed = new Upload(FormValues.typed(type), FormValues.typed(issuer), FormValues.typed(jurisdiction),
                FormValues.typed(number), FormValues.typed(techniqueCode), FormValues.typed(issuedOn),
                FormValues.typed(expiresOn), Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate issued = FormValues.date("issuedOn", typed.issuedOn(), errors);
        LocalDate expires = FormValues.date("expiresOn", typed.expiresOn(), errors);
        if (document == null || document.fileName() == null || document.fileName().isBlank() || document.size() == 0) {
            errors.put("document", "is required: a PDF, PNG or JPEG of the credential, at most 10 MB");
        }
        if (!errors.isEmpty()) {
            return refused(typed, errors, null, 400);
        }
        Models.CredentialRequest request = new Models.CredentialRequest(FormValues.orNull(typed.type()), typed.issuer(),
                FormValues.orNull(typed.jurisdiction()), typed.number(), FormValues.orNull(typed.techniqueCode()), issued, expires);
        try {
            api.call(c -> c.submitCredential(request, document));
            return Response.seeOther(URI.create("/practice/credentials?submitted=1")).build();
        } catch (ApiProblem problem) {
            String words = switch (problem.status()) {
                case 413 -> "The document is larger than 10 MB. Scan it at a lower resolution or as a PDF, and try again.";
                case 415 -> "The document must be a PDF, PNG or JPEG file.";
                default -> null;
            };
            if (words != null) {
                return refused(typed, Map.of("document", words), null, problem.status());
            }
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return refused(typed, problem.fieldErrors(), problem.fieldErrors().isEmpty() ? problem.message() : null,
                    problem.status());
        }
    }

    private Response refused(Upload typed, Map<String, String> errors, String message, int status) {
        Upload shown = new Upload(typed.type(), typed.issuer(), typed.jurisdiction(), typed.number(), typed.techniqueCode(),
                typed.issuedOn(), typed.expiresOn(), errors);
        return Response.status(status).entity(Templates.credentials(layers(), shown, taxonomy.get().techniques(), null,
                message)).build();
    }

    private List<Layer> layers() {
        List<Models.Credential> all = api.call(c -> c.ownCredentials()).stream()
                .sorted(Comparator.comparing(Models.Credential::submittedAt).reversed()).toList();
        return LAYERS.entrySet().stream().map(e -> {
            List<Models.Credential> ofType = all.stream().filter(c -> c.type().equals(e.getKey())).toList();
            return new Layer(e.getKey(), e.getValue()[0], e.getValue()[1], ofType.isEmpty() ? null : ofType.get(0),
                    ofType.size() > 1 ? ofType.subList(1, ofType.size()) : List.of());
        }).toList();
    }

    /** Each layer's name (the credential type's, from Labels) and why a therapist would want it. */
    private static Map<String, String[]> layerNames() {
        Map<String, String> why = Map.of(
                "LICENSE", "Required: without a current verified licence your listing is not in search.",
                "BOARD_CERTIFICATION", "Earns the Board certified badge.",
                "MEDICAL_MASSAGE_CERTIFICATE", "Earns the Verified medical massage badge, which clients with a condition look for.",
                "TECHNIQUE_CERTIFICATE", "Shows training in a technique you offer, such as IASTM.",
                "LIABILITY_INSURANCE", "Earns the Insured badge.");
        Map<String, String[]> layers = new LinkedHashMap<>();
        Labels.CREDENTIAL_TYPES.forEach((type, name) -> layers.put(type, new String[] { name, why.get(type) }));
        return java.util.Collections.unmodifiableMap(layers);
    }
}
