package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.gitops.Automated;
import io.cloudmart.sim.model.gitops.Commit;
import io.cloudmart.sim.model.gitops.GitChange;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.gitops.LiveEdit;
import io.cloudmart.sim.model.gitops.ManualChange;
import io.cloudmart.sim.model.gitops.Polling;
import io.cloudmart.sim.model.gitops.SelfHealTiming;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.scenario.spec.ServiceCapacitySpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;

/**
 * Binds what {@link GitOpsSchema} declares into a {@link GitOpsConfig}. Relations are checked here: a commit is
 * exactly one kind; a scaled service has one version, no HPA and no rollout; an HPA change is for a service with an
 * HPA; a rollout is named by one commit exactly when it has no {@code startAt}; times ascend.
 */
final class GitOpsBinder {
    private final Binding b;
    private boolean rolloutsBound;

    GitOpsBinder(Binding b) {
        this.b = b;
    }

    /**
     * The {@code gitops} section of {@code top}; null without one or after a problem (which is then reported). Also
     * reports a rollout without {@code startAt} that no commit names.
     */
    GitOpsConfig gitops(Fields top, Map<String, ServiceSpec> services, Map<String, ServiceCapacitySpec> capacities,
                        List<RolloutConfig> rollouts) {
        Map<String, Integer> namedBy = new HashMap<>();
        // the rollouts are bound only when nothing before them was wrong: then their names are not checked here
        rolloutsBound = !top.has("rollouts") || !rollouts.isEmpty();
        int before = b.problems.count();
        GitOpsConfig config = top.has("gitops")
                ? bind(b.section(top, "gitops"), services, capacities, rollouts, namedBy) : null;
        boolean gitopsClean = b.problems.count() == before;
        for (RolloutConfig rollout : rollouts) {
            if (gitopsClean && rollout.startAtSeconds() == RolloutConfig.AT_GITOPS_SYNC
                    && !namedBy.containsKey(rollout.name())) {
                b.problems.add(top.pathOf("rollouts") + "." + rollout.name(), Problems.Anchor.MAPPING,
                        "missing required field 'startAt': a rollout begins at 'startAt', or at the Argo CD sync of"
                                + " the commit naming it (a 'gitops' commit with 'rollout: " + rollout.name() + "')");
            }
        }
        return b.problems.hasIssues() ? null : config;
    }

    private GitOpsConfig bind(Fields g, Map<String, ServiceSpec> services, Map<String, ServiceCapacitySpec> capacities,
                              List<RolloutConfig> rollouts, Map<String, Integer> namedBy) {
        Automated automated = null;
        if (g.has("automated")) {
            Fields a = b.section(g, "automated");
            automated = new Automated(b.readOrDefault(a, GitOpsSchema.SELF_HEAL), b.readOrDefault(a, GitOpsSchema.PRUNE));
        }
        Fields t = b.section(g, "timeout");
        Polling polling = new Polling(b.readOrDefault(t, GitOpsSchema.RECONCILIATION),
                b.readOrDefault(t, GitOpsSchema.RECONCILIATION_JITTER));
        Fields c = b.section(g, "controller");
        SelfHealTiming selfHeal = new SelfHealTiming(b.readOrDefault(c, GitOpsSchema.SELF_HEAL_TIMEOUT),
                b.readOrDefault(c, GitOpsSchema.SELF_HEAL_BACKOFF), b.readOrDefault(c, GitOpsSchema.SELF_HEAL_FACTOR),
                b.readOrDefault(c, GitOpsSchema.SELF_HEAL_CAP));
        boolean webhook = b.readOrDefault(g, GitOpsSchema.WEBHOOK);
        double webhookDelay = b.readOrDefault(g, GitOpsSchema.WEBHOOK_DELAY);

        Map<String, RolloutConfig> byName = new HashMap<>();
        rollouts.forEach(r -> byName.put(r.name(), r));
        List<Commit> commits = new ArrayList<>();
        List<JsonNode> elements = entries(g, "commits");
        for (int i = 0; i < elements.size(); i++) {
            Fields f = b.fields(elements.get(i), g.pathOf("commits") + "." + i);
            Double at = b.read(f, GitOpsSchema.AT);
            GitChange change = change(f, services, capacities, byName, namedBy, i);
            if (at != null && change != null) {
                ascending(f, at, commits.isEmpty() ? null : commits.get(commits.size() - 1).atSeconds(), "commits");
                commits.add(new Commit(at, change));
            }
        }
        List<ManualChange> manual = new ArrayList<>();
        List<JsonNode> changes = entries(g, "manualChanges");
        for (int i = 0; i < changes.size(); i++) {
            Fields f = b.fields(changes.get(i), g.pathOf("manualChanges") + "." + i);
            Double at = b.read(f, GitOpsSchema.AT);
            LiveEdit edit = edit(f, services, capacities, byName);
            if (at != null && edit != null) {
                ascending(f, at, manual.isEmpty() ? null : manual.get(manual.size() - 1).atSeconds(), "manual changes");
                manual.add(new ManualChange(at, edit));
            }
        }
        if (elements.isEmpty() && changes.isEmpty() && !b.problems.hasIssues()) {
            g.missingAlternative("Argo CD has nothing to do: give 'commits' (changes pushed to Git) or"
                    + " 'manualChanges' (changes made by hand on the live cluster), or remove the 'gitops' section",
                    List.of("commits", "manualChanges"));
        }
        List<Double> syncAt = b.list(g, "sync", GitOpsSchema.SYNC_AT);
        for (int k = 1; k < syncAt.size(); k++) {
            if (syncAt.get(k) < syncAt.get(k - 1)) {
                b.problems.at(g.pathOf("sync") + "." + k, "the sync times must be in ascending order ("
                        + Units.formatDuration(syncAt.get(k)) + " comes after " + Units.formatDuration(syncAt.get(k - 1))
                        + ")");
            }
        }
        if (b.problems.hasIssues()) {
            return null;
        }
        return new GitOpsConfig(automated, polling, webhook, webhookDelay, selfHeal, commits, manual, syncAt);
    }

    /** The elements of list {@code field}, at most {@link GitOpsSchema#MAX_ENTRIES} (more are reported). */
    private List<JsonNode> entries(Fields g, String field) {
        List<JsonNode> elements = g.elements(field);
        if (elements.size() > GitOpsSchema.MAX_ENTRIES) {
            g.wrong(field, "at most " + GitOpsSchema.MAX_ENTRIES + " entries, got " + elements.size());
            return List.of();
        }
        return elements;
    }

    private void ascending(Fields f, double at, Double previous, String what) {
        if (previous != null && at < previous) {
            f.wrong("at", "the " + what + " must be in time order (" + Units.formatDuration(at) + " comes after "
                    + Units.formatDuration(previous) + ")");
        }
    }

    /** The one kind of change a commit holds; null after reporting a problem. */
    private GitChange change(Fields f, Map<String, ServiceSpec> services, Map<String, ServiceCapacitySpec> capacities,
                             Map<String, RolloutConfig> rollouts, Map<String, Integer> namedBy, int index) {
        String kind = kind(f, GitOpsSchema.COMMIT_KINDS, "a commit changes one of 'replicas: 4' (with 'service'),"
                + " 'hpa: {…}' (with 'service'), 'removeHpa: true' (with 'service'), 'rollout: <name>'");
        if (kind == null) {
            return null;
        }
        if (kind.equals("rollout")) {
            if (f.written("service")) {
                return f.wrong("service", "a rollout commit names the rollout only; its service is the rollout's");
            }
            String name = b.read(f, GitOpsSchema.ROLLOUT);
            if (name == null || !rolloutsBound) {
                return null; // reported, here or in the rollouts
            }
            RolloutConfig rollout = rollouts.get(name);
            if (rollout == null) {
                return f.wrong("rollout", "no rollout named '" + SafeText.shown(name) + "'; there are "
                        + new java.util.TreeSet<>(rollouts.keySet()) + " under 'rollouts'");
            }
            if (rollout.startAtSeconds() != RolloutConfig.AT_GITOPS_SYNC) {
                return f.wrong("rollout", "rollout " + name + " has 'startAt'; a rollout begins at 'startAt' or at"
                        + " the sync of the commit naming it, not both: remove its 'startAt'");
            }
            Integer earlier = namedBy.putIfAbsent(name, index);
            if (earlier != null) {
                return f.wrong("rollout", "commit " + earlier + " names rollout " + name + " already; its pod template"
                        + " changes once in this model");
            }
            return new GitChange.UpdateRolloutImage(name);
        }
        String service = f.has("service") ? b.read(f, GitOpsSchema.SERVICE) : f.missing("service");
        ServiceSpec spec = service == null ? null : known(f, "service", service, services);
        if (spec == null) {
            return null;
        }
        if (kind.equals("removeHpa")) {
            Boolean remove = b.read(f, GitOpsSchema.REMOVE_HPA);
            if (remove == null) {
                return null;
            }
            if (!remove) {
                return f.wrong("removeHpa", "write 'removeHpa: true' to delete the HPA's manifest, or leave it out");
            }
            return withHpa(f, service, capacities) ? new GitChange.RemoveHpa(service) : null;
        }
        return kind.equals("replicas") ? scale(f, service, spec, capacities, rollouts) : applyHpa(f, service, spec,
                capacities);
    }

    /** The one kind of change a manual change holds; null after reporting a problem. */
    private LiveEdit edit(Fields f, Map<String, ServiceSpec> services, Map<String, ServiceCapacitySpec> capacities,
                          Map<String, RolloutConfig> rollouts) {
        String service = b.read(f, GitOpsSchema.MANUAL_SERVICE);
        String kind = kind(f, GitOpsSchema.MANUAL_KINDS, "a manual change is one of 'replicas: 8' (kubectl scale)"
                + " or 'hpa: {…}' (kubectl apply of the HPA)");
        ServiceSpec spec = service == null ? null : known(f, "service", service, services);
        if (kind == null || spec == null) {
            return null;
        }
        if (kind.equals("replicas")) {
            return (LiveEdit) scale(f, service, spec, capacities, rollouts);
        }
        return (LiveEdit) applyHpa(f, service, spec, capacities);
    }

    /** The one of {@code kinds} written; null after reporting none or two. */
    private String kind(Fields f, List<String> kinds, String allowed) {
        List<String> written = kinds.stream().filter(f::written).toList();
        if (written.size() == 1) {
            return written.get(0);
        }
        if (written.isEmpty()) {
            f.missingAlternative(allowed, kinds);
        } else {
            f.wrong(written.get(1), "one change per entry: this one has both '" + written.get(0) + "' and '"
                    + written.get(1) + "'; write them as two entries at the same 'at'");
        }
        return null;
    }

    private ServiceSpec known(Fields f, String field, String service, Map<String, ServiceSpec> services) {
        ServiceSpec spec = services.get(service);
        if (spec == null) {
            f.wrong(field, "no service named '" + SafeText.shown(service) + "'; there are " + services.keySet());
        }
        return spec;
    }

    private GitChange scale(Fields f, String service, ServiceSpec spec, Map<String, ServiceCapacitySpec> capacities,
                            Map<String, RolloutConfig> rollouts) {
        Long replicas = b.read(f, GitOpsSchema.REPLICAS);
        if (replicas == null) {
            return f.has("replicas") ? null : f.missing("replicas");
        }
        ServiceCapacitySpec capacity = capacities.get(service);
        if (spec.versions().size() != 1) {
            return f.wrong("replicas", "service " + service + " has " + spec.versions().size() + " versions, each its own"
                    + " Deployment; 'replicas' scales the Deployment of a service of one version");
        }
        if (capacity != null && capacity.hpa() != null) {
            return f.wrong("replicas", "service " + service + " has an HPA, which owns its replicas (with an HPA Argo CD's"
                    + " docs leave spec.replicas out of Git); change its 'hpa' instead");
        }
        if (rollouts.values().stream().anyMatch(r -> r.service().equals(service))) {
            return f.wrong("replicas", "service " + service + " has a rollout, which owns its pods");
        }
        return new GitChange.ScaleDeployment(service, replicas.intValue());
    }

    private GitChange applyHpa(Fields f, String service, ServiceSpec spec, Map<String, ServiceCapacitySpec> capacities) {
        if (!withHpa(f, service, capacities)) {
            return null;
        }
        Fields h = b.section(f, "hpa");
        String missingMemoryUsage = spec.pod().memoryUsage() != null ? null
                : "services." + service + ".pod.memoryUsage";
        int before = b.problems.count();
        HpaSpec hpa = new CapacityBinder(b).hpa(h, missingMemoryUsage);
        if (b.problems.count() != before) {
            return null;
        }
        ServiceCapacitySpec capacity = capacities.get(service);
        if (capacity.vpa() != null && capacity.vpa().mode().appliesAtCreation() && CapacityBinder.scalesOnCpu(hpa)) {
            return f.wrong("hpa", "service " + service + " has a VPA that sets the CPU requests; an HPA on CPU must not"
                    + " run beside it (see services." + service + ".vpa): scale on " + CapacitySchema.REQUESTS_PER_SECOND);
        }
        return new GitChange.ApplyHpa(service, hpa);
    }

    /** Whether {@code service} has an HPA to change; reports it when not. */
    private boolean withHpa(Fields f, String service, Map<String, ServiceCapacitySpec> capacities) {
        ServiceCapacitySpec capacity = capacities.get(service);
        if (capacity == null || capacity.hpa() == null) {
            String field = f.written("hpa") ? "hpa" : "removeHpa";
            f.wrong(field, "service " + service + " has no HPA to change; give it one under services." + service
                    + ".hpa (the manifest Git holds at the start)");
            return false;
        }
        return true;
    }
}
