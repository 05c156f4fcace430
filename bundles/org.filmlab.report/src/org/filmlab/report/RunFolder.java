// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.workflow.ResultsWriter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A run's folder as {@code filmlab run} writes it and the desktop exports it: {@code results.json},
 * then the report rendered from that same JSON, in one atomic step ({@link ResultsWriter#writeFolder}:
 * a failed or killed write leaves the previous folder or none, never half of one). The report is
 * made from the JSON, never from live objects, so that {@code filmlab report --from} draws exactly
 * what was drawn here.
 */
public final class RunFolder {

    private RunFolder() {
    }

    /**
     * @param json the run as {@link ResultsWriter#toJson} made it
     * @param withReport whether to render the report too
     * @return the report rendered, unless it was turned off
     */
    public static Optional<RenderedReport> write(ObjectNode json, Path dir, boolean withReport,
            IProgressMonitor monitor) throws IOException {
        RenderedReport[] rendered = new RenderedReport[1];
        ResultsWriter.writeFolder(dir, tmp -> {
            try (OutputStream o = Files.newOutputStream(tmp.resolve("results.json"))) {
                ResultsWriter.writeJson(json, o);
            }
            if (withReport) {
                rendered[0] = ReportRenderer.render(json, tmp, monitor);
            }
        });
        return Optional.ofNullable(rendered[0]);
    }
}
