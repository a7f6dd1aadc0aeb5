package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/scenario-reference.md names every field of the schema and every distribution and parameter. */
class ReferenceDocTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-reference.md");

    @Test
    void everyFieldAndDistributionIsDocumented() throws Exception {
        assumeTrue(Files.isRegularFile(DOC), "run from the scenarios module of the source tree");
        String doc = Files.readString(DOC);

        List<String> fields = new ArrayList<>();
        collect(Schema.SCENARIO, fields);
        for (String field : fields) {
            assertThat(doc).as("field " + field).contains("`" + field + "`");
        }
        Distributions.CATALOGUE.forEach((name, params) -> {
            assertThat(doc).as("distribution " + name).contains("`" + name + "(");
            params.forEach(p -> assertThat(doc).as(name + " parameter " + p.name()).contains("`" + p.name() + "`"));
        });
    }

    private static void collect(Schema schema, List<String> names) {
        if (schema instanceof Schema.Obj obj) {
            obj.fields().forEach((name, child) -> {
                names.add(name);
                collect(child, names);
            });
        } else if (schema instanceof Schema.MapOf map) {
            collect(map.value(), names);
        } else if (schema instanceof Schema.ListOf list) {
            collect(list.element(), names);
        } else if (schema instanceof Schema.ScalarOr either) {
            collect(either.obj(), names);
        }
        // Schema.Lazy stands for a schema collected where it is defined (no endless recursion).
    }
}
