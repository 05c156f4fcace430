// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.RunResult;

/**
 * File › Open results..., Export data set as CSV... and Export results...: the dialogs, then
 * {@link ResultsFiles}. One handler for the three commands.
 */
public final class FileHandler extends AbstractHandler {

    static final String OPEN_RESULTS = "org.filmlab.ui.openResults";
    static final String EXPORT_DATA = "org.filmlab.ui.exportData";
    static final String EXPORT_RESULTS = "org.filmlab.ui.exportResults";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = FilmLabJob.usable(HandlerUtil.getActiveShell(event));
        switch (event.getCommand().getId()) {
            case OPEN_RESULTS -> openResults(shell);
            case EXPORT_DATA -> exportData(shell);
            case EXPORT_RESULTS -> exportResults(shell);
            default -> throw new IllegalArgumentException("not a file command: " + event.getCommand().getId());
        }
        return null;
    }

    private static void openResults(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open results (a results.json written by FilmLab)");
        dialog.setFilterExtensions(new String[] { "results.json;*.json", "*" });
        dialog.setFilterNames(new String[] { "FilmLab results (results.json)", "All files" });
        String chosen = FilmLabPreferences.openInLastFolder(dialog);
        if (chosen != null) {
            ResultsFiles.open(Path.of(chosen)).schedule();
        }
    }

    private static void exportData(Shell shell) {
        Dataset d = Session.get().dataset().orElse(null);
        if (d == null) {
            MessageDialog.openInformation(shell, "No data set", "Import a data set first (File › Import...).");
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export the data set as CSV");
        dialog.setFilterExtensions(new String[] { "*.csv" });
        String name = Path.of(d.source()).getFileName().toString().replaceAll("\\.[^.]*$", "");
        dialog.setFileName(name + "-mapped.csv");
        dialog.setOverwrite(true);
        String chosen = FilmLabPreferences.openInLastFolder(dialog);
        if (chosen == null) {
            return;
        }
        try {
            ResultsFiles.exportData(d, Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            ILog.of(FileHandler.class).log(Status.error("cannot export the data set to " + chosen, e));
            MessageDialog.openError(shell, "Export failed", "Cannot write " + chosen + ": " + e.getMessage());
        }
    }

    private static void exportResults(Shell shell) {
        RunResult run = Session.get().result().orElse(null);
        if (run == null) {
            MessageDialog.openInformation(shell, "No results", "Run a workflow first (Analysis › Run workflow).");
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
        dialog.setText("Export results");
        dialog.setMessage("The folder to write results.json, report.html and the figures into (an earlier run's"
                + " folder is replaced once the new one is complete; a folder of other files is left as it is):");
        dialog.setFilterPath(FilmLabPreferences.dialogFolder().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            FilmLabPreferences.rememberDialogFolder(Path.of(chosen));
            ResultsFiles.exportRun(run, Path.of(chosen)).schedule();
        }
    }
}
