package io.cloudmart.sim.scenario.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * One colour per service for the whole report: the {@code i}-th service of the scenario's list is palette colour
 * {@code i} (the colour-blind-safe set, and past its ten colours the same ones dashed) in every chart that has a line
 * or layer per service, whichever services that chart shows and in whatever order. A reader who learned that
 * {@code payment} is vermillion in the utilization chart finds it vermillion among the retries and in the bill.
 */
final class ServiceColours {
    private final Map<String, Integer> slots = new LinkedHashMap<>();

    private ServiceColours(List<String> services) {
        for (String service : services) {
            slots.putIfAbsent(service, slots.size());
        }
    }

    static ServiceColours of(ScenarioSpec spec) {
        return inOrder(List.copyOf(spec.services().keySet()));
    }

    /** Colours for {@code services} in this order. */
    static ServiceColours inOrder(List<String> services) {
        return new ServiceColours(services);
    }

    /** The palette index of {@code service}, or {@link Line#AUTO} for a name that is not a service. */
    int slot(String service) {
        return slots.getOrDefault(service, Line.AUTO);
    }

    /** {@code line} in the colour of {@code service} (as it is for a name that is not a service). */
    Line paint(String service, Line line) {
        int slot = slot(service);
        return slot == Line.AUTO ? line : line.withColour(slot);
    }

    /** The first palette index no service takes, for a line beside the services' (idle cost). */
    int firstFree() {
        return slots.size();
    }
}
