package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.control.GitOpsLoop;
import io.cloudmart.sim.model.control.RolloutLoop;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.vault.VaultAgents;
import java.util.Objects;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.model.autoscale.hpa.MetricTargetType;
import io.cloudmart.sim.model.control.GitOpsLoop;
import io.cloudmart.sim.model.control.RolloutLoop;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.vault.VaultAgents;
import io.cloudmart.sim.report.Table;

/**
 * The tables of the control loops' decisions. The HPAs' (and those of controllers without a view) in columns:
 * when, who, what, from how many to how many, on which metric against which target, which limit applied, and what
 * came of it. The other controllers' (the node autoscalers, the spot market, the budget, the VPAs), whose inputs
 * differ from one decision to the next, in a second table with their inputs in words. Consecutive {@code held}
 * decisions of one controller with the same replicas and limit are one row (an HPA held by its stabilization
 * window journals every 15 s); a table stops after {@link #MAX_ROWS} rows and says how many it left out.
 */
final class ScaleDecisionTable {
    /** Rows shown; a page, not a log. */
    static final int MAX_ROWS = 30;
    static final String CAPTION = "Scale decisions";
    /** The HPAs' table when the other controllers have theirs below it. */
    static final String HPA_CAPTION = "Scale decisions of the HPAs";
    /** The other controllers' table when there is no HPA table. */
    static final String WORDS_CAPTION = "Decisions of the control loops";
    /** The other controllers' table below the HPAs'. */
    static final String OTHERS_CAPTION = "Decisions of the other control loops";

    private final CapacityRun run;
    private final List<ControllerView> views;

    ScaleDecisionTable(CapacityRun run, List<ControllerView> views) {
        this.run = run;
        this.views = List.copyOf(views);
    }

    /** One table, or two when both kinds of controller decided; none when nothing was journaled. */
    List<Table> build() {
        List<Row> figures = new ArrayList<>();
        List<Row> words = new ArrayList<>();
        for (Row row : rows(run.events())) {
            if (notACapacityDecision(row.first().controller())) {
                continue;
            }
            ControllerView view = view(row.first().controller());
            (view != null && view.explainsInWords() ? words : figures).add(row);
        }
        List<Table> tables = new ArrayList<>();
        String unit = run.axis().unit();
        if (!figures.isEmpty()) {
            List<List<String>> cells = shown(figures).stream().map(this::cells).toList();
            tables.add(new Table(words.isEmpty() ? CAPTION : HPA_CAPTION, List.of("time (" + unit + ")", "controller",
                    "decision", "replicas", "metric: current / target", "limit that applied",
                    "all Ready at (" + unit + ")"), cells, note(figures)));
        }
        if (!words.isEmpty()) {
            List<List<String>> cells = shown(words).stream().map(this::wordCells).toList();
            tables.add(new Table(figures.isEmpty() ? WORDS_CAPTION : OTHERS_CAPTION,
                    List.of("time (" + unit + ")", "controller", "decision", "details"), cells, note(words)));
        }
        return tables;
    }

    /**
     * The journal's other controllers, whose lines are no capacity decisions and have their own part of the report
     * (Releases, Argo CD sync) or are told by their effect on the pods (Vault's init waits, the kubelet's restarts);
     * events.jsonl has all of them.
     */
    static boolean notACapacityDecision(String controller) {
        return controller.startsWith(RolloutLoop.nameFor("")) || controller.equals(GitOpsLoop.NAME)
                || controller.equals(VaultAgents.journalName()) || controller.startsWith(Pod.KUBELET_JOURNAL_PREFIX);
    }

    private static List<Row> shown(List<Row> rows) {
        return rows.subList(0, Math.min(MAX_ROWS, rows.size()));
    }

    private ControllerView view(String controller) {
        return views.stream().filter(v -> v.explains(controller)).findFirst().orElse(null);
    }

    private String note(List<Row> rows) {
        StringBuilder note = new StringBuilder("The decisions the control loops journaled in " + run.which() + ".");
        for (ControllerView view : views) {
            if (rows.stream().anyMatch(r -> view.explains(r.first().controller()))) {
                note.append(' ').append(view.journalNote(run));
            }
        }
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

        /**
         * What must agree for held decisions to share a row: the HPA's replicas, metric, target and limit (its
         * reading may differ: the row shows its range), and a VPA updater's reason and live pods.
         */
        private static List<Object> key(ControlEvent event) {
            Map<String, Object> in = event.inputs();
            return java.util.Arrays.asList(in.get("currentReplicas"), in.get("desiredReplicas"), in.get("metric"),
                    in.get("target"), in.get("limit"), in.get("reason"), in.get("liveReplicas"));
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
        ControllerView view = view(first.controller());
        Map<String, Object> in = first.inputs();
        String replicas = in.containsKey("currentReplicas") && in.containsKey("desiredReplicas")
                ? number(in.get("currentReplicas")) + " → " + number(in.get("desiredReplicas")) : Format.NONE;
        String limit = view == null ? String.valueOf(in.getOrDefault("limit", Format.NONE)) : view.limit(in.get("limit"));
        String outcome = view == null || row.held() ? Format.NONE : view.outcome(first, run);
        return List.of(run.axis().format(first.time()), first.controller(), decision(row), Format.nobreak(replicas),
                metric(row), limit, outcome);
    }

    private List<String> wordCells(Row row) {
        String details = view(row.first().controller()).details(row.first(), run);
        return List.of(run.axis().format(row.first().time()), row.first().controller(), decision(row),
                details.isEmpty() ? Format.NONE : details);
    }

    /** "↑ scaleUp", or "held ×12 to 5.00" for a merged row; a single decision does not wrap. */
    private String decision(Row row) {
        String decision = switch (row.first().decision()) {
            case "scaleUp" -> "↑ scaleUp";
            case "scaleDown" -> "↓ scaleDown";
            default -> row.first().decision();
        };
        if (row.events.size() > 1) {
            return Format.nobreak(decision + " ×" + row.events.size()) + " to " + run.axis().format(row.last().time());
        }
        return Format.nobreak(decision);
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
