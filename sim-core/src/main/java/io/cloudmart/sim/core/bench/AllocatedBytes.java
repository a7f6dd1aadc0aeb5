package io.cloudmart.sim.core.bench;

import java.lang.management.ManagementFactory;

/**
 * The heap bytes allocated so far by all threads of this JVM, from HotSpot's per-thread allocation counters
 * ({@code com.sun.management.ThreadMXBean}). A count, not a timing: it does not depend on what else the
 * machine runs, so a change in bytes per request shows up even on a busy machine.
 */
public final class AllocatedBytes {
    private AllocatedBytes() {
    }

    /** Bytes allocated by all live and finished threads so far, or -1 when the JVM does not count them. */
    public static long total() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean hotspot
                && hotspot.isThreadAllocatedMemorySupported() && hotspot.isThreadAllocatedMemoryEnabled()) {
            return hotspot.getTotalThreadAllocatedBytes();
        }
        return -1;
    }
}
