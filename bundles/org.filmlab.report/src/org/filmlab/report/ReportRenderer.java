// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.report.internal.Node;
import org.filmlab.report.internal.Report;
import org.filmlab.report.internal.Trees;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders a self-contained {@code report.html} and its figures from a run's results, without
 * recomputing anything: one section per result part, drawn by the renderer contributed for its part
 * type (extension point {@code org.filmlab.report.sections}), titled by the step that produced it.
 * The same results give the same bytes in every file, so a saved run can be re-rendered.
 * <p>
 * Writes {@code folder/report.html} and {@code folder/figures/NAME.svg} and {@code NAME.png} (a
 * slider's frames as {@code NAME.svg} only), and nothing outside {@code folder}. A part with no installed renderer, or whose renderer fails, gets a
 * note instead of its section; the returned record and the report say which and why. Charts are drawn with AWT, so the JVM should run with {@code java.awt.headless=true} when
 * there is no display.
 */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    /**
     * Loads what the first figure of a JVM otherwise pays for (font configuration, Java2D's
     * rasteriser, JFreeChart's and JFreeSVG's classes) by drawing a small chart once, to nothing.
     * Optional: a caller that knows a report will follow can run it on another thread while the
     * analysis runs, so that the report does not start cold. Never throws.
     */
    public static void warmUp() {
        try {
            org.filmlab.report.internal.Report.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the real rendering reports any problem.
        }
    }

    /**
     * @param results a results tree of format {@code filmlab.results/2} (as {@code ResultsWriter.toJson} makes it)
     * @param folder  an existing folder to write into (the caller makes it atomic)
     * @param monitor progress and cancellation; may be null
     * @return the files written, the figures and sections not drawn and the time taken
     * @throws MalformedResultsException if a key the report needs is missing or of the wrong kind, or the
     *         tree is of another format; {@link MalformedResultsException#key()} names it
     * @throws IOException if a file cannot be written
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor is canceled
     */
    public static RenderedReport render(JsonNode results, Path folder, IProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(results, "results");
        try {
            return render(Trees.results(results, Trees.partTypes()), folder, monitor);
        } catch (Node.Malformed e) {
            throw new MalformedResultsException(e.key(), e.getMessage());
        }
    }

    /** As {@link #render(JsonNode, Path, IProgressMonitor)}, for a run in memory: the tree {@link ResultsWriter} writes. */
    public static RenderedReport render(RunResult run, Path folder, IProgressMonitor monitor) throws IOException {
        return render(ResultsWriter.toJson(Objects.requireNonNull(run, "run")), folder, monitor);
    }

    /** As {@link #render(JsonNode, Path, IProgressMonitor)}, for results already read by {@link ResultsReader}. */
    public static RenderedReport render(ResultsReader.Results results, Path folder, IProgressMonitor monitor)
            throws IOException {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(folder, "folder");
        try {
            return Report.render(results, folder, monitor);
        } catch (Node.Malformed e) {
            throw new MalformedResultsException(e.key(), e.getMessage());
        }
    }
}
