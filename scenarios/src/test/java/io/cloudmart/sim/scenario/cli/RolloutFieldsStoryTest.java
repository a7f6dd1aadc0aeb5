package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The canary's further fields over a running shop, each a variant of test resource {@code load/rollout.yaml} (5
 * replicas of api, start at 2 min; 20 %, a 1 min pause, a success-rate analysis, 30 %, a 1 min pause, 70 %, an
 * indefinite pause promoted at 10 min; v2 with 10 % errors unless said otherwise): setCanaryScale, a background
 * analysis, the progress deadline, a dry-run metric, consecutiveSuccessLimit, and an HPA that scales the Rollout.
 */
class RolloutFieldsStoryTest {
    private static final String CONTROLLER = "rollout/api";
    private static final String STEPS = """
                  - setWeight: 20
                  - pause: { duration: 1m }
                  - analysis: { templates: [ { templateName: success-rate } ] }
                  - setWeight: 30
                  - pause: { duration: 1m }
                  - setWeight: 70
                  - pause: {}
            """;
    /** Where api's endpoints begin: a section of api goes before it. */
    private static final String ENDPOINTS = "    endpoints:\n      get:\n        work:";
    private static final String GOOD = "v2: { replicas: 1, errorRate: 0 }";
    private static final String BAD = "v2: { replicas: 1, errorRate: 0.1 }";

    private static StoryRun scaled;
    private static StoryRun backgroundBad;
    private static StoryRun backgroundGood;
    private static StoryRun backgroundInconclusive;
    private static StoryRun stuck;
    private static StoryRun stuckAbort;
    private static StoryRun dryRun;
    private static StoryRun consecutive;
    private static StoryRun hpa;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        String base;
        try (InputStream in = RolloutFieldsStoryTest.class.getResourceAsStream("/load/rollout.yaml")) {
            base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(base).contains(STEPS.stripTrailing(), BAD);
        // pods apart from the weight: 3 canary pods at 20 %, then 60 % of 5 = 3 pods at 30 %, then back to the weight
        scaled = run(dir, "scaled", base.replace(STEPS, """
                      - setCanaryScale: { replicas: 3 }
                      - setWeight: 20
                      - pause: { duration: 1m }
                      - setCanaryScale: { weight: 60 }
                      - setWeight: 30
                      - pause: { duration: 1m }
                      - setCanaryScale: { matchTrafficWeight: true }
                      - setWeight: 70
                      - pause: {}
                """).replace(BAD, GOOD));
        // a background run every 20 s from the pause (step 1) on, beside the step analysis
        String background = base.replace("    promote: [10m]", "    analysis:\n"
                + "      templates: [ { templateName: success-rate-every-20s } ]\n"
                + "      startingStep: 1\n"
                + "    promote: [10m]").replace("analysisTemplates:\n", """
                analysisTemplates:
                  success-rate-every-20s:
                    metrics:
                      - name: background-success-rate
                        provider: { versionMetric: successRate, window: 20s }
                        interval: 20s
                        successCondition: result >= 0.95
                """);
        backgroundBad = run(dir, "background-bad", background);
        backgroundGood = run(dir, "background-good", background.replace(BAD, GOOD));
        // 20 % errors: neither >= 95 % nor < 50 %, Inconclusive; no step analysis, so only the background run decides
        backgroundInconclusive = run(dir, "background-inconclusive", background
                .replace("      - analysis: { templates: [ { templateName: success-rate } ] }\n", "")
                .replace("        interval: 20s\n        successCondition: result >= 0.95\n",
                        "        interval: 20s\n        successCondition: result >= 0.95\n"
                                + "        failureCondition: result < 0.5\n")
                .replace(BAD, "v2: { replicas: 1, errorRate: 0.2 }"));
        // the canary's pods take 3 minutes to start: the first setWeight step makes no progress for 60 s
        String slowStart = base.replace(ENDPOINTS, "    startup: { appStart: 3m }\n" + ENDPOINTS)
                .replace("    abortScaleDownDelaySeconds: 30",
                        "    abortScaleDownDelaySeconds: 30\n    progressDeadlineSeconds: 60").replace(BAD, GOOD);
        stuck = run(dir, "stuck", slowStart);
        stuckAbort = run(dir, "stuck-abort", slowStart.replace("progressDeadlineSeconds: 60",
                "progressDeadlineSeconds: 60\n    progressDeadlineAbort: true"));
        // the failing success rate as a dry-run metric: measured, never decides
        dryRun = run(dir, "dry-run", base.replace("        successCondition: result >= 0.95\n", """
                        successCondition: result >= 0.95
                    dryRun: [ { metricName: success } ]
                """));
        // 6 measurements 10 s apart at most, Successful after 2 in a row
        consecutive = run(dir, "consecutive", base.replace("        successCondition: result >= 0.95\n", """
                        successCondition: result >= 0.95
                        interval: 10s
                        count: 6
                        consecutiveSuccessLimit: 2
                """).replace(BAD, GOOD));
        // load triples at 3 min, in the middle of the update; the HPA (CPU 30 %) scales the Rollout from 5 pods
        hpa = run(dir, "hpa", base.replace("  rate: 50\n", """
                  stages:
                    - { duration: 3m, rate: 50 }
                    - { duration: 12m, rate: 150 }
                """).replace(ENDPOINTS, """
                    hpa:
                      minReplicas: 5
                      maxReplicas: 12
                      metrics:
                        - type: Resource
                          resource: { name: cpu, target: { type: Utilization, averageUtilization: 30 } }
                """ + ENDPOINTS).replace(BAD, GOOD));
    }

    private static StoryRun run(Path dir, String name, String scenario) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, scenario);
        return StoryRun.of(dir.resolve(name), file.toString());
    }

    private static JsonNode rollout(StoryRun run) {
        return run.results().at("/rollouts/api");
    }

    private static double stepStart(StoryRun run, int step) {
        return rollout(run).at("/steps/" + step + "/startSeconds").asDouble();
    }

    /** The last {@code scaled} line at or before {@code t}: the two Deployments' replicas the rollout asked for. */
    private static JsonNode scaledAt(StoryRun run, double t) {
        JsonNode last = null;
        for (JsonNode e : run.events(CONTROLLER, "scaled")) {
            if (e.get("timeSeconds").asDouble() <= t) {
                last = e;
            }
        }
        assertThat(last).as("a scaled line by " + t + " s").isNotNull();
        return last;
    }

    @Test
    void setCanaryScaleSetsTheCanarysPodsApartFromItsWeight() {
        JsonNode r = rollout(scaled);
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        // during the first pause (step 2): 3 pods for 20 % of the traffic; ceil(20 % x 5) would be 1
        assertThat(scaledAt(scaled, stepStart(scaled, 2) + 30).at("/inputs/canaryReplicas").asInt()).isEqualTo(3);
        // during the second pause (step 5): weight 60 % of 5 replicas = 3 pods, at 30 % traffic (ceil would be 2)
        assertThat(scaledAt(scaled, stepStart(scaled, 5) + 30).at("/inputs/canaryReplicas").asInt()).isEqualTo(3);
        // matchTrafficWeight, then 70 %: ceil(70 % x 5) = 4
        assertThat(scaledAt(scaled, stepStart(scaled, 8) + 1).at("/inputs/canaryReplicas").asInt()).isEqualTo(4);
        assertThat(scaled.events(CONTROLLER, "WeightSet")).extracting(e -> e.at("/inputs/toWeight").asInt())
                .containsExactly(20, 30, 70, 100);
        assertThat(scaled.events(CONTROLLER, "StepStarted")).extracting(e -> e.at("/inputs/kind").asText())
                .startsWith("setCanaryScale", "setWeight");
    }

    @Test
    void aFailingBackgroundAnalysisAbortsFromItsStartingStepOn() {
        JsonNode r = rollout(backgroundBad);
        double pauseStart = stepStart(backgroundBad, 1);
        assertThat(r.get("outcome").asText()).isEqualTo("aborted");
        assertThat(r.get("why").asText()).startsWith("BACKGROUND_ANALYSIS").contains("background-success-rate", "Failed");
        List<JsonNode> background = backgroundBad.events(CONTROLLER, "measurement").stream()
                .filter(e -> e.at("/inputs/analysis").asText().equals("background")).toList();
        // nothing before the starting step. As it begins the canary has just got its weight and served nothing: no
        // data, an Error; Argo measures again after its 10 s error retry interval, and that Failed (10 % errors)
        // aborts at once, before the step analysis at the end of the pause
        assertThat(background).extracting(e -> e.get("timeSeconds").asDouble(), e -> e.at("/inputs/phase").asText())
                .containsExactly(tuple(pauseStart, "Error"), tuple(pauseStart + 10, "Failed"));
        assertThat(r.get("atSeconds").asDouble()).isEqualTo(pauseStart + 10);
        assertThat(r.get("steps")).as("the step analysis never began").hasSize(2);
        assertThat(backgroundBad.events(CONTROLLER, "backgroundAnalysisRunFailed")).hasSize(1);
        assertThat(r.get("measurements")).hasSize(2);
    }

    @Test
    void aPassingBackgroundAnalysisMeasuresUntilPromotionThenStops() {
        JsonNode r = rollout(backgroundGood);
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        double promotedAt = r.get("atSeconds").asDouble();
        double pauseStart = stepStart(backgroundGood, 1);
        List<Double> times = backgroundGood.events(CONTROLLER, "measurement").stream()
                .filter(e -> e.at("/inputs/analysis").asText().equals("background"))
                .map(e -> e.get("timeSeconds").asDouble()).toList();
        // from the starting step (no data yet: an Error, retried 10 s later), then every 20 s until the promotion
        assertThat(times.subList(0, 2)).containsExactly(pauseStart, pauseStart + 10);
        assertThat(times.size()).isGreaterThan(20);
        for (int i = 2; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isEqualTo(20);
        }
        assertThat(times.get(times.size() - 1)).isGreaterThan(promotedAt - 20).isLessThanOrEqualTo(promotedAt);
        assertThat(backgroundGood.events(CONTROLLER, "backgroundAnalysisRunTerminated")).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isEqualTo(promotedAt));
    }

    /**
     * An Inconclusive background run pauses the rollout (InconclusiveAnalysisRun) and is not read while the pause
     * holds; the promote at 10 min clears it and skips the running step, and Argo starts a new background run
     * ({@code needsNewAnalysisRun}), whose first measurement is Inconclusive again and pauses the rollout again.
     */
    @Test
    void anInconclusiveBackgroundRunPausesAndAPromoteStartsANewOne() {
        JsonNode r = rollout(backgroundInconclusive);
        double pauseStart = stepStart(backgroundInconclusive, 1);
        assertThat(backgroundInconclusive.events(CONTROLLER, "measurement"))
                .extracting(e -> e.get("timeSeconds").asDouble(), e -> e.at("/inputs/phase").asText())
                .containsExactly(tuple(pauseStart, "Error"), tuple(pauseStart + 10, "Inconclusive"),
                        tuple(600.0, "Inconclusive"));
        assertThat(backgroundInconclusive.events(CONTROLLER, "Paused")).extracting(e -> e.get("timeSeconds").asDouble(),
                e -> e.at("/inputs/reason").asText()).contains(tuple(pauseStart + 10, "InconclusiveAnalysisRun"),
                tuple(600.0, "InconclusiveAnalysisRun"));
        assertThat(backgroundInconclusive.events(CONTROLLER, "backgroundAnalysisRunInconclusive")).hasSize(2);
        assertThat(r.get("outcome").asText()).isEqualTo("paused");
        assertThat(r.get("why").asText()).isEqualTo("InconclusiveAnalysisRun");
        assertThat(r.get("atSeconds").asDouble()).isEqualTo(600);
    }

    @Test
    void aStepWithoutProgressPassesTheDeadlineAndAbortsOnlyWhenAsked() {
        double deadline = 120 + 60;
        // each setWeight step waits 3 minutes for its new pod: 60 s after each one starts, the deadline passes
        List<Double> setWeightStarts = stuck.events(CONTROLLER, "StepStarted").stream()
                .filter(e -> e.at("/inputs/kind").asText().equals("setWeight"))
                .map(e -> e.get("timeSeconds").asDouble() + 60).toList();
        assertThat(stuck.events(CONTROLLER, "ProgressDeadlineExceeded")).extracting(e -> e.get("timeSeconds").asDouble())
                .startsWith(deadline).isEqualTo(setWeightStarts);
        // without progressDeadlineAbort the rollout goes on once each pod is Ready, to the last, indefinite pause (the
        // promote at 10 min came during an earlier pause)
        assertThat(rollout(stuck).get("outcome").asText()).isEqualTo("paused");
        assertThat(rollout(stuck).get("steps")).hasSize(7);
        assertThat(stepStart(stuck, 1)).isGreaterThan(120 + 180);

        JsonNode r = rollout(stuckAbort);
        assertThat(r.get("outcome").asText()).isEqualTo("aborted");
        assertThat(r.get("atSeconds").asDouble()).isEqualTo(deadline);
        assertThat(r.get("why").asText()).startsWith("PROGRESS_DEADLINE");
        // the canary never got traffic; its (still starting) pod is removed abortScaleDownDelaySeconds later
        assertThat(stuckAbort.events(CONTROLLER, "WeightSet")).isEmpty();
        assertThat(stuckAbort.events(CONTROLLER, "RevisionScaledDown")).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isEqualTo(deadline + 30));
        assertThat(r.get("canaryRequests").asLong()).isZero();
    }

    @Test
    void aDryRunMetricIsMeasuredButNeverDecides() {
        JsonNode r = rollout(dryRun);
        assertThat(r.get("measurements")).singleElement()
                .satisfies(m -> assertThat(m.get("phase").asText()).isEqualTo("Failed"));
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        assertThat(dryRun.events(CONTROLLER, "analysisRunSuccessful")).hasSize(1);
        assertThat(r.get("canaryErrors").asLong()).isPositive();
    }

    @Test
    void consecutiveSuccessLimitEndsTheAnalysisEarly() {
        JsonNode r = rollout(consecutive);
        double analysisStart = stepStart(consecutive, 2);
        assertThat(r.get("measurements")).extracting(m -> m.get("atSeconds").asDouble())
                .containsExactly(analysisStart, analysisStart + 10);
        assertThat(stepStart(consecutive, 3)).isEqualTo(analysisStart + 10);
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
    }

    /**
     * The HPA writes the Rollout's replicas; at every step the canary has ceil(weight × replicas / 100) of them and
     * the stable all of them, the weight being the last setWeight at or before the step.
     */
    @Test
    void anHpasReplicasAreSplitByTheCanaryMathAtEveryStep() {
        JsonNode r = rollout(hpa);
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        int[] stepWeight = {20, 20, 20, 30, 30, 70, 70, 100}; // past the last step: all of them, before promotion
        int step = -1;
        boolean promoted = false;
        int checked = 0;
        int most = 0;
        for (JsonNode e : hpa.events()) {
            if (!e.get("controller").asText().equals(CONTROLLER)) {
                continue;
            }
            switch (e.get("decision").asText()) {
                case "StepStarted" -> step = e.at("/inputs/step").asInt();
                case "StepCompleted" -> step = e.at("/inputs/step").asInt() + 1;
                case "Promoted" -> promoted = true;
                case "scaled" -> {
                    int replicas = e.at("/inputs/replicas").asInt();
                    int canary = e.at("/inputs/canaryReplicas").asInt();
                    int stable = e.at("/inputs/stableReplicas").asInt();
                    if (step < 0) {
                        assertThat(canary).as("before the update").isZero();
                        assertThat(stable).isEqualTo(replicas);
                    } else if (!promoted) {
                        assertThat(canary).as("at step %d with %d replicas", step, replicas)
                                .isEqualTo((int) Math.ceil(stepWeight[step] * replicas / 100.0));
                        assertThat(stable).isEqualTo(replicas);
                        checked++;
                        most = Math.max(most, replicas);
                    } else {
                        assertThat(canary).as("promoted").isEqualTo(replicas);
                    }
                }
                default -> {
                }
            }
        }
        assertThat(checked).isGreaterThan(3);
        assertThat(most).as("the HPA scaled the Rollout during the update").isGreaterThan(5);
        // every scale-up of the HPA is the Rollout's replicas in the same instant
        List<JsonNode> ups = hpa.events("hpa/api", "scaleUp");
        assertThat(ups).isNotEmpty();
        for (JsonNode up : ups) {
            double t = up.get("timeSeconds").asDouble();
            assertThat(scaledAt(hpa, t).at("/inputs/replicas").asInt()).as("at %s s", t)
                    .isEqualTo(up.at("/inputs/desiredReplicas").asInt());
        }
    }
}
