package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.mapOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import io.cloudmart.sim.scenario.spec.ClientsSpec;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.LoadSpec;
import io.cloudmart.sim.scenario.spec.RateShapeSpec;

/** {@code load}: the arrival rate (a constant, stages or a shape), the clients, and the journeys. */
final class LoadSchema {
    /** A call target, {@code service.endpoint}. */
    static final Kind<String> TARGET = Kind.text("`service.endpoint`", "^[^.]+\\.[^.]+$");
    static final Kind<String> CSV_PATH = Kind.text("CSV path", null);

    // ---------------------------------------------------------------- stages and journeys

    static final Field<Double> STAGE_DURATION = Field.required("duration", Kind.DURATION, "");
    static final Field<Double> STAGE_RATE = Field.required("rate", Kind.rate(false), "");
    static final Schema.Obj STAGE = obj(STAGE_DURATION, STAGE_RATE);

    static final Field<Double> WEIGHT = Field.of("weight", Kind.POSITIVE, JourneySpec.DEFAULT_WEIGHT, "");
    static final Field<String> CALL = Field.required("call", TARGET, "an existing service and one of its endpoints");
    static final Field<String> HEADER = Field.required("header", Kind.TEXT, "");
    static final Schema.Obj JOURNEY = obj(WEIGHT, CALL,
            section("headers", mapOf(HEADER), "map name → text", "none", "HTTP headers sent with every request of"
                    + " the journey, e.g. `{ x-cohort: beta }`; mesh routes match on them"));

    // ---------------------------------------------------------------- shapes

    static final Field<Double> START_RATE = Field.of("startRate", Kind.rate(true),
            RateShapeSpec.ScheduleShape.DEFAULT_START_RATE, "the level before the first segment; only with `schedule`")
            .note("(k6 `ramping-arrival-rate` `startRate`)").mirrors("k6 ramping-arrival-rate startRate");
    static final Field<Double> SEGMENT_DURATION = Field.required("duration", Kind.DURATION, "length of the segment");
    static final Field<Double> SEGMENT_RATE = Field.optional("rate", Kind.rate(true), "—", "the level the segment holds");
    static final Field<Double> RAMP_TO = Field.optional("rampTo", Kind.rate(true), "—",
            "the level the segment ramps to, linearly from the previous level; give `rate` or `rampTo`, not both")
            .mirrors("k6 ramping-arrival-rate stages[].target");
    static final Schema.Obj SEGMENT = obj(SEGMENT_DURATION, SEGMENT_RATE, RAMP_TO);

    static final Field<Double> BASE = Field.required("base", Kind.rate(true), "the rate outside the spike");
    static final Field<Double> PEAK = Field.required("peak", Kind.rate(true), "the rate at the top");
    static final Field<Double> AT = Field.required("at", Kind.DURATION_OR_ZERO, "when the ramp up starts");
    static final Field<Double> RAMP_UP = Field.of("rampUp", Kind.DURATION_OR_ZERO, 0.0, "");
    static final Field<Double> HOLD = Field.required("hold", Kind.DURATION_OR_ZERO,
            "time at the peak; `rampUp + hold + rampDown > 0`");
    static final Field<Double> RAMP_DOWN = Field.of("rampDown", Kind.DURATION_OR_ZERO, 0.0, "");
    static final Schema.Obj SPIKE = obj(BASE, PEAK, AT, RAMP_UP, HOLD, RAMP_DOWN);

    static final Field<Double> MEAN = Field.required("mean", Kind.rate(true), "the mean rate");
    static final Field<Double> AMPLITUDE = Field.required("amplitude", Kind.rate(true),
            "the swing around the mean; `amplitude <= mean`, `mean + amplitude <= " + Units.plain(Maxima.RATE_PER_SECOND)
                    + "`");
    static final Field<Double> PERIOD = Field.of("period", Kind.DURATION, RateShapeSpec.DailyShape.DEFAULT_PERIOD_SECONDS, "");
    static final Field<Double> PEAK_AT = Field.required("peakAt", Kind.DURATION_OR_ZERO,
            "shorter than `period`; time of the first peak");
    static final Schema.Obj DAILY = obj(MEAN, AMPLITUDE, PERIOD, PEAK_AT);

    static final Field<String> TRACE_FILE = Field.required("file", CSV_PATH,
            "relative to the scenario's folder, like `empirical`");
    static final Field<Double> INTERVAL = Field.required("interval", Kind.DURATION, "length of each row's interval");
    static final Schema.Obj TRACE = obj(TRACE_FILE, INTERVAL);

    static final Field<String> REPLAY_FILE = Field.required("file", CSV_PATH,
            "relative to the scenario's folder, like `empirical`");
    static final Schema.Obj REPLAY = obj(REPLAY_FILE);

    static final Schema.Obj SHAPE = obj(START_RATE,
            section("schedule", listOf(SEGMENT), "list of segments", "—", "at least one; each `{duration, rate}`"
                    + " (hold) or `{duration, rampTo}` (linear ramp from the previous level). The last level holds to"
                    + " the end of the run"),
            section("spike", SPIKE, "`{base, peak, at, rampUp, hold, rampDown}`", "—", "a flash sale: `base` until"
                    + " `at`, linear ramp to `peak`, `hold`, linear ramp back"),
            section("daily", DAILY, "`{mean, amplitude, period, peakAt}`", "—",
                    "`mean + amplitude × cos(2π (t − peakAt) / period)`"),
            section("trace", TRACE, "`{file, interval}`", "—", "a measured rate: CSV of requests per second, one row"
                    + " per interval from t = 0; the rate is 0 after the last row"),
            section("replay", REPLAY, "`{file}`", "—", "recorded arrivals replayed exactly, no Poisson draw: CSV of"
                    + " timestamps in seconds from the start, non-decreasing"));

    // ---------------------------------------------------------------- clients

    static final Field<Long> CONSUMERS = Field.of("consumers", Kind.whole(0, Maxima.CLIENT_CONSUMERS),
            (long) ClientsSpec.DEFAULT_CONSUMERS, "authenticated consumers sharing the non-bot traffic evenly;"
                    + " `>= 1` unless `share` is `1`").note("[ESTIMATE]");
    static final Field<Double> BOT_SHARE = Field.of("share", Kind.FRACTION, ClientsSpec.DEFAULT_BOT_SHARE,
            "the fraction of requests sent by bots");
    static final Field<Long> BOT_IPS = Field.of("ips", Kind.whole(1, (1 << 17) - 2), (long) ClientsSpec.DEFAULT_BOT_IPS,
            "distinct bot IPs; used only when `share > 0`");
    static final Schema.Obj BOTS = obj(BOT_SHARE, BOT_IPS);
    static final Schema.Obj CLIENTS = obj(CONSUMERS,
            section("bots", BOTS, "`{share, ips}`", "`{ share: 0, ips: 1 }`",
                    "requests from bots carry no consumer, only one of a few IPs"));

    // ---------------------------------------------------------------- load

    static final Field<Double> RATE = Field.optional("rate", Kind.rate(false), "—", "held for the whole run");
    static final Field<Double> SCALE = Field.of("scale", Kind.POSITIVE, LoadSpec.DEFAULT_SCALE, "multiplies whatever"
            + " rate form is used (`--set load.scale=2` doubles the load); the scaled peak may be at most `" + Units.plain(Maxima.RATE_PER_SECOND) + "`"
            + " requests per second. Not with `replay`, whose requests are recorded ones");

    static final Schema.Obj LOAD = obj(RATE,
            section("stages", listOf(STAGE), "list of `{duration, rate}`", "—", "at least one; see below"),
            section("shape", SHAPE, "section", "—", "a rate over time; see [Rate shapes](#rate-shapes)"),
            SCALE,
            section("clients", CLIENTS, "section", "see below",
                    "who sends the requests, as the gateway's rate limiter sees them"),
            section("journeys", mapOf(JOURNEY), "map name → journey", "**required**",
                    "at least one; names `[A-Za-z0-9][A-Za-z0-9_-]*`"));

    private LoadSchema() {
    }
}
