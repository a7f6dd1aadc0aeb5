package io.cloudmart.sim.scenario.output;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.model.security.SecurityLayer;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The {@code security} block of results.json: per zero-trust layer ({@code jwt}, {@code mtls}, {@code opa}) whether
 * the run had it and what it added after warm-up (see {@link SecurityOverhead}), the sum over the layers, and the CPU
 * price the costs use. Present when the scenario has a gateway, a mesh or an {@code authorize} step.
 */
final class SecurityJson {
    private SecurityJson() {
    }

    static Optional<ObjectNode> json(ScenarioSpec spec, ExperimentResult result) {
        return SecurityOverhead.of(spec, result).map(SecurityJson::block);
    }

    private static ObjectNode block(SecurityOverhead s) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        ObjectNode price = n.putObject("cpuPrice");
        ResultsJson.put(price, "perCoreHour", s.pricePerCoreHour());
        price.put("currency", s.currency());
        price.put("source", s.priceSource());
        ObjectNode layers = n.putObject("layers");
        for (SecurityLayer layer : SecurityLayer.values()) {
            ObjectNode l = layers.putObject(layer.key());
            l.put("enabled", s.enabled(layer));
            l.put("detail", s.detail(layer));
            for (SecurityOverhead.Figure figure : SecurityOverhead.Figure.values()) {
                put(l, figure, s.figure(layer, figure));
            }
        }
        ObjectNode total = n.putObject("total");
        for (SecurityOverhead.Figure figure : SecurityOverhead.Figure.values()) {
            if (figure.additive()) {
                put(total, figure, s.total(figure));
            }
        }
        return n;
    }

    private static void put(ObjectNode n, SecurityOverhead.Figure figure, double value) {
        if (figure.money()) {
            Money.put(n, figure.jsonName(), value);
        } else {
            ResultsJson.put(n, figure.jsonName(), value);
        }
    }
}
