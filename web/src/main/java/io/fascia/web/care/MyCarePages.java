package io.fascia.web.care;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * My care: treatment plans with homecare, the check-ins that are due, and an outcome review for
 * each completed session. Health data: only the client sees these pages (the API decides).
 */
@Path("/my/care")
@RolesAllowed("client")
@Produces(MediaType.TEXT_HTML)
public class MyCarePages {

    @Inject
    Api api;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    FormCheck formCheck;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance care(List<Models.Plan> plans, List<Models.CheckInDue> checkIns,
                List<Models.Reviewable> reviewable, List<Models.MyReview> reviews, Map<String, String> names, String notice);

        static native TemplateInstance review(Models.Reviewable session, ReviewForm form, Map<String, String> errors,
                String message, Map<String, String> names, List<Pgic> pgic);

        static native TemplateInstance checkIn(Models.CheckInDue checkIn, CheckInForm form, Map<String, String> errors,
                Map<String, String> names, List<Pgic> pgic);
    }

    /** Patient Global Impression of Change, the service's scale: 7 is very much improved, 1 very much worse. */
    public record Pgic(String value, String label) {
    }

    static final List<Pgic> PGIC = List.of(new Pgic("7", "Very much improved"), new Pgic("6", "Much improved"),
            new Pgic("5", "Minimally improved"), new Pgic("4", "No change"), new Pgic("3", "Minimally worse"),
            new Pgic("2", "Much worse"), new Pgic("1", "Very much worse"));

    public static class CheckInForm {
        @RestForm("_csrf")
        public String csrf;
        @RestForm
        public String painNow;
        @RestForm
        public String pgic;
        @RestForm
        public String stillDoingHomecare;
    }

    @GET
    public TemplateInstance care(@QueryParam("notice") String notice) {
        String text = switch (notice == null ? "" : notice) {
            case "reviewed" -> "Thank you. Your review is saved; we will ask how you are in one and four weeks.";
            case "answered" -> "Thank you. Your answer is saved.";
            default -> null;
        };
        return Templates.care(api.call(c -> c.myPlans()), api.call(c -> c.checkInsDue()), api.call(c -> c.reviewable()),
                api.call(c -> c.myReviews(0, 20)).items(), taxonomy.names(), text);
    }

    @GET
    @Path("reviews/{bookingId}")
    public TemplateInstance reviewForm(@PathParam("bookingId") UUID bookingId) {
        return Templates.review(reviewable(bookingId), new ReviewForm(), Map.of(), null, taxonomy.names(), PGIC);
    }

    @POST
    @Path("reviews/{bookingId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("bookingId") UUID bookingId, @BeanParam ReviewForm form) {
        formCheck.require(form.csrf);
        Models.Reviewable session = reviewable(bookingId);
        try {
            api.call(c -> c.review(bookingId, form.request()));
            return Response.seeOther(URI.create("/my/care?notice=reviewed")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status() == 409 ? 409 : 422).entity(Templates.review(session, form,
                    problem.fieldErrors(), problem.fieldErrors().isEmpty() ? problem.message() : null, taxonomy.names(), PGIC))
                    .build();
        }
    }

    @GET
    @Path("check-ins/{id}")
    public TemplateInstance checkInForm(@PathParam("id") UUID id) {
        return Templates.checkIn(due(id), new CheckInForm(), Map.of(), taxonomy.names(), PGIC);
    }

    @POST
    @Path("check-ins/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @BeanParam CheckInForm form) {
        formCheck.require(form.csrf);
        Models.CheckInDue checkIn = due(id);
        try {
            api.run(c -> c.answerCheckIn(id, new Models.CheckInAnswer(ReviewForm.number(form.painNow),
                    ReviewForm.number(form.pgic), ReviewForm.yesNo(form.stillDoingHomecare))));
            return Response.seeOther(URI.create("/my/care?notice=answered")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            Map<String, String> errors = problem.fieldErrors().isEmpty() ? Map.of("", problem.message()) : problem.fieldErrors();
            return Response.status(422).entity(Templates.checkIn(checkIn, form, errors, taxonomy.names(), PGIC)).build();
        }
    }

    private Models.Reviewable reviewable(UUID bookingId) {
        return api.call(c -> c.reviewable()).stream().filter(r -> r.bookingId().equals(bookingId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Models.CheckInDue due(UUID id) {
        return api.call(c -> c.checkInsDue()).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
