package io.fascia.web.mine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarFileTest {

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsAsRfc5545Says() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String folded = MyBookingPages.fold(line);
        assertThat(folded.split("\r\n")).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(MyBookingPages.fold("SUMMARY:short")).isEqualTo("SUMMARY:short");
    }
}
