package io.fascia.web.practice;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Weekly hours, dates off and one-off hours, and the booking rules, in the listing's zone; beside
 * them the next 14 days' open times exactly as clients will see them (the booking service's own
 * calculation, daylight-saving days included).
 */
@Path("/practice/availability")
@RolesAllowed("therapist")
@Produces(MediaType.TEXT_HTML)
public class AvailabilityPages {

    static final int PREVIEW_DAYS = 14;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    /** One day of the preview: its date and open starts. */
    public record PreviewDay(LocalDate date, List<OffsetDateTime> starts) {
    }

    /** The 14-day preview for one offering; empty days are listed too, so a day off shows as one. */
    public record Preview(Models.Offering offering, List<Models.Offering> offerings, String zone, List<PreviewDay> days) {

        public int count() {
            return days.stream().mapToInt(d -> d.starts().size()).sum();
        }
    }

    @CheckedTemplate(basePath = "PracticePages")
    static class Templates {
        static native TemplateInstance availability(AvailabilityForm form, String zone, Preview preview, String notice,
                String message);
    }

    /**
     * The therapist's availability, or empty while there is none: not set yet (404), or booking has
     * not heard of a listing created moments ago (409: its replica follows the directory's events),
     * so nothing can be set there yet either. A new therapist's first pages must not fail on that.
     */
    static Optional<Models.Availability> own(Api api) {
        try {
            return Optional.of(api.call(c -> c.ownAvailability()));
        } catch (ApiProblem problem) {
            if (noneYet(problem)) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    static boolean noneYet(ApiProblem problem) {
        return problem.status() == 404 || problem.status() == 409;
    }

    @GET
    public TemplateInstance page(@QueryParam("offering") UUID offering, @QueryParam("saved") String saved) {
        Models.Availability current = own(api).orElse(null);
        Models.ManagedListing managed = api.call(c -> c.ownListing());
        return Templates.availability(AvailabilityForm.of(current), managed.listing().timeZone(),
                preview(managed.listing(), offering), saved != null ? "Your hours are saved." : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        formCheck.require(fields.getFirst(FormTokens.FIELD));
        AvailabilityForm form = AvailabilityForm.posted(fields);
        var request = form.request();
        String message = null;
        int status = 400;
        if (request.isPresent()) {
            try {
                api.call(c -> c.replaceAvailability(request.get()));
                return Response.seeOther(URI.create("/practice/availability?saved=1")).build();
            } catch (ApiProblem problem) {
                if (!problem.refusesTheRequest()) {
                    throw problem;
                }
                form.refusedWith(problem);
                message = problem.errors().isEmpty() ? problem.message() : null;
                status = problem.status();
            }
        }
        Models.ManagedListing managed = api.call(c -> c.ownListing());
        return Response.status(status).entity(Templates.availability(form, managed.listing().timeZone(),
                preview(managed.listing(), null), null, message)).build();
    }

    private Preview preview(Models.Listing listing, UUID chosen) {
        Models.Offering offering = io.fascia.web.booking.Openings.firstOffering(listing, chosen);
        if (offering == null) {
            return null;
        }
        LocalDate today = LocalDate.now(ZoneId.of(listing.timeZone()));
        LocalDate last = today.plusDays(PREVIEW_DAYS - 1);
        Models.Slots slots;
        try {
            slots = api.call(c -> c.previewSlots(offering.id(), today.toString(), last.toString()));
        } catch (ApiProblem problem) {
            if (problem.status() == 409 || problem.status() == 404) {
                return new Preview(offering, listing.offerings(), listing.timeZone(), List.of());
            }
            throw problem;
        }
        ZoneId zone = ZoneId.of(slots.timeZone());
        Map<LocalDate, List<OffsetDateTime>> byDay = new LinkedHashMap<>();
        for (LocalDate d = today; !d.isAfter(last); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        for (OffsetDateTime start : slots.starts()) {
            byDay.computeIfAbsent(start.atZoneSameInstant(zone).toLocalDate(), d -> new ArrayList<>()).add(start);
        }
        return new Preview(offering, listing.offerings(), slots.timeZone(),
                byDay.entrySet().stream().map(e -> new PreviewDay(e.getKey(), e.getValue())).toList());
    }
}
