package io.cloudmart.sim.model.control;

import io.cloudmart.sim.model.service.Pod;

/**
 * One pod's usage as the metrics pipeline last saw it: CPU cores averaged over the scrape window (what
 * metrics-server reports: a rate over the latest window, not an instant), the requests per second it
 * received over the same window, its memory working set at the scrape (a gauge: the reading at that
 * instant, not a window average), and when the sample was taken.
 *
 * @param pod           the pod
 * @param timestamp     when the sample was taken, seconds
 * @param windowSeconds the window the rates are averaged over
 * @param cpuCores      CPU cores used, averaged over the window
 * @param requestsPerSecond requests received per second over the window
 * @param memoryMiB     the whole pod's working set at {@code timestamp} (sidecar included), MiB; null when its
 *                      service models no memory usage
 */
public record PodUsage(Pod pod, double timestamp, double windowSeconds, double cpuCores, double requestsPerSecond,
                       Double memoryMiB) {
}
