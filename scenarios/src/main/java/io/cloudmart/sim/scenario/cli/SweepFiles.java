package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.scenario.output.OutputFile;
import io.cloudmart.sim.scenario.output.ResultsJson;

/**
 * The files a sweep writes, made in one place so that a single run and a merge of shards write the same bytes:
 * both make sweep.csv and report.html from points.jsonl's text, parsed back (docs/results.md).
 */
final class SweepFiles {
    private SweepFiles() {
    }

    /** The whole sweep's folder: sweep.csv, report.html and points.jsonl. */
    static Map<OutputFile, String> sweep(SweepIdentity id, List<SweepPointResult> points) {
        String lines = points(points);
        List<SweepPointResult> read = parse(lines);
        Map<OutputFile, String> files = new EnumMap<>(OutputFile.class);
        files.put(OutputFile.SWEEP, SweepCsv.render(id.grid(), read));
        files.put(OutputFile.REPORT, new HtmlReportWriter().render(SweepReport.build(id, read)));
        files.put(OutputFile.SWEEP_POINTS, lines);
        return files;
    }

    /** A shard's folder: shard.json and its points' points.jsonl. */
    static Map<OutputFile, String> shard(SweepIdentity id, ShardSpec shard, List<SweepPointResult> points) {
        ObjectNode manifest = id.json();
        ObjectNode s = manifest.putObject("shard");
        s.put("k", shard.k());
        s.put("n", shard.n());
        ArrayNode indices = s.putArray("points");
        points.forEach(p -> indices.add(p.index()));
        Map<OutputFile, String> files = new EnumMap<>(OutputFile.class);
        files.put(OutputFile.SWEEP_SHARD, ResultsJson.toJson(manifest));
        files.put(OutputFile.SWEEP_POINTS, points(points));
        return files;
    }

    static String points(List<SweepPointResult> points) {
        StringBuilder text = new StringBuilder();
        points.forEach(p -> text.append(p.jsonLine()).append('\n'));
        return text.toString();
    }

    /** The lines of a points.jsonl; throws IllegalArgumentException naming the bad line. */
    static List<SweepPointResult> parse(String text) {
        List<SweepPointResult> points = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                points.add(SweepPointResult.parse(lines[i]));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not a sweep point: " + e.getOriginalMessage());
            }
        }
        return points;
    }
}
