// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.filmlab.core.data.InputException;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.report.RenderedReport;
import org.filmlab.report.ReportRenderer;
import org.filmlab.report.RunFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a run's folder (results.json, then the report rendered from that same JSON) in one
 * atomic step, and re-renders a saved folder's report. The report is made from the JSON, never from
 * live objects, so that {@code filmlab report --from} draws exactly what {@code run} drew.
 */
final class Reports {

    private Reports() {
    }

    /** What was written: the report, unless it was turned off. */
    record Written(Optional<RenderedReport> report) {
    }

    /**
     * @param engine what ran the steps, for the provenance, when it was not the in-process engine
     */
    static Written write(RunResult result, Optional<ObjectNode> engine, Path dir, boolean withReport, PrintStream err)
            throws IOException {
        if (!withReport) {
            // Streamed: a run of millions of films is written without a JSON tree of them.
            ResultsWriter.write(result, engine, dir);
            return new Written(Optional.empty());
        }
        ObjectNode json = ResultsWriter.toJson(result);
        engine.ifPresent(e -> ((ObjectNode) json.get("provenance")).set("engine", e));
        return new Written(RunFolder.write(json, dir, true, new ConsoleMonitor(err)));
    }

    static int rerender(Map<String, String> options, PrintStream out, PrintStream err)
            throws InputException, IOException {
        String from = options.get("--from");
        if (from == null) {
            throw InputException.inParameter("--from", "name the folder of a run (the one holding results.json)");
        }
        Path dir = Path.of(from);
        Path results = dir.resolve("results.json");
        if (!Files.isRegularFile(results)) {
            throw InputException.inFile(results.toString(), "no such file; run 'filmlab run --out " + from
                    + "' first");
        }
        JsonNode json;
        try (InputStream in = Files.newInputStream(results)) {
            json = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw InputException.inFile(results.toString(), "not readable as JSON: " + e.getMessage(), e);
        }
        byte[] original = Files.readAllBytes(results);
        RenderedReport[] rendered = new RenderedReport[1];
        try {
            ResultsWriter.writeFolder(dir, tmp -> {
                Files.write(tmp.resolve("results.json"), original);
                rendered[0] = ReportRenderer.render(json, tmp, new ConsoleMonitor(err));
            });
        } catch (org.filmlab.report.MalformedResultsException e) {
            throw InputException.inFile(results.toString(), e.getMessage(), e);
        }
        out.printf("Report: %s (%d files, rendered in %.2f s)%n", dir.resolve("report.html"),
                rendered[0].files().size(), rendered[0].elapsed().toNanos() / 1e9);
        rendered[0].skipped().forEach(s -> out.println("  not drawn: " + s));
        return FilmLabCommand.EXIT_OK;
    }
}
