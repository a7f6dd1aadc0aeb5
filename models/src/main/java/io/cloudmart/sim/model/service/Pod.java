package io.cloudmart.sim.model.service;

import java.util.ArrayDeque;

import io.cloudmart.sim.core.Simulation;

/**
 * One replica of a service: {@code concurrency} worker slots in front of {@code cpu} cores.
 *
 * <p>A request takes a free worker or waits in the pod's FIFO queue (the server's accept backlog,
 * unbounded). It keeps its worker until it answers, also while it waits for the services it calls,
 * as a thread-per-request server does, so a slow dependency exhausts the pool and the queue backs
 * up to the callers. Its {@code work} steps get CPU time from the pod's {@link CpuScheduler}.
 *
 * <p>A pod is an identity that others watch (see {@link PodWatcher}); its {@link Service} moves it
 * through its {@link PodState}s. It keeps the requests in it on an intrusive list, so that when it is
 * killed at the end of its grace period the ones still running can be failed, at no cost per request
 * beyond two pointer updates.
 */
public final class Pod {
    /** What the journal names of a pod's kubelet lines (OOM kills, back-offs) start with: {@code kubelet/<pod>}. */
    public static final String KUBELET_JOURNAL_PREFIX = "kubelet/";

    private final PodShape shape;
    /** The application container's requests (its shape's, or what a VPA set at creation). */
    private final Requests appRequests;
    private final Requests sidecar;
    private final VersionConfig version;
    /** Draws this version's error verdicts; shared by every pod of the version. */
    private final io.cloudmart.sim.core.random.RandomStream versionErrors;
    private final String name;
    private final String service;
    private final Simulation simulation;
    private final ServiceMetrics metrics;
    private CpuScheduler cpu;
    /** Which run of the app container this is (0 = the first); a restart starts a new one. */
    private int containerRun;
    private final ArrayDeque<Execution> waiting = new ArrayDeque<>();
    private final double createdAt;
    /** Creation order within the service: which of two pods created at the same instant is newer. */
    private final long serial;
    private PodState state = PodState.PENDING;
    private double startedAt = Double.NaN;
    private double stateSince;
    private Execution firstInFlight;
    private int busyWorkers;
    private int active;
    private double reportedBusyCores;
    /** CPU seconds used up to {@link #busySince}, as the kubelet's cumulative usage counter. */
    private double cpuSeconds;
    private double busySince;
    /** Requests that reached this pod, as the app's request counter a Prometheus adapter would read. */
    private long arrivals;
    /** Latency factor at start, decaying to 1 over {@code warmupSeconds} (0 = no warm-up). */
    private double warmupFactor = 1;
    private double warmupSeconds;
    private double warmupFrom;
    /** The app container's working set, or null when the service models no memory usage. */
    private final MemoryMeter memory;
    /** Told once when a leaking version's container needs more than its memory limit; null: never OOM-killed. */
    private java.util.function.Consumer<Pod> outOfMemory;
    private boolean outOfMemoryTold;
    /** The container's restarts ({@code status.containerStatuses[].restartCount}). */
    private int restartCount;
    /** True while the secrets the app was given (a Vault lease) have expired without renewal. */
    private boolean secretsExpired;

    Pod(String service, String name, long serial, PodShape shape, Requests appRequests, Requests sidecar,
        VersionConfig version, Simulation simulation, ServiceMetrics metrics) {
        this.service = service;
        this.name = name;
        this.serial = serial;
        this.shape = shape;
        this.appRequests = appRequests;
        this.sidecar = sidecar;
        this.version = version;
        this.versionErrors = simulation.stream(versionErrorsStream(service, version.name()));
        this.simulation = simulation;
        this.metrics = metrics;
        this.cpu = newCpu(0);
        this.createdAt = simulation.now();
        this.stateSince = createdAt;
        this.memory = shape.memoryUsage() == null ? null
                : new MemoryMeter(shape.memoryUsage(), shape.memoryMiB(), appRequests.memoryMiB(), createdAt);
    }

    /** The pod's name, e.g. {@code order-canary-0}; unique in its service for the whole run. */
    public String name() {
        return name;
    }

    /** The journal's controller name of this pod's kubelet lines ({@code kubelet/<pod>}: OOM kills, back-offs, Ready). */
    public String kubeletJournalName() {
        return KUBELET_JOURNAL_PREFIX + name;
    }

    /** The name of the service this pod belongs to. */
    public String service() {
        return service;
    }

    /** The version of the code this pod runs. */
    public VersionConfig version() {
        return version;
    }

    /** The stream of the error verdicts of {@code version}'s pods. */
    static String versionErrorsStream(String service, String version) {
        return "svc." + service + ".version." + version + ".errors";
    }

    /** Draws the error verdicts of this pod's version. */
    io.cloudmart.sim.core.random.RandomStream versionErrors() {
        return versionErrors;
    }

    /** The pod's resources. */
    public PodShape shape() {
        return shape;
    }

    /** The application container's requests. */
    public Requests appRequests() {
        return appRequests;
    }

    /** The sidecar's requests ({@link Requests#NONE} outside the mesh). */
    public Requests sidecarRequests() {
        return sidecar;
    }

    /** What the whole pod requests (application and sidecar): what the scheduler, the HPA and OpenCost use. */
    public Requests requests() {
        return appRequests.plus(sidecar);
    }

    public PodState state() {
        return state;
    }

    /** Simulated time the pod was created (its {@code creationTimestamp}). */
    public double createdAt() {
        return createdAt;
    }

    /** Creation order within its service (a later pod has a larger serial). */
    public long serial() {
        return serial;
    }

    /** Simulated time the pod entered its current state (for Ready: the last readiness transition). */
    public double stateSince() {
        return stateSince;
    }

    /** Requests in this pod, waiting or served. */
    public int activeRequests() {
        return active;
    }

    /** Cores busy right now. */
    public double busyCores() {
        return reportedBusyCores;
    }

    /** CPU seconds this pod has used since it was created (cAdvisor's {@code usageCoreNanoSeconds}, in seconds). */
    public double cpuSecondsUsed() {
        return cpuSeconds + reportedBusyCores * (simulation.now() - busySince);
    }

    /** Whether the service models this pod's memory usage ({@link PodShape#memoryUsage()}). */
    public boolean memoryUsageModelled() {
        return memory != null;
    }

    /**
     * The whole pod's memory working set right now, MiB: the application's (its {@link MemoryUsage}, capped at
     * its limit) plus the sidecar's, taken as its request (the proxy's own memory is not modelled). 0 before the
     * containers start and after they stop.
     *
     * @throws IllegalStateException when memory usage is not modelled
     */
    public double memoryWorkingSetMiB() {
        return requireMemory().workingSetMiB() + (state.running() ? sidecar.memoryMiB() : 0);
    }

    /** ∫ the app container's working set dt since creation, MiB·s. */
    public double appMemoryMiBSeconds() {
        return requireMemory().usageMiBSeconds(simulation.now());
    }

    /** ∫ max(0, app working set − app memory request) dt since creation, MiB·s. */
    public double appMemoryAboveRequestMiBSeconds() {
        return requireMemory().aboveRequestMiBSeconds(simulation.now());
    }

    private MemoryMeter requireMemory() {
        if (memory == null) {
            throw new IllegalStateException("pod " + name + ": memory usage is not modelled");
        }
        return memory;
    }

    private void memoryChanged() {
        if (memory != null && memory.set(simulation.now(), active, state.running()) && outOfMemory != null
                && !outOfMemoryTold && state.running()) {
            outOfMemoryTold = true;
            outOfMemory.accept(this);
        }
    }

    /** From now on {@code listener} is told (once per container run) when the container passes its memory limit. */
    void onOutOfMemory(java.util.function.Consumer<Pod> listener) {
        outOfMemory = listener;
    }

    /** The container's restarts so far ({@code restartCount} in its status). */
    public int restartCount() {
        return restartCount;
    }

    /** Which run of the app container is under way (0 before any restart); a crash ends it. */
    int containerRun() {
        return containerRun;
    }

    /**
     * The app container died (OOM-killed): every request in it fails with a reset connection, its cores and the
     * memory it leaked are freed, and later work of the dead container is dropped. The pod itself stays (its
     * service moves it out of the endpoints). Returns how many requests failed.
     */
    int containerDied() {
        int failed = kill();
        cpu = newCpu(++containerRun);
        if (memory != null) {
            memory.forgetLeak();
        }
        outOfMemoryTold = false;
        memoryChanged();
        return failed;
    }

    /** The kubelet starts the container again. */
    void restarted() {
        restartCount++;
    }

    /** A CPU scheduler for the current container run; bursts of an earlier (dead) run finish into nothing. */
    private CpuScheduler newCpu(int run) {
        return CpuScheduler.forPod(shape, simulation, burst -> {
            if (run == containerRun) {
                burstDone(burst);
            }
        });
    }

    /** Requests that have reached this pod since it was created. */
    public long requestsReceived() {
        return arrivals;
    }

    /**
     * From now on the pod's CPU work costs {@code factor} times more, falling linearly back to 1 over
     * {@code seconds} (a JVM's interpreter and JIT warming up); a factor of 1 or 0 s means no warm-up.
     */
    void warmUp(double factor, double seconds) {
        warmupFactor = factor;
        warmupSeconds = seconds;
        warmupFrom = simulation.now();
    }

    /** The warm-up factor right now (1 once warm). */
    double warmupFactorNow() {
        if (warmupSeconds <= 0 || warmupFactor == 1) {
            return 1;
        }
        double elapsed = simulation.now() - warmupFrom;
        if (elapsed >= warmupSeconds) {
            warmupSeconds = 0; // warm: later bursts skip this arithmetic
            return 1;
        }
        return 1 + (warmupFactor - 1) * (1 - elapsed / warmupSeconds);
    }

    /** When its containers started (the pod's {@code status.startTime} as the HPA reads it); NaN before. */
    public double startedAt() {
        return startedAt;
    }

    /** True while the app's secrets have expired: every request it gets fails (500), see {@link Service#handleOn}. */
    public boolean secretsExpired() {
        return secretsExpired;
    }

    /** The lease of the app's secrets ran out ({@code true}) or was renewed or replaced ({@code false}). */
    public void setSecretsExpired(boolean expired) {
        secretsExpired = expired;
    }

    /** Moves the pod to {@code next}; only its service does this. Returns the previous state. */
    PodState moveTo(PodState next) {
        PodState previous = state;
        state = next;
        stateSince = simulation.now();
        if (Double.isNaN(startedAt) && (next == PodState.STARTING || next == PodState.READY)) {
            startedAt = stateSince;
        }
        memoryChanged();
        return previous;
    }

    /** Takes in {@code execution}; it runs once a worker is free for it. */
    void admit(Execution execution) {
        active++;
        arrivals++;
        if (memory != null && version.faults().leaks()) {
            memory.leak(version.faults().memoryLeakMiBPerRequest());
        }
        memoryChanged();
        execution.linkBefore(firstInFlight);
        firstInFlight = execution;
        if (busyWorkers < shape.concurrency()) {
            busyWorkers++;
            metrics.queueWait(0.0);
            execution.proceed();
        } else {
            execution.queuedAt = simulation.now();
            waiting.addLast(execution);
            metrics.queued(1);
        }
    }

    /** {@code execution} answered: frees its worker and hands it to the longest-waiting request. */
    void release(Execution execution) {
        active--;
        memoryChanged();
        execution.unlinkFrom(this);
        if (state == PodState.GONE) {
            return;
        }
        Execution next = waiting.pollFirst();
        if (next == null) {
            busyWorkers--;
            return;
        }
        metrics.queued(-1);
        metrics.queueWait(simulation.now() - next.queuedAt);
        next.proceed();
    }

    /** The first request of the in-flight list (for {@link Execution}'s links). */
    Execution firstInFlight() {
        return firstInFlight;
    }

    void setFirstInFlight(Execution first) {
        firstInFlight = first;
    }

    /**
     * The pod is killed: its containers stop, so its cores are gone and every request still in it,
     * waiting or running, fails with a reset connection. Returns how many failed.
     */
    int kill() {
        metrics.queued(-waiting.size());
        waiting.clear();
        if (reportedBusyCores != 0) {
            cpuSeconds = cpuSecondsUsed();
            busySince = simulation.now();
            metrics.busyCores(-reportedBusyCores);
            reportedBusyCores = 0;
        }
        int failed = 0;
        while (firstInFlight != null) {
            firstInFlight.killed();
            failed++;
        }
        busyWorkers = 0;
        return failed;
    }

    /** Gives {@code workSeconds} (times the version's latency factor) of CPU time to the caller, then runs {@code done}. */
    void burn(double workSeconds, Runnable done) {
        double factor = warmupSeconds > 0 ? version.latencyFactor() * warmupFactorNow() : version.latencyFactor();
        cpu.start(new CpuBurst(workSeconds * factor, done));
        syncBusyCores();
    }

    /** Simulated time now, seconds (for the spans of a traced request). */
    double now() {
        return simulation.now();
    }

    /** Waits {@code seconds} without using this pod's CPU (a sidecar's decision, a remote call's latency). */
    void pause(double seconds, Runnable done) {
        simulation.after(seconds, "wait", done);
    }

    private void burstDone(CpuBurst burst) {
        if (state == PodState.GONE) {
            return; // the container was killed; the burst's request has already failed
        }
        syncBusyCores();
        burst.onDone.run();
    }

    /** Tells the service how many of this pod's cores changed between idle and busy. */
    private void syncBusyCores() {
        double busy = cpu.busyCores();
        if (busy != reportedBusyCores) {
            double now = simulation.now();
            cpuSeconds += reportedBusyCores * (now - busySince);
            busySince = now;
            metrics.busyCores(busy - reportedBusyCores);
            reportedBusyCores = busy;
        }
    }

    @Override
    public String toString() {
        return name + " (" + state.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
