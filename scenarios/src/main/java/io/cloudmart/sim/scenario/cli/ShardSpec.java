package io.cloudmart.sim.scenario.cli;

import java.util.List;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.SafeText;

/**
 * {@code --shard k/N}: the share of a sweep's points one machine runs, k from 1 to N. Shard k takes the points
 * whose index (from 0) leaves k − 1 when divided by N, so neighbouring points (often of similar cost) spread over
 * the shards and shards take about equally long.
 *
 * @param k which shard, 1..n
 * @param n how many shards
 */
record ShardSpec(int k, int n) {
    /** Reads "k/N". */
    static ShardSpec parse(String text) throws ScenarioException {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                int k = Integer.parseInt(parts[0].strip());
                int n = Integer.parseInt(parts[1].strip());
                if (n >= 1 && k >= 1 && k <= n) {
                    return new ShardSpec(k, n);
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ScenarioException(List.of(new Issue("--shard " + SafeText.cut(text, 40), 0, 0, "",
                "write --shard k/N with 1 <= k <= N, e.g. --shard 2/8 (the second of eight shards)")));
    }

    /** True when point {@code index} is this shard's. */
    boolean includes(int index) {
        return index % n == k - 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
