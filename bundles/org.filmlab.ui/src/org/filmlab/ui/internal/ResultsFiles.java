// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.OutputStreamWriter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.OutputFolderException;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.SavedRuns;
import org.filmlab.report.RunFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * File › Open results... and File › Export: a run made elsewhere (the command line, another engine,
 * a colleague) shown as if it had run here; the data set written as CSV; the last run written as a
 * results folder (results.json and the report), as {@code filmlab run --out} writes one.
 */
final class ResultsFiles {

    private ResultsFiles() {
    }

    /** A job reading a {@code results.json} (or the folder holding one) into the session. */
    static FilmLabJob open(Path chosen) {
        Path file = Files.isDirectory(chosen) ? chosen.resolve("results.json") : chosen;
        FilmLabJob job = new FilmLabJob("Opening " + file) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    JsonNode root;
                    try {
                        root = new ObjectMapper().readTree(file.toFile());
                    } catch (IOException e) {
                        throw InputException.inFile(file.toString(), "cannot be read as JSON: " + e.getMessage(), e);
                    }
                    RunResult run = SavedRuns.restore(root, file.toString(),
                            ResultsReader.installedPartTypes(ContributionRegistry.getDefault()));
                    inUi(() -> Session.get().runOpened(run, file));
                    return Status.OK_STATUS;
                } catch (InputException | RuntimeException e) {
                    IStatus status = Status.error("Cannot open the results " + file + ": " + e.getMessage(), e);
                    // Logged once, by the job framework, as this job's result.
                    inUi(() -> MessageDialog.openError(shell(), "Cannot open " + file.getFileName(),
                            e.getMessage() + "\n\nThe results shown before stay shown."));
                    return status;
                }
            }
        };
        job.setUser(true);
        return job;
    }

    /** A job writing the run's folder: results.json and the report, atomically. */
    static FilmLabJob exportRun(RunResult run, Path dir) {
        FilmLabJob job = new FilmLabJob("Exporting the results of " + run.workflow().name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    RunFolder.write(ResultsWriter.toJson(run), dir, true, monitor);
                    inUi(() -> MessageDialog.openInformation(shell(), "Results exported", "Written to " + dir
                            + ":\nresults.json, report.html and the figures."));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (OutputFolderException e) {
                    // The user's files, not a fault: said in their terms, without a stack trace.
                    IStatus status = Status.error(e.getMessage() + ". Nothing was changed there.");
                    inUi(() -> showError("Export refused", status));
                    return status;
                } catch (IOException | RuntimeException e) {
                    IStatus status = Status.error("The results cannot be written to " + dir + ": " + e.getMessage()
                            + ". Nothing was left half-written there.", e);
                    // Logged once, by the job framework, as this job's result.
                    inUi(() -> showError("Export failed", status));
                    return status;
                }
            }
        };
        job.setUser(true);
        return job;
    }

    /**
     * The data set as CSV (RFC 4180, UTF-8): the film labels, then each column under its header as
     * imported, with every digit of every value.
     */
    static void exportData(Dataset d, Path file) throws IOException {
        ResultsWriter.writeFile(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>();
            header.add("film");
            d.columns().forEach(c -> header.add(c.header()));
            w.write(line(header));
            for (int r = 0; r < d.rowCount(); r++) {
                List<String> row = new ArrayList<>();
                row.add(d.rowLabels().get(r));
                for (Column c : d.columns()) {
                    row.add(Double.toString(c.values()[r]));
                }
                w.write(line(row));
            }
            w.flush();
        });
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream()
                .map(s -> s.matches(".*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s).toList()) + "\n";
    }
}
