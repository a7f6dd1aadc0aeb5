package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubcommandsTest {

    @Test
    void aNamedSubcommandIsTheOnlyOneRegistered() {
        assertThat(Subcommands.neededBy(new String[] {"run", "mmc-check", "--quiet"})).containsExactly(RunCommand.class);
        assertThat(Subcommands.neededBy(new String[] {"list"})).containsExactly(ListCommand.class);
    }

    @Test
    void replayAlsoNeedsRunWhichItRunsAgain() {
        assertThat(Subcommands.neededBy(new String[] {"replay", "out/x"}))
                .containsExactly(RunCommand.class, ReplayCommand.class);
    }

    @Test
    void theVersionAloneNeedsNone() {
        assertThat(Subcommands.neededBy(new String[] {"--version"})).isEmpty();
        assertThat(Subcommands.neededBy(new String[] {"-V"})).isEmpty();
    }

    @Test
    void anythingElseNeedsAll() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"rnu", "x"},
                new String[] {"--version", "run"})) {
            assertThat(Subcommands.neededBy(args)).isEqualTo(Subcommands.ALL);
        }
    }

    @Test
    void everySubcommandHasItsOwnName() {
        assertThat(Subcommands.ALL.stream().map(Subcommands::name))
                .containsExactly("run", "validate", "list", "explain", "bench", "compare", "sweep", "schema", "replay");
    }

    @Test
    void theCommandLineStillListsEverySubcommandAndRefusesAnUnknownOne() {
        Cli help = Cli.run("--help");
        assertThat(help.out()).contains("run", "validate", "explain", "bench", "compare", "sweep", "schema", "replay");
        Cli typo = Cli.run("replya");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(typo.err()).contains("Unmatched argument at index 0: 'replya'");
        assertThat(Cli.run("--version").out()).startsWith("cmsim ");
    }
}
