// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.report.RenderedReport;
import org.filmlab.report.ReportRenderer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the HTML report of a run into a folder with the same renderer and the same results.json
 * tree as {@code filmlab run --report}, then hands {@code report.html} to {@code open} on the UI thread.
 */
final class ReportJob extends FilmLabJob {

    private final RunResult result;
    private final Path folder;
    private final Consumer<Path> open;
    private volatile RenderedReport rendered;

    ReportJob(RunResult result, Path folder, Consumer<Path> open) {
        super("Rendering the report of " + result.workflow().name());
        this.result = result;
        this.folder = folder;
        this.open = open;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        try {
            JsonNode json = ResultsWriter.toJson(result);
            progress.worked(5);
            Files.createDirectories(folder);
            rendered = ReportRenderer.render(json, folder, progress.split(95));
            Path html = folder.resolve("report.html");
            inUi(() -> open.accept(html));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            IStatus status = Status.error("The report cannot be written to " + folder + ": " + e.getMessage(), e);
            // Logged once, by the job framework, as this job's result.
            inUi(() -> showError("Report failed", status));
            return status;
        }
    }

    /** What was rendered, once the job has finished successfully. */
    RenderedReport rendered() {
        return rendered;
    }
}
