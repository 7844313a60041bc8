package io.fascia.web.mine;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
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

import io.fascia.web.WebConfig;
import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.booking.Openings;
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A client's bookings: upcoming and past, each at one URL whatever happens to it, with its history;
 * cancel (saying first whether it will be late) and reschedule with the same slot picker.
 */
@Path("/my/bookings")
@RolesAllowed("client")
@Produces(MediaType.TEXT_HTML)
public class MyBookingPages {

    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Inject
    Api api;

    @Inject
    Openings openings;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    FormCheck formCheck;

    @Inject
    WebConfig config;

    @Inject
    io.fascia.web.common.Labels labels;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String when, Models.Paged<Models.Booking> bookings, int page, boolean more);

        static native TemplateInstance detail(Models.BookingDetail detail, List<Models.StatusChange> history, boolean booked,
                String notice, java.util.Map<String, String> names);

        static native TemplateInstance cancel(Models.Booking booking, String error);

        static native TemplateInstance reschedule(Models.Booking booking, Openings.Week week, String error);
    }

    @GET
    public TemplateInstance list(@QueryParam("when") String when, @QueryParam("page") Integer page) {
        String which = "past".equals(when) ? "past" : "upcoming";
        int number = page == null || page < 0 ? 0 : page;
        Models.Paged<Models.Booking> bookings = api.call(c -> c.myBookings(which, number, 20));
        return Templates.list(which, bookings, number, bookings.hasMore());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("booked") String booked,
            @QueryParam("notice") String notice) {
        Models.BookingDetail detail = api.call(c -> c.booking(id));
        String text = switch (notice == null ? "" : notice) {
            case "cancelled" -> "Your booking is cancelled.";
            case "late" -> "Your booking is cancelled. It counted as a late cancellation.";
            case "moved" -> "Your session has moved to the new time.";
            default -> null;
        };
        return Templates.detail(detail, api.call(c -> c.history(id)), booked != null, text, taxonomy.names());
    }

    /** The session as a calendar file: exact instants in UTC, the therapist's zone named in the text. */
    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") UUID id) {
        Models.Booking b = api.call(c -> c.booking(id)).booking();
        String local = labels.spoken(b.start(), b.timeZone());
        List<String> lines = List.of(
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fascia//Bookings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                "X-WR-TIMEZONE:" + b.timeZone(),
                "BEGIN:VEVENT",
                "UID:" + b.id() + "@fascia",
                "DTSTAMP:" + ICS_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)),
                "DTSTART:" + ICS_TIME.format(b.start().withOffsetSameInstant(ZoneOffset.UTC)),
                "DTEND:" + ICS_TIME.format(b.end().withOffsetSameInstant(ZoneOffset.UTC)),
                "SUMMARY:" + escape(b.offering().title() + " with " + b.therapistName()),
                "DESCRIPTION:" + escape(local + " (" + b.timeZone() + "). " + b.cancellationPolicy().summary()
                        + " Manage it at " + config.origin() + "/my/bookings/" + b.id()),
                "URL:" + config.origin() + "/my/bookings/" + b.id(),
                "STATUS:" + ("CONFIRMED".equals(b.status()) ? "CONFIRMED" : "CANCELLED"),
                "END:VEVENT", "END:VCALENDAR");
        StringBuilder ics = new StringBuilder();
        lines.forEach(line -> ics.append(fold(line)).append("\r\n"));
        return Response.ok(ics.toString(), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"fascia-" + b.id() + ".ics\"").build();
    }

    @GET
    @Path("{id}/cancel")
    public TemplateInstance confirmCancel(@PathParam("id") UUID id) {
        return Templates.cancel(api.call(c -> c.booking(id)).booking(), null);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, @RestForm("_csrf") String csrf, @RestForm String reason) {
        formCheck.require(csrf);
        try {
            Models.Booking cancelled = api.call(c -> c.cancel(id,
                    new Models.CancelRequest(reason == null || reason.isBlank() ? null : reason.strip())));
            String notice = "LATE_CANCEL".equals(cancelled.status()) ? "late" : "cancelled";
            return Response.seeOther(URI.create("/my/bookings/" + id + "?notice=" + notice)).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.cancel(api.call(c -> c.booking(id)).booking(), problem.message())).build();
        }
    }

    @GET
    @Path("{id}/reschedule")
    public TemplateInstance chooseNewTime(@PathParam("id") UUID id, @QueryParam("from") String from) {
        Models.Booking booking = api.call(c -> c.booking(id)).booking();
        return Templates.reschedule(booking, weekFor(booking, from), null);
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reschedule(@PathParam("id") UUID id, @RestForm("_csrf") String csrf, @RestForm String start) {
        formCheck.require(csrf);
        Models.Booking booking = api.call(c -> c.booking(id)).booking();
        OffsetDateTime to;
        try {
            to = OffsetDateTime.parse(start == null ? "" : start);
        } catch (DateTimeParseException e) {
            return Response.status(400).entity(Templates.reschedule(booking, weekFor(booking, null),
                    "Choose one of the open times below.")).build();
        }
        try {
            api.call(c -> c.reschedule(id, new Models.RescheduleRequest(to)));
            return Response.seeOther(URI.create("/my/bookings/" + id + "?notice=moved")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            String message = problem.status() == 409 && !booking.cancellationPolicy().lateNow()
                    ? "That time was just taken. Your booking is unchanged; choose another time."
                    : problem.message();
            return Response.status(problem.status()).entity(Templates.reschedule(booking, weekFor(booking, null), message))
                    .build();
        }
    }

    private Openings.Week weekFor(Models.Booking booking, String from) {
        if (!"CONFIRMED".equals(booking.status()) || booking.cancellationPolicy().lateNow()) {
            return null;
        }
        LocalDate today = Openings.today(booking.timeZone());
        LocalDate first = today;
        try {
            first = from == null ? today : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            first = today;
        }
        return openings.week(booking.therapistId(), booking.offeringId(), booking.timeZone(),
                first.isBefore(today) ? today : first);
    }

    /** RFC 5545: content lines longer than 75 octets continue on lines that start with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int width = 75;
        String rest = line;
        while (rest.length() > width) {
            out.append(rest, 0, width).append("\r\n ");
            rest = rest.substring(width);
            width = 74;
        }
        return out.append(rest).toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
