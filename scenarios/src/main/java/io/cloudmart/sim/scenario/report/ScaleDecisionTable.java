package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.model.autoscale.hpa.MetricTargetType;
import io.cloudmart.sim.report.Table;

/**
 * The table of the control loops' decisions: when, who, what, from how many to how many, on which metric
 * against which target, which limit applied, and what came of it. Consecutive {@code held} decisions of one
 * controller with the same replicas and limit are one row (an HPA held by its stabilization window journals
 * every 15 s); the table stops after {@link #MAX_ROWS} rows and says how many it left out.
 */
final class ScaleDecisionTable {
    /** Rows shown; a page, not a log. */
    static final int MAX_ROWS = 30;
    static final String CAPTION = "Scale decisions";

    private final CapacityRun run;
    private final List<ControllerView> views;

    ScaleDecisionTable(CapacityRun run, List<ControllerView> views) {
        this.run = run;
        this.views = List.copyOf(views);
    }

    Table build() {
        List<Row> rows = rows(run.events());
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
            cells.add(cells(row));
        }
        String unit = run.axis().unit();
        return new Table(CAPTION, List.of("time (" + unit + ")", "controller", "decision", "replicas",
                "metric: current / target", "limit that applied", "all Ready at (" + unit + ")"), cells, note(rows));
    }

    private String note(List<Row> rows) {
        StringBuilder note = new StringBuilder("The decisions the control loops journaled in " + run.which()
                + ". The HPA journals a sync when it changes the replicas, or when a limit held its recommendation"
                + " back; a sync within the tolerance is not journaled. Held decisions in a row with the same"
                + " replicas and limit are one row (\"held ×n to t\": n decisions, the last at t). The metric is"
                + " what the HPA read from metrics-server, averaged over the pods, against its target. \"all Ready"
                + " at\" is when the Ready pods first reached the new count, estimated from " + run.bucket() + " averages.");
        if (rows.size() > MAX_ROWS) {
            int decisions = rows.subList(MAX_ROWS, rows.size()).stream().mapToInt(r -> r.events.size()).sum();
            note.append(" Showing the first ").append(MAX_ROWS).append(" of ").append(rows.size())
                    .append(" rows: ").append(rows.size() - MAX_ROWS).append(" more (").append(decisions)
                    .append(decisions == 1 ? " decision" : " decisions")
                    .append(") are left out; events.jsonl has every decision.");
        }
        return note.toString();
    }

    /** One table row: a decision, or a run of equal held decisions of one controller. */
    static final class Row {
        final List<ControlEvent> events = new ArrayList<>();

        Row(ControlEvent first) {
            events.add(first);
        }

        ControlEvent first() {
            return events.get(0);
        }

        ControlEvent last() {
            return events.get(events.size() - 1);
        }

        boolean held() {
            return first().decision().equals("held");
        }

        /** A held decision joins a held row of its controller when replicas, metric and limit agree. */
        boolean joins(ControlEvent event) {
            return held() && event.decision().equals("held") && event.controller().equals(first().controller())
                    && Objects.equals(key(event), key(first()));
        }

        private static List<Object> key(ControlEvent event) {
            Map<String, Object> in = event.inputs();
            return java.util.Arrays.asList(in.get("currentReplicas"), in.get("desiredReplicas"), in.get("metric"),
                    in.get("target"), in.get("limit"));
        }
    }

    /** Rows in time order of their first decision; a held row stays open until its controller decides otherwise. */
    static List<Row> rows(List<ControlEvent> events) {
        List<Row> rows = new ArrayList<>();
        Map<String, Row> open = new LinkedHashMap<>();
        for (ControlEvent event : events) {
            Row row = open.get(event.controller());
            if (row != null && row.joins(event)) {
                row.events.add(event);
                continue;
            }
            row = new Row(event);
            rows.add(row);
            open.put(event.controller(), row);
        }
        return rows;
    }

    private List<String> cells(Row row) {
        ControlEvent first = row.first();
        ControllerView view = views.stream().filter(v -> v.explains(first.controller())).findFirst().orElse(null);
        TimeAxis axis = run.axis();
        String time = axis.format(first.time());
        String decision = switch (first.decision()) {
            case "scaleUp" -> "↑ scaleUp";
            case "scaleDown" -> "↓ scaleDown";
            default -> first.decision();
        };
        if (row.events.size() > 1) {
            decision = Format.nobreak(decision + " ×" + row.events.size()) + " to " + axis.format(row.last().time());
        }
        Map<String, Object> in = first.inputs();
        String replicas = in.containsKey("currentReplicas") && in.containsKey("desiredReplicas")
                ? number(in.get("currentReplicas")) + " → " + number(in.get("desiredReplicas")) : Format.NONE;
        String limit = view == null ? String.valueOf(in.getOrDefault("limit", Format.NONE)) : view.limit(in.get("limit"));
        String outcome = view == null || row.held() ? Format.NONE : view.outcome(first, run);
        return List.of(time, first.controller(), row.events.size() > 1 ? decision : Format.nobreak(decision),
                Format.nobreak(replicas),
                metric(row), limit, outcome);
    }

    /** "cpu 99 % / 60 %", "cpu 38–43 % / 60 %" over a merged row, "requests_per_second 12.5 / 10". */
    private static String metric(Row row) {
        Map<String, Object> in = row.first().inputs();
        if (!(in.get("metric") instanceof String name) || !(in.get("target") instanceof Number target)) {
            return Format.NONE;
        }
        boolean percent = MetricTargetType.UTILIZATION.apiName().equals(in.get("targetType"));
        String unit = percent ? "\u00A0%" : "";
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ControlEvent event : row.events) {
            if (event.inputs().get("current") instanceof Number current) {
                low = Math.min(low, current.doubleValue());
                high = Math.max(high, current.doubleValue());
            }
        }
        String current = low > high ? "no sample" : low == high ? short3(low) + unit
                : short3(low) + "–" + short3(high) + unit;
        return name + " " + Format.nobreak(current + " / " + short3(target.doubleValue()) + unit);
    }

    /** Three significant digits: what a reader compares with a target (the HPA itself rounds to milli-units). */
    private static String short3(double value) {
        return io.cloudmart.sim.scenario.output.SignificantDigits.format(value, 3);
    }

    private static String number(Object value) {
        return value instanceof Number n ? Format.compact(n.doubleValue()) : String.valueOf(value);
    }
}
