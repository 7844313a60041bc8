package io.fascia.web.admin;

import java.net.URI;
import java.util.List;
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
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Review comments and therapist replies waiting for an admin, oldest first, with each passage that
 * raised a screening flag highlighted; approve, or reject with a reason.
 */
@Path("/admin/moderation")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

    static final int PAGE_SIZE = 20;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @Inject
    TaxonomyCache taxonomy;

    /** A text in the queue, cut into highlighted pieces; with what was typed when its rejection was refused. */
    public record Item(Models.PendingText text, List<Highlights.Piece> pieces, Refused refused) {

        public String key() {
            return text.kind().toLowerCase(java.util.Locale.ROOT) + "-" + text.reviewId();
        }

        public String flagNames() {
            return String.join(", ", text.flags().stream().map(Highlights::name).toList());
        }
    }

    /** A rejection refused for want of a reason, shown on its item. */
    public record Refused(String key, String reason, String error) {
    }

    @CheckedTemplate(basePath = "AdminPages")
    static class Templates {
        static native TemplateInstance moderation(String kind, List<Item> items, long total, int number, boolean more,
                Map<String, String> conditions, boolean refused, String notice);
    }

    @GET
    public TemplateInstance queue(@QueryParam("kind") String kind, @QueryParam("page") Integer page,
            @QueryParam("done") String done) {
        String notice = "approved".equals(done) ? "Approved: the text is public now."
                : "rejected".equals(done) ? "Rejected: the text stays hidden, and your reason is kept." : null;
        return render(kind(kind), page == null || page < 0 ? 0 : page, null, notice);
    }

    @POST
    @Path("{kind}/{review}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("kind") String kind, @PathParam("review") UUID review,
            @RestForm(FormTokens.FIELD) String csrf, @RestForm String shown) {
        formCheck.require(csrf);
        api.run(c -> c.approveText(kind, review));
        return Response.seeOther(URI.create("/admin/moderation?done=approved" + shownKind(shown))).build();
    }

    @POST
    @Path("{kind}/{review}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("kind") String kind, @PathParam("review") UUID review,
            @RestForm(FormTokens.FIELD) String csrf, @RestForm String reason, @RestForm String shown) {
        formCheck.require(csrf);
        String typed = FormValues.typed(reason);
        String key = kind.toLowerCase(java.util.Locale.ROOT) + "-" + review;
        if (typed.isEmpty()) {
            return Response.status(400).entity(render(kind(shown), 0, new Refused(key, typed,
                    "is required: it is kept with the decision"), null)).build();
        }
        try {
            api.run(c -> c.rejectText(kind, review, new Models.ModerationReason(typed)));
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status()).entity(render(kind(shown), 0, new Refused(key, typed,
                    problem.fieldErrors().getOrDefault("text", problem.message())), null)).build();
        }
        return Response.seeOther(URI.create("/admin/moderation?done=rejected" + shownKind(shown))).build();
    }

    private TemplateInstance render(String kind, int page, Refused refused, String notice) {
        Models.Paged<Models.PendingText> found = api.call(c -> c.moderationQueue(kind, page, PAGE_SIZE));
        List<Item> items = found.items().stream().map(t -> {
            String key = t.kind().toLowerCase(java.util.Locale.ROOT) + "-" + t.reviewId();
            return new Item(t, Highlights.of(t.text(), t.marks()), refused != null && refused.key().equals(key) ? refused : null);
        }).toList();
        return Templates.moderation(kind, items, found.total(), page, found.hasMore(),
                taxonomy.names(), refused != null, notice);
    }

    private static String kind(String kind) {
        return "comment".equals(kind) || "reply".equals(kind) ? kind : null;
    }

    private static String shownKind(String shown) {
        return kind(shown) == null ? "" : "&kind=" + shown;
    }
}
