package io.fascia.booking.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.fascia.booking.booking.BookingStatus;
import io.fascia.platform.web.QueryParams;

/** The query of a schedule page: local dates (default: today and the next 30 days), status, page. */
record ScheduleRange(LocalDate from, LocalDate to, BookingStatus status, int page, int size) {

    static final int MAX_DAYS = 366;

    static ScheduleRange parse(ZoneId zone, ScheduleQuery query) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", query.from, LocalDate.now(zone));
        LocalDate last = params.date("to", query.to, first.plusDays(30));
        if (last.isBefore(first)) {
            params.reject("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            params.reject("to", "must be within " + MAX_DAYS + " days of from");
        }
        BookingStatus which = params.choice("status", query.status, BookingStatus.class, null);
        QueryParams.PageRequest paging = params.page(query.page, query.size);
        params.check();
        return new ScheduleRange(first, last, which, paging.page(), paging.size());
    }
}
