package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.LogEntry;
import io.cloudmart.sim.model.control.GitOpsLoop;
import io.cloudmart.sim.model.control.HpaController;
import io.cloudmart.sim.model.control.JournalNames;
import io.cloudmart.sim.model.control.RolloutLoop;
import io.cloudmart.sim.model.control.VpaController;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodReady;
import io.cloudmart.sim.model.vault.VaultAgents;

/**
 * How each event a run records reads on the timeline: one row per journaled decision (controller family and
 * decision, as in {@code events.jsonl}) and per kind of log line, with its {@link TimelineKind}, or left out with
 * the reason. This table is the one place that knows the models' vocabulary for the timeline; a decision it does
 * not list still shows, as {@link TimelineKind#OTHER} with its journaled name, and the report tests run the shop's
 * controllers to check that none does.
 */
final class TimelineRules {

    /**
     * One journaled decision.
     *
     * @param family         the controller's name, or its prefix up to and with the '/' for per-object controllers
     *                       ({@code hpa/}, {@code rollout/})
     * @param decision       the decision as journaled
     * @param kind           its timeline kind; null when left out
     * @param phrase         what happened, from the inputs; null when left out
     * @param omittedBecause why it is left out, for the section's note; null when shown
     */
    record Rule(String family, String decision, TimelineKind kind, Function<Inputs, String> phrase,
                String omittedBecause) {
        boolean shown() {
            return kind != null;
        }
    }

    /** Decisions the timeline leaves out, each once: periodic or routine, so they would bury the story. */
    static final List<Rule> OMITTED = List.of(
            omit(HpaController.PREFIX, "held", "HPA decisions that kept the replicas (a limit or the tolerance held"
                    + " them; one per sync period, listed in the scale decisions table)"),
            omit(VpaController.PREFIX, "held", "VPA updater passes that evicted nothing"),
            omit(GitOpsLoop.NAME, "refresh", "Argo CD's periodic comparisons with Git"),
            omit(RolloutLoop.nameFor(""), "measurement", "single analysis measurements (each run's outcome is shown)"),
            omit(VaultAgents.journalName(), "leaseRenewed", "routine Vault lease renewals"));

    private static final String ROLLOUT = RolloutLoop.nameFor("");
    private static final String CA = NodeDecision.Controllers.CLUSTER_AUTOSCALER;
    private static final String KARPENTER = NodeDecision.Controllers.KARPENTER;
    private static final String SPOT = JournalNames.SPOT;
    private static final String VAULT = VaultAgents.journalName();
    private static final String KUBELET = Pod.KUBELET_JOURNAL_PREFIX;

    /** The decisions shown, by controller. */
    static final List<Rule> SHOWN = shown();

    /** A mesh ejection's log line: "t=2.250 s checkout: checkout-3 ejected (#1) for at least 30 s". */
    private static final Pattern MESH_LINE = Pattern.compile("t=\\S+ s (\\S+): (\\S+) (ejected|returned)\\b.*");
    /** The log source of a saga type: {@code saga.<name>}. */
    private static final String SAGA_SOURCE = "saga.";
    private static final String MESH_SOURCE = "mesh";
    /** How the engine logs an early stop, whatever its source. */
    private static final String STOPPED = "run stopped: ";

    private TimelineRules() {
    }

    private static List<Rule> shown() {
        List<Rule> rules = new ArrayList<>();
        rules.add(show(HpaController.PREFIX, "scaleUp", TimelineKind.SCALE, in -> "up"));
        rules.add(show(HpaController.PREFIX, "scaleDown", TimelineKind.SCALE, in -> "down"));
        rules.add(show(VpaController.PREFIX, "recommend", TimelineKind.RIGHT_SIZING,
                in -> "recommends " + in.figure("targetCpuCores") + " cores (mode " + in.text("mode") + ")"));
        rules.add(show(VpaController.PREFIX, "evict", TimelineKind.RIGHT_SIZING, in -> "evicted a pod to resize it"));
        for (NodeDecision node : NodeDecision.values()) {
            if (node.controller().equals(SPOT)) {
                continue;
            }
            // a decision without a chart marker (a limit reached) words its details without a time or an amount,
            // so it needs no wording
            rules.add(show(node.controller(), node.decision(), TimelineKind.NODES, in -> {
                String marker = node.marker(in);
                return marker.isEmpty() ? node.details(in, null) : marker;
            }));
        }
        rules.add(show(KUBELET, PodReady.DECISION, TimelineKind.READY, in -> "Ready"));
        rules.add(show(KUBELET, "OOMKilled", TimelineKind.RESTART, in -> "OOMKilled at its " + in.figure("limitMiB")
                + " MiB limit (restart " + in.figure("restartCount") + ")"));
        rules.add(show(KUBELET, "BackOff", TimelineKind.RESTART,
                in -> "CrashLoopBackOff: next start in " + Format.duration(in.number("backOffSeconds"))));
        rules.add(show(SPOT, "interruption", TimelineKind.SPOT, in -> "notice for " + in.text("node") + " ("
                + in.count("pods", "pod") + ", " + Format.duration(in.number("noticeSeconds")) + " to drain)"));
        rules.add(show(SPOT, "noSpotNode", TimelineKind.SPOT, in -> "an interruption was due, no spot node ran"));
        rules.add(show(JournalNames.FINOPS, "budgetAlert", TimelineKind.BUDGET, in -> in.figure("thresholdPercent")
                + " % of " + in.figure("amount") + " per " + in.text("period").toLowerCase(java.util.Locale.ROOT)
                + " crossed (" + in.text("basis").toLowerCase(java.util.Locale.ROOT) + ")"));
        rules.add(show(GitOpsLoop.NAME, "commit", TimelineKind.GITOPS,
                in -> "commit " + in.text("revision") + " sets " + in.text("field") + "=" + in.text("value")));
        rules.add(show(GitOpsLoop.NAME, "manualChange", TimelineKind.GITOPS,
                in -> "manual change " + in.text("field") + "=" + in.text("value")));
        rules.add(show(GitOpsLoop.NAME, "drift", TimelineKind.GITOPS,
                in -> "drift: " + in.text("field") + " is " + in.text("live") + ", Git says " + in.text("git")));
        rules.add(show(GitOpsLoop.NAME, "sync", TimelineKind.GITOPS,
                in -> in.text("kind") + " sync of revision " + in.text("revision")));
        rollouts(rules);
        rules.add(show(VAULT, "initRetry", TimelineKind.VAULT, in -> "init retry of " + in.text("pod")));
        rules.add(show(VAULT, "initDone", TimelineKind.VAULT, in -> in.text("pod") + " init done, pod can start"));
        rules.add(show(VAULT, "renewFailed", TimelineKind.VAULT, in -> "lease renewal failed"));
        rules.add(show(VAULT, "rereadFailed", TimelineKind.VAULT, in -> "secret re-read failed"));
        rules.add(show(VAULT, "leaseReread", TimelineKind.VAULT, in -> "secret re-read"));
        rules.add(show(VAULT, "leaseExpired", TimelineKind.VAULT, in -> "lease expired"));
        rules.add(show(VAULT, "leaseRestored", TimelineKind.VAULT, in -> "lease restored"));
        return List.copyOf(rules);
    }

    /** Argo Rollouts' and Flagger's events ({@link io.cloudmart.sim.model.rollout.canary.RolloutEvent}'s names). */
    private static void rollouts(List<Rule> rules) {
        rules.add(show(ROLLOUT, "StepStarted", TimelineKind.ROLLOUT,
                in -> "step " + in.text("step") + " (" + in.text("kind") + ")"));
        rules.add(show(ROLLOUT, "StepCompleted", TimelineKind.ROLLOUT, in -> "step " + in.text("step") + " done"));
        rules.add(show(ROLLOUT, "WeightSet", TimelineKind.ROLLOUT,
                in -> "weight " + in.text("fromWeight") + "→" + in.text("toWeight") + " %"));
        rules.add(show(ROLLOUT, "Paused", TimelineKind.ROLLOUT, in -> "paused (" + in.text("reason") + ")"));
        rules.add(show(ROLLOUT, "Resumed", TimelineKind.ROLLOUT, in -> "resumed"));
        rules.add(show(ROLLOUT, "Promoted", TimelineKind.ROLLOUT, in -> "promoted"));
        rules.add(show(ROLLOUT, "ActiveSwitched", TimelineKind.ROLLOUT, in -> "active service switched"));
        rules.add(show(ROLLOUT, "Aborted", TimelineKind.ROLLOUT, in -> "aborted (" + in.text("cause") + ")"));
        rules.add(show(ROLLOUT, "ProgressDeadlineExceeded", TimelineKind.ROLLOUT, in -> "progress deadline exceeded"));
        rules.add(show(ROLLOUT, "RevisionScaledDown", TimelineKind.ROLLOUT,
                in -> in.text("revision").toLowerCase(java.util.Locale.ROOT) + " scaled down"));
        rules.add(show(ROLLOUT, "scaled", TimelineKind.ROLLOUT,
                in -> "canary " + in.text("canaryReplicas") + ", stable " + in.text("stableReplicas")));
        rules.add(show(ROLLOUT, "promote", TimelineKind.ROLLOUT, in -> "promote (scheduled)"));
        rules.add(show(ROLLOUT, "promoteBeforeUpdate", TimelineKind.ROLLOUT, in -> "promote came before the update"));
        rules.add(show(ROLLOUT, "Halted", TimelineKind.ROLLOUT, in -> "halted (" + in.count("failedChecks",
                "failed check") + ")"));
        rules.add(show(ROLLOUT, "Phase", TimelineKind.ROLLOUT, in -> "phase " + in.text("phase")));
        rules.add(show(ROLLOUT, "PrimaryUpdated", TimelineKind.ROLLOUT, in -> "primary updated to " + in.text("version")));
        rules.add(show(ROLLOUT, "backgroundAnalysisRunTerminated", TimelineKind.ANALYSIS,
                in -> "background analysis terminated"));
        for (AnalysisPhase phase : AnalysisPhase.values()) {
            String outcome = phase.fieldValue();
            rules.add(show(ROLLOUT, "analysisRun" + outcome, TimelineKind.ANALYSIS, in -> outcome));
            rules.add(show(ROLLOUT, "backgroundAnalysisRun" + outcome, TimelineKind.ANALYSIS,
                    in -> "background run " + outcome));
        }
    }

    /** A shown decision of {@code controller} (a full name such as {@code argocd/application}, or a prefix). */
    private static Rule show(String controller, String decision, TimelineKind kind, Function<Inputs, String> phrase) {
        return new Rule(family(controller), decision, kind, phrase, null);
    }

    private static Rule omit(String controller, String decision, String why) {
        return new Rule(family(controller), decision, null, null, why);
    }

    /** The rule of {@code event}, shown or omitted; empty when the table does not know it. */
    static Optional<Rule> rule(ControlEvent event) {
        String family = family(event.controller());
        for (List<Rule> table : List.of(SHOWN, OMITTED)) {
            for (Rule rule : table) {
                if (rule.family().equals(family) && rule.decision().equals(event.decision())) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    /** How {@code event} reads on the timeline; empty when it is left out. */
    static Optional<TimelineOccurrence> read(ControlEvent event) {
        Optional<Rule> found = rule(event);
        if (found.isEmpty()) {
            return Optional.of(new TimelineOccurrence(event.time(), TimelineKind.OTHER, event.controller(),
                    event.decision()));
        }
        Rule rule = found.get();
        if (!rule.shown()) {
            return Optional.empty();
        }
        Inputs in = Inputs.of(event);
        String name = object(event.controller());
        return Optional.of(switch (rule.kind()) {
            case SCALE -> new TimelineOccurrence(event.time(), rule.kind(), "HPA scaled " + name,
                    rule.phrase().apply(in), in.figure("currentReplicas"), in.figure("desiredReplicas"));
            // grouped by service, counted, with the range of creation-to-Ready times
            case READY -> TimelineOccurrence.tallied(event.time(), rule.kind(), in.text("service"), name,
                    in.number("secondsToReady"));
            case NODES, SPOT -> new TimelineOccurrence(event.time(), rule.kind(), nodeSubject(in),
                    rule.phrase().apply(in));
            case RIGHT_SIZING -> new TimelineOccurrence(event.time(), rule.kind(), "VPA of " + name,
                    rule.phrase().apply(in));
            case ROLLOUT -> new TimelineOccurrence(event.time(), rule.kind(), "rollout " + name, rule.phrase().apply(in));
            case ANALYSIS -> new TimelineOccurrence(event.time(), rule.kind(), "analysis of rollout " + name,
                    rule.phrase().apply(in));
            case GITOPS -> new TimelineOccurrence(event.time(), rule.kind(), "Argo CD", rule.phrase().apply(in));
            case VAULT -> new TimelineOccurrence(event.time(), rule.kind(), "Vault agents", rule.phrase().apply(in));
            case BUDGET -> new TimelineOccurrence(event.time(), rule.kind(), "budget", rule.phrase().apply(in));
            default -> new TimelineOccurrence(event.time(), rule.kind(), event.controller(), rule.phrase().apply(in));
        });
    }

    /** How a log line reads on the timeline. */
    static TimelineOccurrence read(LogEntry entry) {
        if (entry.text().startsWith(STOPPED)) {
            return new TimelineOccurrence(entry.time(), TimelineKind.RUN, "run", entry.text());
        }
        if (entry.source().startsWith(SAGA_SOURCE)) {
            String saga = "saga " + entry.source().substring(SAGA_SOURCE.length());
            return new TimelineOccurrence(entry.time(), TimelineKind.SAGA, saga,
                    entry.text().startsWith("compensation burst") ? "compensation burst" : "a saga stuck");
        }
        Matcher mesh = MESH_LINE.matcher(entry.text());
        if (entry.source().equals(MESH_SOURCE) && mesh.matches()) {
            return new TimelineOccurrence(entry.time(), TimelineKind.EJECTION, "mesh, " + mesh.group(1),
                    mesh.group(2) + " " + mesh.group(3));
        }
        return new TimelineOccurrence(entry.time(), TimelineKind.OTHER, entry.source(), entry.text());
    }

    /** {@code hpa/order} → {@code hpa/}; {@code spot} → {@code spot}. */
    static String family(String controller) {
        int slash = controller.indexOf('/');
        return slash < 0 ? controller : controller.substring(0, slash + 1);
    }

    /** {@code hpa/order} → {@code order}. */
    private static String object(String controller) {
        return controller.substring(controller.indexOf('/') + 1);
    }

    private static String nodeSubject(Inputs in) {
        String pool = in.values().containsKey("pool") ? in.text("pool") : in.text("nodePool");
        return pool.equals(Inputs.MISSING) ? "nodes" : "pool " + pool;
    }
}
