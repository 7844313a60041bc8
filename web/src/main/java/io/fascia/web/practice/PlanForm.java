package io.fascia.web.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.common.FormValues;

/**
 * The treatment plan form: findings split into where it hurts, suspected causes and compensations;
 * goals one per line; sessions and interval; homecare exercises as rows (two empty ones to add).
 */
public final class PlanForm {

    /** One homecare row as typed. */
    public record ExerciseRow(String name, String instructions, String frequency, String bodyRegion) {

        boolean blank() {
            return name.isBlank() && instructions.isBlank() && frequency.isBlank();
        }
    }

    public List<String> painfulRegions = new ArrayList<>();
    public List<String> suspectedCauseRegions = new ArrayList<>();
    public String compensations = "";
    public String goals = "";
    public String plannedSessions = "6";
    public String intervalDays = "7";
    public List<ExerciseRow> homecare = new ArrayList<>();
    public final Map<String, String> errors = new LinkedHashMap<>();

    /** A first plan starts from the intake: where the client said it hurts, and their goals. */
    public static PlanForm from(Models.Plan plan, Models.IntakeView intake) {
        PlanForm form = new PlanForm();
        if (plan != null) {
            form.painfulRegions = new ArrayList<>(plan.findings().painfulRegions());
            form.suspectedCauseRegions = new ArrayList<>(plan.findings().suspectedCauseRegions());
            form.compensations = plan.findings().compensations() == null ? "" : plan.findings().compensations();
            form.goals = String.join("\n", plan.goals());
            form.plannedSessions = String.valueOf(plan.plannedSessions());
            form.intervalDays = String.valueOf(plan.intervalDays());
            plan.homecare().forEach(e -> form.homecare.add(new ExerciseRow(e.name(), e.instructions(), e.frequency(),
                    e.bodyRegion())));
        } else if (intake != null) {
            form.painfulRegions = new ArrayList<>(intake.bodyRegions());
            form.goals = intake.goals() == null ? "" : intake.goals();
        }
        form.homecare.add(new ExerciseRow("", "", "", ""));
        form.homecare.add(new ExerciseRow("", "", "", ""));
        return form;
    }

    public static PlanForm posted(MultivaluedMap<String, String> fields) {
        PlanForm form = new PlanForm();
        form.painfulRegions = FormValues.chosen(fields, "painfulRegions");
        form.suspectedCauseRegions = FormValues.chosen(fields, "suspectedCauseRegions");
        form.compensations = FormValues.one(fields, "compensations");
        form.goals = FormValues.one(fields, "goals");
        form.plannedSessions = FormValues.one(fields, "plannedSessions");
        form.intervalDays = FormValues.one(fields, "intervalDays");
        List<String> names = FormValues.column(fields, "exercise-name");
        List<String> how = FormValues.column(fields, "exercise-instructions");
        List<String> often = FormValues.column(fields, "exercise-frequency");
        List<String> region = FormValues.column(fields, "exercise-region");
        for (int i = 0; i < names.size(); i++) {
            ExerciseRow row = new ExerciseRow(FormValues.at(names, i), FormValues.at(how, i), FormValues.at(often, i), FormValues.at(region, i));
            if (!row.blank()) {
                form.homecare.add(row);
            }
        }
        form.homecare.add(new ExerciseRow("", "", "", ""));
        return form;
    }

    public Optional<Models.PlanRequest> request() {
        errors.clear();
        Integer sessions = FormValues.whole("plannedSessions", plannedSessions, errors);
        Integer interval = FormValues.whole("intervalDays", intervalDays, errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        List<String> goalLines = Arrays.stream(goals.split("\\R")).map(String::strip).filter(g -> !g.isEmpty()).toList();
        List<Models.Exercise> exercises = homecare.stream().filter(r -> !r.blank())
                .map(r -> new Models.Exercise(r.name(), r.instructions(), r.frequency(), r.bodyRegion())).toList();
        return Optional.of(new Models.PlanRequest(
                new Models.Findings(painfulRegions, suspectedCauseRegions, compensations.isBlank() ? null : compensations),
                goalLines, sessions, interval, exercises));
    }

    /** The API's errors on the form: {@code homecare[1].frequency} goes to the second exercise row. */
    public void refusedWith(ApiProblem problem) {
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            String place = field.startsWith("homecare[") ? "exercise-" + field.substring(9, field.indexOf(']'))
                    : field.contains(".") ? field.substring(field.lastIndexOf('.') + 1)
                    : field.replaceAll("\\[\\d+]", "");
            String text = field.startsWith("homecare[") && field.contains(".")
                    ? field.substring(field.lastIndexOf('.') + 1) + " " + error.message() : error.message();
            errors.merge(place, text, (a, b) -> a + "; " + b);
        }
    }

    public boolean has(List<String> chosen, String code) {
        return chosen.contains(code);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String exerciseError(int row) {
        return errors.get("exercise-" + row);
    }
}
