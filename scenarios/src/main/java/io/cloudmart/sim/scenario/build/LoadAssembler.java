package io.cloudmart.sim.scenario.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.gateway.ClientPopulation;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.load.shape.ArrivalTrace;
import io.cloudmart.sim.model.load.shape.DailySine;
import io.cloudmart.sim.model.load.shape.RateShape;
import io.cloudmart.sim.model.load.shape.Schedule;
import io.cloudmart.sim.model.load.shape.Spike;
import io.cloudmart.sim.model.load.shape.TraceRate;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.LoadSpec;
import io.cloudmart.sim.scenario.spec.RateShapeSpec;

/** Turns the written load (rate, stages or shape; scale; clients; journeys) into the model's load. */
final class LoadAssembler {
    private LoadAssembler() {
    }

    static LoadConfig load(LoadSpec spec) {
        List<Journey> journeys = new ArrayList<>();
        for (Map.Entry<String, JourneySpec> e : spec.journeys().entrySet()) {
            JourneySpec j = e.getValue();
            journeys.add(new Journey(e.getKey(), j.weight(), j.service(), j.endpoint(), j.headers()));
        }
        ClientPopulation clients = new ClientPopulation(spec.clients().consumers(), spec.clients().botShare(),
                spec.clients().botIps());
        if (spec.shape() instanceof RateShapeSpec.ReplayShape replay) {
            return new LoadConfig(null, new ArrivalTrace(replay.times()), journeys, clients);
        }
        RateShape shape = spec.shape() == null ? stages(spec) : shape(spec.shape());
        return new LoadConfig(spec.scale() == 1.0 ? shape : shape.scaled(spec.scale()), null, journeys, clients);
    }

    private static RateShape stages(LoadSpec spec) {
        return LoadConfig.holds(spec.stages().stream().map(s -> new Stage(s.durationSeconds(), s.ratePerSecond())).toList());
    }

    private static RateShape shape(RateShapeSpec spec) {
        if (spec instanceof RateShapeSpec.ScheduleShape s) {
            Schedule.Builder builder = Schedule.startingAt(s.startRate());
            for (RateShapeSpec.SegmentSpec segment : s.segments()) {
                if (segment.rampTo() != null) {
                    builder.rampTo(segment.durationSeconds(), segment.rampTo());
                } else {
                    builder.hold(segment.durationSeconds(), segment.rate());
                }
            }
            return builder.build();
        }
        if (spec instanceof RateShapeSpec.SpikeShape s) {
            return new Spike(s.base(), s.peak(), s.atSeconds(), s.rampUpSeconds(), s.holdSeconds(), s.rampDownSeconds());
        }
        if (spec instanceof RateShapeSpec.DailyShape d) {
            return new DailySine(d.mean(), d.amplitude(), d.periodSeconds(), d.peakAtSeconds());
        }
        RateShapeSpec.TraceShape t = (RateShapeSpec.TraceShape) spec;
        return new TraceRate(t.intervalSeconds(), t.rates());
    }
}
