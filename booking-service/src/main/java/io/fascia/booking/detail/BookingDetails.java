package io.fascia.booking.detail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.intake.Intake;
import io.fascia.booking.intake.Intakes;
import io.fascia.booking.plan.TreatmentPlans;
import io.fascia.platform.web.Page;

/**
 * Bookings as their readers see them: with whether they were given an intake, and in full with the
 * intake that prepares them and the treatment plan, in a few queries per page however long it is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BookingDetails {

    @Inject
    Intakes intakes;

    @Inject
    TreatmentPlans plans;

    public BookingView view(Booking booking) {
        return views(List.of(booking)).get(0);
    }

    public List<BookingView> views(List<Booking> bookings) {
        Set<UUID> withIntake = intakes.givenWith(bookings.stream().map(Booking::id).toList());
        return bookings.stream().map(b -> b.view(withIntake.contains(b.id()))).toList();
    }

    public Page<BookingView> views(Page<Booking> page) {
        return new Page<>(views(page.items()), page.page(), page.size(), page.total());
    }

    /** The booking in full, for a caller who may see it (the repository's visible lookups check that). */
    public BookingDetail detail(Caller caller, Booking booking) {
        return details(caller, List.of(booking)).get(0);
    }

    public Page<BookingDetail> details(Caller caller, Page<Booking> page) {
        return new Page<>(details(caller, page.items()), page.page(), page.size(), page.total());
    }

    private List<BookingDetail> details(Caller caller, List<Booking> bookings) {
        List<BookingView> views = views(bookings);
        Map<UUID, Intake> preparing = intakes.preparing(bookings.stream().filter(b -> Intakes.readableBy(caller, b)).toList());
        Map<TreatmentPlans.Pair, UUID> planIds = plans.idsFor(bookings);
        return java.util.stream.IntStream.range(0, bookings.size()).mapToObj(i -> {
            Booking b = bookings.get(i);
            Intake intake = preparing.get(b.id());
            return new BookingDetail(views.get(i), b.clientSubject(), b.clientName(), intake == null ? null : intake.view(),
                    planIds.get(TreatmentPlans.Pair.of(b)));
        }).toList();
    }
}
