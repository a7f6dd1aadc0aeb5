package io.cloudmart.sim.model.control;

import java.util.Map;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.gitops.LiveCluster;
import io.cloudmart.sim.model.service.Deployment;

/** The shop's Deployments, HPAs and rollouts as Argo CD reads and writes them. */
final class LiveWorkloads implements LiveCluster {
    private final Map<String, Deployment> deployments;
    private final Map<String, HpaController> hpas;
    private final Map<String, ? extends UpdateTrigger> rollouts;

    /**
     * @param deployments each service's Deployment (its first version's)
     * @param hpas        the HPA of each autoscaled service
     * @param rollouts    each rollout by name
     */
    LiveWorkloads(Map<String, Deployment> deployments, Map<String, HpaController> hpas,
                  Map<String, ? extends UpdateTrigger> rollouts) {
        this.deployments = deployments;
        this.hpas = hpas;
        this.rollouts = rollouts;
    }

    @Override
    public int replicas(String service) {
        return require(deployments, service, "Deployment").replicas();
    }

    @Override
    public void scale(String service, int replicas) {
        require(deployments, service, "Deployment").scaleTo(replicas);
    }

    @Override
    public HpaSpec hpa(String service) {
        return require(hpas, service, "HPA").spec();
    }

    @Override
    public void applyHpa(String service, HpaSpec spec) {
        require(hpas, service, "HPA").retarget(spec);
    }

    @Override
    public void deleteHpa(String service) {
        require(hpas, service, "HPA").retarget(null);
    }

    @Override
    public boolean rolloutUpdated(String rollout) {
        return require(rollouts, rollout, "rollout").updateStarted();
    }

    @Override
    public void updateRollout(String rollout, double now) {
        require(rollouts, rollout, "rollout").startUpdate(now);
    }

    private static <T> T require(Map<String, ? extends T> map, String name, String what) {
        T value = map.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Argo CD manages no " + what + " named " + name + "; there are "
                    + map.keySet());
        }
        return value;
    }
}
