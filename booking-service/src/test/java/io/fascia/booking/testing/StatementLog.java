package io.fascia.booking.testing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Lists the SQL statements the current thread sends while it runs some work, so a test can hold
 * how many round trips an operation costs. Other threads (the outbox relay) are not counted.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog implements StatementInspector {

    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> seen = SEEN.get();
        if (seen != null) {
            seen.add(sql);
        }
        return sql;
    }

    /** The statements {@code work} sent on this thread, its transaction's commit included. */
    public static List<String> during(Runnable work) {
        List<String> seen = new ArrayList<>();
        SEEN.set(seen);
        try {
            work.run();
        } finally {
            SEEN.remove();
        }
        return seen;
    }
}
