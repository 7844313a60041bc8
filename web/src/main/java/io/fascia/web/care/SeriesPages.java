package io.fascia.web.care;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import io.fascia.web.security.FormCheck;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A client books the rest of a treatment plan at one time every few days, sees the series and
 * cancels what is still ahead. Booking-service checks every session; this page only gathers the
 * choice and shows the answer.
 */
@Path("/my/care")
@RolesAllowed("client")
@Produces(MediaType.TEXT_HTML)
public class SeriesPages {

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(SeriesView view);

        static native TemplateInstance series(Models.Series series, String therapistName, String notice);
    }

    /** The series form as posted. */
    public static class SeriesForm {
        @RestForm("_csrf")
        public String csrf;
        /** Drawn once when the form is shown: a double click or a resent form books one series. */
        @RestForm
        public String key;
        @RestForm
        public String offering;
        @RestForm
        public String date;
        @RestForm
        public String time;
        @RestForm
        public String everyDays;
        @RestForm
        public String sessions;
        @RestForm
        public String bookTheRest;
    }

    public static class CancelForm {
        @RestForm("_csrf")
        public String csrf;
    }

    /**
     * @param notFree the sessions booking-service found taken or outside the therapist's hours
     */
    public record SeriesView(Models.Plan plan, Models.Listing listing, SeriesForm form, Map<String, String> errors,
            String message, List<String> notFree) {

        public String error(String field) {
            return errors.get(field);
        }

        public boolean chosen(UUID offering) {
            return offering.toString().equals(form.offering);
        }
    }

    @GET
    @Path("plans/{planId}/series")
    public TemplateInstance form(@PathParam("planId") UUID planId) {
        Models.Plan plan = plan(planId);
        Models.Listing listing = api.call(c -> c.listing(plan.therapistId()));
        SeriesForm form = new SeriesForm();
        form.key = UUID.randomUUID().toString();
        form.everyDays = String.valueOf(plan.intervalDays());
        form.time = "10:00";
        // A plan's sessions are follow-ups; the assessment is behind the client.
        form.offering = listing.offerings().stream().filter(o -> "FOLLOW_UP".equals(o.kind())).findFirst()
                .or(() -> listing.offerings().stream().findFirst()).map(o -> o.id().toString()).orElse(null);
        return Templates.form(new SeriesView(plan, listing, form, Map.of(), null, List.of()));
    }

    @POST
    @Path("plans/{planId}/series")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("planId") UUID planId, @BeanParam SeriesForm form) {
        formCheck.require(form.csrf);
        Models.Plan plan = plan(planId);
        Models.Listing listing = api.call(c -> c.listing(plan.therapistId()));
        Map<String, String> errors = new LinkedHashMap<>();
        UUID offering = offering(listing, form.offering, errors);
        OffsetDateTime first = firstStart(form, ZoneId.of(listing.timeZone()), errors);
        Integer everyDays = FormValues.whole("everyDays", form.everyDays, errors);
        Integer sessions = FormValues.whole("sessions", form.sessions, errors);
        if (form.key == null || form.key.isBlank()) {
            form.key = UUID.randomUUID().toString();
        }
        List<String> notFree = List.of();
        String message = null;
        int status = 422;
        if (errors.isEmpty()) {
            try {
                Models.Series series = api.call(c -> c.bookSeries(form.key.strip(), planId, new Models.SeriesRequest(offering,
                        first, everyDays, sessions, "yes".equals(form.bookTheRest) ? "BOOK_THE_REST" : "BOOK_NONE")));
                return Response.seeOther(URI.create("/my/care/series/" + series.id() + "?notice=booked")).build();
            } catch (ApiProblem problem) {
                if (!problem.refusesTheRequest()) {
                    throw problem;
                }
                status = problem.status() == 409 ? 409 : 422;
                Map<String, String> bySession = new TreeMap<>();
                problem.fieldErrors().forEach((field, text) -> {
                    switch (field) {
                        case "offeringId" -> errors.put("offering", text);
                        case "firstStart" -> errors.put("date", text);
                        case "everyDays", "sessions" -> errors.put(field, text);
                        default -> bySession.put(sortable(field), text);
                    }
                });
                notFree = List.copyOf(bySession.values());
                message = problem.message();
            }
        }
        return Response.status(status).entity(Templates.form(new SeriesView(plan, listing, form, errors, message, notFree)))
                .build();
    }

    @GET
    @Path("series/{id}")
    public TemplateInstance series(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Models.Series series = api.call(c -> c.series(id));
        String text = switch (notice == null ? "" : notice) {
            case "booked" -> "Your sessions are booked.";
            case "cancelled" -> "The sessions still ahead are cancelled.";
            default -> null;
        };
        return Templates.series(series, therapistName(series), text);
    }

    @POST
    @Path("series/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, @BeanParam CancelForm form) {
        formCheck.require(form.csrf);
        api.call(c -> c.cancelSeries(id, new Models.CancelRequest(null)));
        return Response.seeOther(URI.create("/my/care/series/" + id + "?notice=cancelled")).build();
    }

    private Models.Plan plan(UUID planId) {
        return MyPlans.find(api, planId);
    }

    private String therapistName(Models.Series series) {
        return series.booked().isEmpty() ? api.call(c -> c.listing(series.therapistId())).displayName()
                : series.booked().get(0).therapistName();
    }

    private static UUID offering(Models.Listing listing, String chosen, Map<String, String> errors) {
        return listing.offerings().stream().filter(o -> o.id().toString().equals(chosen)).map(Models.Offering::id)
                .findFirst().orElseGet(() -> {
                    errors.put("offering", "Choose one of the therapist's sessions.");
                    return null;
                });
    }

    private static OffsetDateTime firstStart(SeriesForm form, ZoneId zone, Map<String, String> errors) {
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(form.date == null ? "" : form.date.strip());
        } catch (DateTimeParseException e) {
            errors.put("date", "Give the date of the first session, such as 2027-03-01.");
        }
        try {
            time = LocalTime.parse(form.time == null ? "" : form.time.strip());
        } catch (DateTimeParseException e) {
            errors.put("time", "Give the time, such as 10:00.");
        }
        return date == null || time == null ? null : date.atTime(time).atZone(zone).toOffsetDateTime();
    }

    /** sessions[10] after sessions[9]: the API names each session by its place. */
    private static String sortable(String field) {
        String digits = field.replaceAll("\\D", "");
        return digits.isEmpty() ? field : String.format("%05d", Integer.parseInt(digits));
    }
}
