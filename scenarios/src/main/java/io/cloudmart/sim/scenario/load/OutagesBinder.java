package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.scenario.spec.OutageSpec;

/** Binds an {@code outages} list ({@code - {at, for}}) of a service or a cache. */
final class OutagesBinder {
    private OutagesBinder() {
    }

    static List<OutageSpec> outages(Binding b, Fields f) {
        List<OutageSpec> outages = new ArrayList<>();
        if (!f.has("outages")) {
            return outages;
        }
        List<JsonNode> elements = f.elements("outages");
        for (int i = 0; i < elements.size(); i++) {
            Fields outage = b.fields(elements.get(i), f.pathOf("outages") + "." + i);
            outages.add(new OutageSpec(b.read(outage, ServiceSchema.OUTAGE_AT, Double.NaN),
                    b.read(outage, ServiceSchema.OUTAGE_FOR, Double.NaN)));
        }
        return outages;
    }

    /** The outages written back in flow style, e.g. {@code [ { at: 10m, for: 5m } ]}. */
    static String yaml(List<OutageSpec> outages) {
        StringBuilder out = new StringBuilder("[ ");
        for (int i = 0; i < outages.size(); i++) {
            OutageSpec o = outages.get(i);
            out.append(i == 0 ? "" : ", ").append("{ at: ").append(Units.formatDuration(o.atSeconds())).append(", for: ")
                    .append(Units.formatDuration(o.forSeconds())).append(" }");
        }
        return out.append(" ]").toString();
    }
}
