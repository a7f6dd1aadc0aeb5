package io.cloudmart.sim.model.rollout;

/**
 * The requests a person's test Job sends to a blue-green rollout's preview Service while the preview stack is up and
 * not yet active: the only traffic the preview pods get, hence the data of a pre-promotion analysis. Sent at a fixed
 * spacing (no random stream, so adding a test shifts no other draw), to the preview's Ready pods in turn.
 *
 * @param endpoint      the service's endpoint the test calls
 * @param ratePerSecond requests per second, &gt; 0
 */
public record PreviewTest(String endpoint, double ratePerSecond) {
    public PreviewTest {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("a preview test's rate must be > 0 per second, got " + ratePerSecond);
        }
    }
}
