package io.cloudmart.sim.model.rollout;

/**
 * What a release exposed and what extra capacity it held, so that a canary and a blue-green release of the same
 * version can be compared. Counted per reconcile period (1 s) from {@code startAt} to the end of the run, from
 * counters the data path keeps anyway; the test Job's requests to a blue-green preview are not users' requests and
 * are counted apart.
 *
 * @param previewTestRequests   requests the preview test sent that the new version's pods answered
 * @param previewTestErrors     of which non-200 answers
 * @param exposedRequests       users' requests the new version answered before the release was decided (promoted or
 *                              aborted; the end of the run when neither), the risk a bad version puts on users
 * @param exposedErrors         of which non-200 answers
 * @param exposedShare          exposedRequests over all users' requests the service answered in the same time; NaN
 *                              when it answered none
 * @param peakShare             the highest share of the service's traffic the mesh sent to the new version at one
 *                              instant (its weight over maxTrafficWeight), from startAt to the end of the run
 * @param firstTrafficAt        when the mesh first sent users' traffic to the new version; NaN if never
 * @param fullTrafficAt         when the mesh first sent all of it there; NaN if never
 * @param extraPodHours         pod-hours of both versions above {@code spec.replicas}
 * @param extraNodeHours        the CPU those extra pods requested over their nodes' allocatable CPU, in node-hours;
 *                              NaN without a cluster
 * @param extraCost             those node-hours at the nodes' hourly prices; NaN without a cluster
 */
public record ReleaseFigures(long previewTestRequests, long previewTestErrors, long exposedRequests,
                             long exposedErrors, double exposedShare, double peakShare, double firstTrafficAt,
                             double fullTrafficAt, double extraPodHours, double extraNodeHours, double extraCost) {
}
