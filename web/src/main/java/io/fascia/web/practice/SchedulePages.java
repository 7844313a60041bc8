package io.fascia.web.practice;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The therapist's week: day and week views in the practice's zone, each session with its client,
 * offering, status and intake; the actions its state allows; and from a session the client's chart
 * with the treatment plan. Health details can be hidden on screen when someone else can see it.
 */
@Path("/practice")
@RolesAllowed("therapist")
@Produces(MediaType.TEXT_HTML)
public class SchedulePages {

    /** The API's largest page; a week of a busy practice fits in a few. */
    static final int SCHEDULE_PAGE = 100;
    static final int MAX_SCHEDULE_PAGES = 10;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @Inject
    TaxonomyCache taxonomy;

    public record Day(LocalDate date, List<Models.BookingDetail> sessions) {
    }

    /** What the schedule shows: the days of the view, how to move, and whether health details show. */
    public record Schedule(String view, LocalDate date, String zone, List<Day> days, LocalDate previous, LocalDate next,
            LocalDate today, boolean hidden, long total) {

        /** This view's address with other settings, for the links that change one thing. */
        public String link(String view, LocalDate date, boolean hidden) {
            return "/practice/schedule?view=" + view + "&date=" + date + (hidden ? "&private=1" : "");
        }
    }

    /** The chart: the session, its intake, the plan and its versions, and the form to write the next one. */
    public record Chart(Models.BookingDetail detail, Models.Plan plan, List<Models.Plan> versions,
            List<Models.PainPoint> pain, PlanForm form,
            List<TaxonomyCache.Area> areas, List<Models.Region> regions, Models.Condition condition,
            Map<String, String> names, boolean canComplete, boolean canCancel, String notice, String message) {

        /** Whether a region is among the condition's "also assess" suggestions (listed first). */
        public boolean suggested(String region) {
            return condition != null && condition.alsoAssess() != null
                    && condition.alsoAssess().stream().anyMatch(a -> a.code().equals(region));
        }

        public int nextVersion() {
            return plan == null ? 1 : plan.latestVersion() + 1;
        }
    }

    @CheckedTemplate(basePath = "PracticePages")
    static class Templates {
        static native TemplateInstance schedule(Schedule schedule, Map<String, String> names, String notice, String message);

        static native TemplateInstance chart(Chart chart);

        static native TemplateInstance cancel(Models.BookingDetail detail, String error);
    }

    @GET
    @Path("schedule")
    public TemplateInstance schedule(@QueryParam("view") String view, @QueryParam("date") String date,
            @QueryParam("private") String hidden, @QueryParam("notice") String notice) {
        return schedulePage(view, date, hidden != null, notice, null);
    }

    private TemplateInstance schedulePage(String view, String date, boolean hidden, String notice, String message) {
        String zone = api.call(c -> c.ownListing()).listing().timeZone();
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        LocalDate chosen = today;
        try {
            chosen = date == null || date.isBlank() ? today : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            chosen = today;
        }
        boolean week = !"day".equals(view);
        LocalDate from = week ? chosen.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : chosen;
        LocalDate to = week ? from.plusDays(6) : from;
        List<Models.BookingDetail> sessions = new ArrayList<>();
        long total;
        int number = 0;
        do {
            int current = number++;
            Models.Paged<Models.BookingDetail> page = api.call(c -> c.schedule(from.toString(), to.toString(), current,
                    SCHEDULE_PAGE));
            sessions.addAll(page.items());
            total = page.total();
        } while (sessions.size() < total && number < MAX_SCHEDULE_PAGES);
        Map<LocalDate, List<Models.BookingDetail>> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        ZoneId practice = ZoneId.of(zone);
        for (Models.BookingDetail b : sessions) {
            byDay.computeIfAbsent(b.booking().start().atZoneSameInstant(practice).toLocalDate(), d -> new ArrayList<>()).add(b);
        }
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
        int step = week ? 7 : 1;
        return Templates.schedule(new Schedule(week ? "week" : "day", from, zone, days, from.minusDays(step),
                from.plusDays(step), today, hidden, total), taxonomy.names(), notice(notice), message);
    }

    private static String notice(String code) {
        return switch (code == null ? "" : code) {
            case "completed" -> "The session is marked completed. The client is asked for an outcome review.";
            case "no-show" -> "The session is marked as a no-show.";
            case "cancelled" -> "The session is cancelled and the client is told why.";
            case "plan" -> "The treatment plan is saved. The client sees it in My care.";
            default -> null;
        };
    }

    @POST
    @Path("bookings/{id}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf) {
        formCheck.require(csrf);
        return act(id, () -> api.call(c -> c.complete(id)), "completed");
    }

    @POST
    @Path("bookings/{id}/no-show")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response noShow(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf) {
        formCheck.require(csrf);
        return act(id, () -> api.call(c -> c.noShow(id)), "no-show");
    }

    private Response act(UUID id, Runnable action, String notice) {
        try {
            action.run();
            return Response.seeOther(URI.create("/practice/bookings/" + id + "?notice=" + notice)).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status()).entity(chartPage(id, null, null, problem.message())).build();
        }
    }

    @GET
    @Path("bookings/{id}/cancel")
    public TemplateInstance confirmCancel(@PathParam("id") UUID id) {
        return Templates.cancel(api.call(c -> c.booking(id)), null);
    }

    @POST
    @Path("bookings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf, @RestForm String reason) {
        formCheck.require(csrf);
        try {
            api.call(c -> c.cancelAsTherapist(id, new Models.TherapistCancelRequest(reason == null ? null : reason.strip())));
            return Response.seeOther(URI.create("/practice/bookings/" + id + "?notice=cancelled")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            String error = problem.fieldErrors().containsKey("reason")
                    ? "Say why you cancel: the client reads it." : problem.message();
            return Response.status(problem.status()).entity(Templates.cancel(api.call(c -> c.booking(id)), error)).build();
        }
    }

    @GET
    @Path("bookings/{id}")
    public TemplateInstance chart(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return chartPage(id, null, notice(notice), null);
    }

    private TemplateInstance chartPage(UUID id, PlanForm typed, String notice, String message) {
        Models.BookingDetail detail = api.call(c -> c.booking(id));
        Models.Plan plan = detail.planId() == null ? null : api.call(c -> c.plan(detail.planId()));
        List<Models.Plan> versions = detail.planId() == null ? List.of() : api.call(c -> c.planVersions(detail.planId()));
        Models.Taxonomy tax = taxonomy.get();
        Models.Condition condition = detail.intake() == null ? null
                : tax.conditions().stream().filter(c -> c.code().equals(detail.intake().condition())).findFirst().orElse(null);
        Models.Booking b = detail.booking();
        boolean started = !OffsetDateTime.now().isBefore(b.start());
        boolean confirmed = "CONFIRMED".equals(b.status());
        return Templates.chart(new Chart(detail, plan, versions, painOf(detail.clientSubject()), typed != null ? typed : PlanForm.from(plan, detail.intake()),
                taxonomy.areas(), tax.regions(), condition, taxonomy.names(), confirmed && started, confirmed && !started, notice, message));
    }

    /** The client's pain with this therapist so far; none before their first session reaches review-service. */
    private List<Models.PainPoint> painOf(String client) {
        try {
            return api.call(c -> c.painTrend(client)).points();
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return List.of();
            }
            throw problem;
        }
    }

    @POST
    @Path("bookings/{id}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writePlan(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        formCheck.require(fields.getFirst(FormTokens.FIELD));
        PlanForm form = PlanForm.posted(fields);
        var request = form.request();
        if (request.isEmpty()) {
            return Response.status(400).entity(chartPage(id, form, null, null)).build();
        }
        try {
            api.call(c -> c.writePlan(id, request.get()));
            return Response.seeOther(URI.create("/practice/bookings/" + id + "?notice=plan#plan")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            form.refusedWith(problem);
            return Response.status(problem.status())
                    .entity(chartPage(id, form, null, problem.errors().isEmpty() ? problem.message() : null)).build();
        }
    }
}
