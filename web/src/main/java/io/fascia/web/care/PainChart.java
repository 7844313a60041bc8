package io.fascia.web.care;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.fascia.web.api.Models;

/**
 * The small chart of a shared summary: the client's pain (0 to 10, up is worse) against time, one
 * dot per measurement joined in time order. Pure geometry for an inline SVG; the page shows the
 * same figures as a table, which is what screen readers and printouts without graphics use.
 */
public record PainChart(int width, int height, List<Dot> dots, String line, List<Gridline> gridlines, String description,
        Instant first, Instant last) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    /** One measurement: where it is drawn and what it was. */
    public record Dot(String x, String y, int pain, String measure) {
    }

    /** A horizontal line at a pain level, labelled on the left. */
    public record Gridline(int pain, String y) {
    }

    public static PainChart of(List<Models.SummaryPain> points) {
        List<Gridline> grid = new ArrayList<>();
        for (int pain = 0; pain <= 10; pain += 2) {
            grid.add(new Gridline(pain, fmt(y(pain))));
        }
        if (points.isEmpty()) {
            return new PainChart(WIDTH, HEIGHT, List.of(), "", grid, "No pain scores yet.", null, null);
        }
        Instant first = points.get(0).at();
        Instant last = points.get(points.size() - 1).at();
        double span = Math.max(1, Duration.between(first, last).toSeconds());
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Models.SummaryPain p : points) {
            double x = points.size() == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0
                    : LEFT + (WIDTH - LEFT - RIGHT) * Duration.between(first, p.at()).toSeconds() / span;
            Dot dot = new Dot(fmt(x), fmt(y(p.pain())), p.pain(), p.measure());
            dots.add(dot);
            line.append(line.isEmpty() ? "" : " ").append(dot.x()).append(',').append(dot.y());
        }
        Models.SummaryPain start = points.get(0);
        Models.SummaryPain end = points.get(points.size() - 1);
        String description = points.size() == 1 ? "One pain score: " + start.pain() + " of 10."
                : "Pain from " + start.pain() + " of 10 at the first measurement to " + end.pain() + " of 10 at the last, "
                        + points.size() + " measurements in all.";
        return new PainChart(WIDTH, HEIGHT, dots, line.toString(), grid, description, first, last);
    }

    private static double y(int pain) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (10 - pain) / 10.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Where the axis labels sit. */
    public int labelX() {
        return LEFT - 8;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int axisY() {
        return HEIGHT - BOTTOM;
    }

    /** Where the first and last dates sit, under the axis. */
    public int dateY() {
        return HEIGHT - 8;
    }

    /** Whether the measurements span more than one moment, so the last date is worth its own label. */
    public boolean spansTime() {
        return first != null && last.isAfter(first);
    }
}
