package io.cloudmart.sim.model.load.shape;

/**
 * Replays an {@link ArrivalTrace} exactly: a cursor over its sorted timestamps. Timestamps before
 * {@code now} (for example before a late start) are skipped; equal timestamps are all returned.
 */
final class TraceReplay implements ArrivalProcess {
    private final ArrivalTrace trace;
    private int cursor;

    TraceReplay(ArrivalTrace trace) {
        if (trace == null) {
            throw new IllegalArgumentException("replay needs a trace");
        }
        this.trace = trace;
    }

    @Override
    public double nextAfter(double now, double horizon) {
        ShapeArgs.time(now);
        ShapeArgs.horizon(horizon);
        if (cursor < trace.size() && trace.time(cursor) < now) {
            cursor = trace.firstAtOrAfter(now);
        }
        if (cursor == trace.size() || trace.time(cursor) > horizon) {
            return Double.POSITIVE_INFINITY;
        }
        return trace.time(cursor++);
    }
}
