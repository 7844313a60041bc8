package io.fascia.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void aDatabaseThatCannotBeReachedNowIsPassing() {
        assertThat(Outages.isPassing(wrapped(new SQLException("Connection to localhost:5432 refused", "08001",
                new ConnectException("Connection refused"))))).isTrue();
        assertThat(Outages.isPassing(wrapped(new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(Outages.isPassing(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(Outages.isPassing(wrapped(new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(Outages.isPassing(wrapped(new SQLTransientConnectionException("pool closed")))).isTrue();
    }

    @Test
    void lockTimeoutsSerializationFailuresAndDeadlocksArePassing() {
        assertThat(Outages.isPassing(wrapped(new SQLException("could not obtain lock", "55P03")))).isTrue();
        assertThat(Outages.isPassing(wrapped(new SQLException("could not serialize access", "40001")))).isTrue();
        assertThat(Outages.isPassing(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void whatTheDatabaseRefusesForItsContentIsNotPassing() {
        assertThat(Outages.isPassing(wrapped(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(Outages.isPassing(wrapped(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021"))))
                .isFalse();
        assertThat(Outages.isPassing(new IllegalArgumentException("no such condition"))).isFalse();
        assertThat(Outages.isPassing(new NullPointerException())).isFalse();
    }

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("could not execute statement", new RuntimeException("JDBC", cause));
    }

    @Test
    void eachPassingFailureHasAKindForTheOutageCounter() {
        assertThat(Outages.kindOf(wrapped(new SQLException("Connection refused", "08001")))).contains(Outages.Kind.DATABASE);
        assertThat(Outages.kindOf(wrapped(new SQLException("Sorry, acquisition timeout!")))).contains(Outages.Kind.DATABASE);
        assertThat(Outages.kindOf(wrapped(new SQLException("deadlock detected", "40P01")))).contains(Outages.Kind.CONTENTION);
        assertThat(Outages.kindOf(wrapped(new SQLException("could not obtain lock", "55P03")))).contains(Outages.Kind.CONTENTION);
        assertThat(Outages.kindOf(wrapped(new java.net.ConnectException("Connection refused")))).contains(Outages.Kind.NETWORK);
        assertThat(Outages.kindOf(wrapped(new SQLException("duplicate key", "23505")))).isEmpty();
    }
}
