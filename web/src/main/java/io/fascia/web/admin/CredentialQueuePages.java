package io.fascia.web.admin;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.common.FormValues;
import io.fascia.web.common.Labels;
import io.fascia.web.common.DocumentFrames;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The credential queue and the review screen: the document beside what the therapist typed, the
 * listing it vouches for and its earlier credentials; verify (confirming the expiry date), reject
 * or revoke with a reason. After a decision the next credential of the same queue opens.
 */
@Path("/admin/credentials")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class CredentialQueuePages {

    static final int PAGE_SIZE = 25;

    /** How far "next" looks into a queue: the directory's largest page. */
    static final int SCAN = 200;

    static final Map<String, String> STATES = names("SUBMITTED", "Waiting", "VERIFIED", "Verified", "REJECTED", "Rejected",
            "REVOKED", "Revoked", "EXPIRED", "Expired");
    static final Map<String, String> TYPES = Labels.CREDENTIAL_TYPES;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @Inject
    DocumentFrames documents;

    /** The queue a review screen belongs to, kept in its links so "next" stays in it. */
    public record Queue(String state, String type) {

        static Queue of(String state, String type) {
            return new Queue(STATES.containsKey(upper(state)) ? upper(state) : "SUBMITTED",
                    TYPES.containsKey(upper(type)) ? upper(type) : null);
        }

        public String query() {
            return "state=" + state + (type == null ? "" : "&type=" + type);
        }

        public String stateName() {
            return STATES.get(state);
        }
    }

    /**
     * What an admin typed into the decision forms, with errors, kept when the directory refuses it;
     * {@code expiresOn} is null when the verify form was not the one sent.
     */
    public record Decision(String expiresOn, String note, String reason, Map<String, String> errors) {

        static Decision empty(Models.Credential credential) {
            return new Decision(credential.expiresOn() == null ? "" : credential.expiresOn().toString(), "", "", Map.of());
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate(basePath = "AdminPages")
    static class Templates {
        static native TemplateInstance queue(Queue queue, Models.CredentialQueue page, int number, boolean more,
                Map<String, String> states, Map<String, String> types, String notice);

        static native TemplateInstance credential(Queue queue, Models.CredentialReview review, Decision decision,
                Map<String, String> types, String notice, String message);
    }

    @GET
    public TemplateInstance queue(@QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("page") Integer page, @QueryParam("empty") String empty) {
        Queue queue = Queue.of(state, type);
        int number = page == null || page < 0 ? 0 : page;
        Models.CredentialQueue found = api.call(c -> c.credentialQueue(queue.state(), queue.type(), number, PAGE_SIZE));
        return Templates.queue(queue, found, number, found.hasMore(), STATES, TYPES,
                empty != null ? "You have reached the end of this queue." : null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance review(@PathParam("id") UUID id, @QueryParam("state") String state,
            @QueryParam("type") String type, @QueryParam("decided") String decided) {
        Models.CredentialReview review = api.call(c -> c.credentialReview(id));
        String notice = switch (decided == null ? "" : decided) {
            case "verified" -> "Verified. This is the next credential in the queue.";
            case "rejected" -> "Rejected; the therapist sees your reason. This is the next credential in the queue.";
            case "skipped" -> "This is the next credential in the queue.";
            default -> null;
        };
        return Templates.credential(Queue.of(state, type), review, Decision.empty(review.credential()), TYPES, notice, null);
    }

    /** The document, inline for the review screen's frame. */
    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") UUID id) {
        return documents.inline(id);
    }

    /**
     * The credential after {@code after} in the queue's order; when {@code after} has left the queue
     * (it was just decided), the oldest one left. At the end, the queue itself says nothing is left.
     */
    @GET
    @Path("next")
    public Response next(@QueryParam("after") UUID after, @QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("decided") String decided) {
        Queue queue = Queue.of(state, type);
        java.util.List<UUID> ids = api.call(c -> c.credentialQueue(queue.state(), queue.type(), 0, SCAN)).items().stream()
                .map(i -> i.credential().id()).toList();
        int at = ids.indexOf(after);
        UUID next = at < 0 ? (ids.isEmpty() ? null : ids.get(0)) : at + 1 < ids.size() ? ids.get(at + 1) : null;
        if (next == null) {
            return Response.seeOther(URI.create("/admin/credentials?" + queue.query() + "&empty=1")).build();
        }
        return Response.seeOther(URI.create("/admin/credentials/" + next + "?" + queue.query() + "&decided="
                + (decided == null ? "skipped" : decided))).build();
    }

    @POST
    @Path("{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf, @RestForm String state,
            @RestForm String type, @RestForm String expiresOn, @RestForm String note) {
        formCheck.require(csrf);
        Decision typed = new Decision(FormValues.typed(expiresOn), FormValues.typed(note), "", Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate expiry = null;
        if (!typed.expiresOn().isEmpty()) {
            try {
                expiry = LocalDate.parse(typed.expiresOn());
            } catch (java.time.DateTimeException e) {
                errors.put("expiresOn", "must be a date such as 2027-03-31");
            }
        }
        Queue queue = Queue.of(state, type);
        if (!errors.isEmpty()) {
            return refused(id, queue, typed, errors, null, 400);
        }
        LocalDate confirmed = expiry;
        try {
            api.call(c -> c.verifyCredential(id, new Models.VerifyRequest(typed.note().isEmpty() ? null : typed.note(),
                    confirmed)));
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return refused(id, queue, typed, problem.fieldErrors(), problem.message(), problem.status());
        }
        return Response.seeOther(URI.create("/admin/credentials/next?after=" + id + "&" + queue.query() + "&decided=verified"))
                .build();
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf, @RestForm String state,
            @RestForm String type, @RestForm String reason) {
        return withReason(id, csrf, Queue.of(state, type), reason, "rejected");
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf, @RestForm String state,
            @RestForm String type, @RestForm String reason) {
        return withReason(id, csrf, Queue.of(state, type), reason, "revoked");
    }

    private Response withReason(UUID id, String csrf, Queue queue, String reason, String decision) {
        formCheck.require(csrf);
        Decision typed = new Decision(null, "", FormValues.typed(reason), Map.of());
        if (typed.reason().isEmpty()) {
            return refused(id, queue, typed, Map.of("reason", "is required: the therapist reads it"), null, 400);
        }
        Models.ReasonRequest request = new Models.ReasonRequest(typed.reason());
        try {
            if (decision.equals("rejected")) {
                api.call(c -> c.rejectCredential(id, request));
            } else {
                api.call(c -> c.revokeCredential(id, request));
            }
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return refused(id, queue, typed, problem.fieldErrors(), problem.message(), problem.status());
        }
        if (decision.equals("revoked")) {
            return Response.seeOther(URI.create("/admin/credentials/" + id + "?" + queue.query())).build();
        }
        return Response.seeOther(URI.create("/admin/credentials/next?after=" + id + "&" + queue.query() + "&decided=" + decision))
                .build();
    }

    private Response refused(UUID id, Queue queue, Decision typed, Map<String, String> errors, String message, int status) {
        Models.CredentialReview review = api.call(c -> c.credentialReview(id));
        Decision shown = new Decision(typed.expiresOn() == null ? Decision.empty(review.credential()).expiresOn()
                : typed.expiresOn(), typed.note(), typed.reason(), errors);
        return Response.status(status)
                .entity(Templates.credential(queue, review, shown, TYPES, null, errors.isEmpty() ? message : null)).build();
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String upper(String value) {
        return FormValues.typed(value).toUpperCase(Locale.ROOT);
    }
}
