package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The launcher ({@code cmsim} in the repository's root) records the classes of this run into its class-data-sharing
 * archive. Were the run refused, the launcher would quietly go without the archive and every run would start slower.
 */
class ArchiveTrainingRunTest {

    @Test
    void theLaunchersTrainingRunIsAccepted() {
        Cli cli = Cli.run("validate", "cloudmart", "--set", "duration=10s", "--set", "warmup=2s");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
    }
}
