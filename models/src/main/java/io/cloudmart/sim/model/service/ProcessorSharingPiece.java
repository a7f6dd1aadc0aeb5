package io.cloudmart.sim.model.service;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The processor-sharing reschedule alone, for {@code cmsim bench}'s pieces: a pod with more workers than cores
 * ({@link ProcessorSharing}) kept busy by a closed loop, each finished burst starting the next at once, so every
 * start and every finish moves the one pending finish event. Bursts need exponential CPU times drawn before
 * the clock starts.
 */
public final class ProcessorSharingPiece {
    /** Workers of the pod, all busy all the time. */
    public static final int WORKERS = 8;
    /** Cores they share. */
    public static final double CORES = 2;
    private static final int WORK = 1 << 16;

    private final Simulation simulation;
    private final ProcessorSharing cpu;
    private final double[] work = new double[WORK];
    private final long bursts;
    private long started;
    private long finished;
    private double workStarted;
    private double lastFinish;

    private ProcessorSharingPiece(Simulation simulation, RandomStream stream, long bursts) {
        this.simulation = simulation;
        this.bursts = bursts;
        for (int i = 0; i < WORK; i++) {
            work[i] = -0.010 * Math.log(stream.nextOpenDouble()); // 10 ms of CPU on average
        }
        this.cpu = new ProcessorSharing(simulation, CORES, this::done);
    }

    /**
     * Schedules the first {@link #WORKERS} bursts on {@code simulation}; running it finishes {@code bursts} bursts
     * (then the loop stops), each with one start and one finish, both rescheduling the finish event.
     */
    public static ProcessorSharingPiece install(Simulation simulation, RandomStream stream, long bursts) {
        ProcessorSharingPiece piece = new ProcessorSharingPiece(simulation, stream, bursts);
        simulation.after(0, "bench: first bursts", () -> {
            for (int i = 0; i < WORKERS; i++) {
                piece.startNext();
            }
        });
        return piece;
    }

    private void startNext() {
        if (started < bursts) {
            double seconds = work[(int) (started++ & (WORK - 1))];
            workStarted += seconds;
            cpu.start(new CpuBurst(seconds, null));
        }
    }

    private void done(CpuBurst burst) {
        finished++;
        lastFinish = simulation.now();
        startNext();
    }

    /** CPU seconds of all the bursts started. */
    public double workSeconds() {
        return workStarted;
    }

    /** When the last burst finished, simulated seconds. */
    public double lastFinishSeconds() {
        return lastFinish;
    }

    /** Bursts finished so far. */
    public long finished() {
        return finished;
    }
}
