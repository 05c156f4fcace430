// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.report.internal.Node;
import org.filmlab.report.internal.Report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the figures of Chen, Duquesnoy et al., ACS Energy Letters 2021 and a self-contained
 * {@code report.html} from a results.json tree, without recomputing anything: the same tree gives
 * the same bytes in every file, so a saved run can be re-rendered.
 * <p>
 * Writes {@code folder/report.html} and {@code folder/figures/NAME.svg} and {@code NAME.png}, and
 * nothing outside {@code folder}. Figures whose inputs the results lack (a workflow without a
 * classifier has no decision maps) are skipped; the returned record and the report say which and
 * why. Charts are drawn with AWT, so the JVM should run with {@code java.awt.headless=true} when
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
     * @param results the parsed results.json
     * @param folder  an existing folder to write into (the caller makes it atomic)
     * @param monitor progress and cancellation; may be null
     * @return the files written, the figures skipped and the time taken
     * @throws MalformedResultsException if a key the report needs is missing or of the wrong kind;
     *         {@link MalformedResultsException#key()} names it
     * @throws IOException if a file cannot be written
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor is canceled
     */
    public static RenderedReport render(JsonNode results, Path folder, IProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(folder, "folder");
        try {
            return Report.render(Node.root(results), folder, monitor);
        } catch (Node.Malformed e) {
            throw new MalformedResultsException(e.key(), e.getMessage());
        }
    }
}
