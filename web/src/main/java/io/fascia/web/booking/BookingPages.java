package io.fascia.web.booking;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Booking, as a client does it: session and time, then (first time with this therapist) the intake
 * that prepares the assessment, a summary with the cancellation policy that will be frozen, confirm.
 * Works without script; the booking service decides everything, the page only shows its answers.
 */
@Path("/book/{therapistId}")
@RolesAllowed("client")
@Produces(MediaType.TEXT_HTML)
public class BookingPages {

    @Inject
    Api api;

    @Inject
    Openings openings;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    FormCheck formCheck;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pick(Models.Listing listing, Models.Offering offering, Openings.Week week);

        static native TemplateInstance confirm(ConfirmView view);

        static native TemplateInstance taken(Models.Listing listing, Models.Offering offering, OffsetDateTime taken,
                List<OffsetDateTime> next);
    }

    public record ConfirmView(Models.Listing listing, Models.Offering offering, OffsetDateTime start, boolean intakeNeeded,
            BookForm form, Map<String, String> errors, String message, List<Models.Condition> conditions,
            List<TaxonomyCache.Area> areas) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    @GET
    public Object choose(@PathParam("therapistId") UUID therapistId, @QueryParam("offering") UUID offeringId,
            @QueryParam("start") String start, @QueryParam("from") String from) {
        Models.Listing listing = api.call(c -> c.listing(therapistId));
        Models.Offering offering = Openings.firstOffering(listing, offeringId);
        if (offering == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (start == null || start.isBlank()) {
            LocalDate first = Openings.today(listing.timeZone());
            try {
                first = from == null ? first : LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                // an unreadable date shows the current week
            }
            if (first.isBefore(Openings.today(listing.timeZone()))) {
                first = Openings.today(listing.timeZone());
            }
            return Templates.pick(listing, offering, openings.week(therapistId, offering.id(), listing.timeZone(), first));
        }
        BookForm form = BookForm.fresh(offering.id(), start);
        OffsetDateTime time = form.startTime();
        if (time == null) {
            return Response.seeOther(URI.create("/book/" + therapistId + "?offering=" + offering.id())).build();
        }
        boolean intakeNeeded = api.call(c -> c.intakeNeeded(therapistId)).needed();
        return confirm(listing, offering, time, intakeNeeded, form, Map.of(), null, 200).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("therapistId") UUID therapistId, @BeanParam BookForm form) {
        formCheck.require(form.csrf);
        Models.Listing listing = api.call(c -> c.listing(therapistId));
        Models.Offering offering = Openings.firstOffering(listing, form.offering);
        OffsetDateTime start = form.startTime();
        if (offering == null || start == null || form.key == null || form.key.isBlank()) {
            return Response.seeOther(URI.create("/book/" + therapistId)).build();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.withIntake && form.pain() != null && (form.pain() < 0 || form.pain() > 10)) {
            errors.put("painNow", "Choose a number from 0 (no pain) to 10 (worst imaginable).");
        }
        if (errors.isEmpty()) {
            try {
                Models.Booking booked = api.call(c -> c.book(form.key.strip(), new Models.BookingRequest(therapistId,
                        offering.id(), start, form.withIntake ? form.intake() : null)));
                return Response.seeOther(URI.create("/my/bookings/" + booked.id() + "?booked=1")).build();
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    List<OffsetDateTime> next = openings.after(therapistId, offering.id(), start, 6);
                    return Response.status(409).entity(Templates.taken(listing, offering, start, next)).build();
                }
                if (!problem.refusesTheRequest()) {
                    throw problem;
                }
                errors.putAll(problem.fieldErrors());
                if (errors.isEmpty()) {
                    errors.put("", problem.message());
                }
            }
        }
        boolean intakeNeeded = form.withIntake || errors.containsKey("intake");
        String message = errors.remove("");
        return confirm(listing, offering, start, intakeNeeded, form, errors, message, 422).build();
    }

    private Response.ResponseBuilder confirm(Models.Listing listing, Models.Offering offering, OffsetDateTime start,
            boolean intakeNeeded, BookForm form, Map<String, String> errors, String message, int status) {
        Models.Taxonomy tax = taxonomy.get();
        List<TaxonomyCache.Area> areas = taxonomy.areas();
        List<Models.Condition> conditions = tax.conditions().stream()
                .filter(c -> listing.conditions().stream().anyMatch(l -> l.code().equals(c.code()))).toList();
        return Response.status(status).entity(Templates.confirm(new ConfirmView(listing, offering, start, intakeNeeded, form,
                errors, message, conditions.isEmpty() ? tax.conditions() : conditions, areas)));
    }
}
