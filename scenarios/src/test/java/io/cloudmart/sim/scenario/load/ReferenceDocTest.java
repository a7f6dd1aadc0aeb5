package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The field tables are written from the declarations. After changing a declaration, rewrite
     * them with {@code mvn -pl scenarios -am test -Dtest=ReferenceDocTest -Dcmsim.writeReference=true
     * -Dsurefire.failIfNoSpecifiedTests=false} and read the diff.
     */
    @Test
    void theFieldTablesAreTheDeclarations() throws Exception {
        assumeTrue(Files.isRegularFile(DOC), "run from the scenarios module of the source tree");
        String doc = Files.readString(DOC);
        String expected = ReferenceTables.update(doc);
        if (Boolean.getBoolean("cmsim.writeReference")) {
            Files.writeString(DOC, expected);
            doc = expected;
        }
        assertThat(ReferenceTables.marked(doc)).as("every declared table has its place in the reference")
                .containsExactlyInAnyOrderElementsOf(ReferenceTables.ids());
        assertThat(doc).as("docs/scenario-reference.md: rewrite its tables with -Dcmsim.writeReference=true").isEqualTo(expected);
    }

    @Test
    void everyLimitIsDocumentedWithItsValue() throws Exception {
        assumeTrue(Files.isRegularFile(DOC), "run from the scenarios module of the source tree");
        String doc = Files.readString(DOC);
        String limits = doc.substring(doc.indexOf("## Limits"), doc.indexOf("## Error messages"));
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("SCENARIO_BYTES", mebibytes(InputLimits.SCENARIO_BYTES));
        shown.put("DATA_FILE_BYTES", mebibytes(InputLimits.DATA_FILE_BYTES));
        shown.put("LINE_CHARS", String.format(Locale.US, "%,d characters", InputLimits.LINE_CHARS));
        shown.put("NESTING_DEPTH", InputLimits.NESTING_DEPTH + " levels");
        shown.put("NUMBER_CHARS", Maxima.NUMBER_CHARS + " characters");
        shown.put("RATE_PER_SECOND", String.format(Locale.US, "%,.0f requests per second", Maxima.RATE_PER_SECOND));
        shown.put("DURATION_SECONDS", "`" + Units.formatDuration(Maxima.DURATION_SECONDS) + "`");
        shown.put("TIMER_INTERVAL_SECONDS", "`" + Units.formatDuration(Maxima.TIMER_INTERVAL_SECONDS) + "`");
        shown.put("CPU_CORES", String.format(Locale.US, "%,.0f cores", Maxima.CPU_CORES));
        for (String count : List.of("REPLICATIONS", "REPLICAS", "CONCURRENCY", "SERVICES", "ENDPOINTS", "CALL_DEPTH",
                "PARTITIONS", "CONSUMERS", "CLIENT_CONSUMERS", "SAGA_STEPS")) {
            shown.put(count, String.format(Locale.US, "| %,d |", Maxima.class.getField(count).getInt(null)));
        }
        List<String> declared = new ArrayList<>();
        for (Class<?> limitsClass : List.of(InputLimits.class, Maxima.class)) {
            for (Field field : limitsClass.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    declared.add(field.getName());
                }
            }
        }
        assertThat(shown.keySet()).as("every limit has its documented form here").containsExactlyInAnyOrderElementsOf(declared);
        shown.forEach((name, text) -> assertThat(limits).as(name).contains(text));
    }

    private static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
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
