package io.cloudmart.sim.scenario.cli;

import java.util.concurrent.Callable;

import io.cloudmart.sim.scenario.load.JsonSchemaExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code cmsim schema}: the JSON Schema of a scenario file, for editors that check YAML as it is typed. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the JSON Schema (draft 2020-12) of a scenario file, e.g. for an editor's YAML support.")
final class SchemaCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        commandSpec.commandLine().getOut().print(JsonSchemaExport.text());
        commandSpec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
