// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    /**
     * Memory a report takes while it is drawn, per film and per byte of results.json: the JSON tree
     * of the results and the figures. Measured (-Xlog:gc, the largest heap left after a collection)
     * on the Spark engine's results: 1.52 GB for 10^6 films (results.json 0.51 GB), 18.7 GB for 10^7
     * (5.1 GB, drawn in 6 min 41 s with -Xmx19g): 1.9 kB a film, under 4 bytes a byte.
     */
    static final long REPORT_BYTES_PER_FILM = 1_900;
    static final long REPORT_BYTES_PER_RESULTS_BYTE = 4;

    /** What was written: the report, unless it was turned off, or else why it was not drawn. */
    record Written(Optional<RenderedReport> report, Optional<String> notDrawn) {
    }

    /**
     * Writes the run's folder; the report only if the memory it needs is there, so that a run of
     * millions of films is never lost to a report that cannot be drawn: results.json is then
     * written alone and the summary says how to draw the report.
     *
     * @param engine what ran the steps, for the provenance, when it was not the in-process engine
     */
    static Written write(RunResult result, Optional<ObjectNode> engine, Path dir, boolean withReport, PrintStream err)
            throws IOException {
        return write(result, engine, dir, withReport ? (long) result.dataset().rowCount() * REPORT_BYTES_PER_FILM : -1,
                err);
    }

    /** @param reportNeed the memory the report needs, or -1 for no report */
    static Written write(RunResult result, Optional<ObjectNode> engine, Path dir, long reportNeed, PrintStream err)
            throws IOException {
        Optional<String> shortfall = reportNeed < 0 ? Optional.empty() : shortfall(reportNeed);
        if (reportNeed < 0 || shortfall.isPresent()) {
            // Streamed: a run of millions of films is written without a JSON tree of them.
            ResultsWriter.write(result, engine, dir);
            return new Written(Optional.empty(), shortfall.map(why -> "the report of "
                    + String.format(Locale.ROOT, "%,d", result.dataset().rowCount()) + " films " + why
                    + "; results.json is complete: draw the report with " + command(dir, reportNeed)));
        }
        ObjectNode json = ResultsWriter.toJson(result);
        engine.ifPresent(e -> ((ObjectNode) json.get("provenance")).set("engine", e));
        return new Written(RunFolder.write(json, dir, true, new ConsoleMonitor(err)), Optional.empty());
    }

    /**
     * Why {@code need} bytes cannot be had, if they cannot: the heap's limit less what is in use.
     * What is in use counts garbage too, so before refusing, the heap is collected once (a second
     * at most, and only for runs of about a million films or more).
     */
    static Optional<String> shortfall(long need) {
        Runtime heap = Runtime.getRuntime();
        if (need <= heap.maxMemory() - (heap.totalMemory() - heap.freeMemory())) {
            return Optional.empty();
        }
        System.gc();
        long free = heap.maxMemory() - (heap.totalMemory() - heap.freeMemory());
        if (need <= free) {
            return Optional.empty();
        }
        return Optional.of("needs about " + gigabytes(need) + " of memory and " + gigabytes(free)
                + " is free (of the " + gigabytes(heap.maxMemory()) + " FilmLab may use)");
    }

    /** The command that draws the report with enough heap: what it needs and 1 GB for FilmLab itself. */
    private static String command(Path dir, long need) {
        long gb = (long) Math.ceil(Math.min(need, Long.MAX_VALUE / 2) / 1e9) + 1;
        return "JAVA_TOOL_OPTIONS=-Xmx" + gb + "g filmlab report --from " + dir;
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }

    /**
     * Starts {@link ReportRenderer#warmUp} on a thread of its own: the first figures of a JVM
     * otherwise pay for loading fonts and chart classes, ~0.2 s each on the sample's report.
     */
    static void warmUp() {
        Thread warm = new Thread(ReportRenderer::warmUp, "filmlab report warm-up");
        warm.setDaemon(true);
        warm.start();
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
        // The report replaces the run's folder: not one the user has added files to.
        FilmLabCommand.outputFolder("--from", from);
        long need = Files.size(results) * REPORT_BYTES_PER_RESULTS_BYTE;
        Optional<String> shortfall = shortfall(need);
        if (shortfall.isPresent()) {
            throw InputException.inFile(results.toString(), "drawing the report of these results " + shortfall.get()
                    + "; give FilmLab more: " + command(dir, need));
        }
        // Fonts and chart classes load on the second core while results.json is read.
        warmUp();
        JsonNode json;
        try (InputStream in = Files.newInputStream(results)) {
            json = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw InputException.inFile(results.toString(), "not readable as JSON: " + e.getMessage(), e);
        }
        RenderedReport[] rendered = new RenderedReport[1];
        try {
            ResultsWriter.writeFolder(dir, tmp -> {
                // Copied, not read into one array: the results of 10^7 films are 5 GB, past an array's 2 GB.
                Files.copy(results, tmp.resolve("results.json"));
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
