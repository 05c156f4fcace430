// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.suggest.Suggestions;

/**
 * File › Export › Suggestions as CSV: the last run's suggested recipes in the file
 * {@code filmlab suggest} writes ({@link Suggestions#csv}), the condition columns under the input
 * file's own headers, so that a lab adds its films under the same headers and runs again.
 */
public final class SuggestionsExportHandler extends AbstractHandler {

    static final String COMMAND = "org.filmlab.ui.exportSuggestions";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<RunResult> result = Session.get().result();
        Optional<NextExperiments> next = result.flatMap(Suggestions::of);
        if (next.isEmpty()) {
            MessageDialog.openInformation(shell, "No suggestions", "The last run suggested no recipes; use Analysis ›"
                    + " Suggest next experiments... first.");
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export the suggestions");
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName(Suggestions.FILE);
        dialog.setOverwrite(true);
        String file = FilmLabPreferences.openInLastFolder(dialog);
        if (file == null) {
            return null;
        }
        try {
            export(result.get(), Path.of(file));
        } catch (IOException e) {
            ILog.of(getClass()).log(Status.error("cannot export the suggestions to " + file, e));
            MessageDialog.openError(shell, "Export the suggestions", "Cannot write " + file + ": " + e.getMessage()
                    + " Nothing was written.");
        }
        return null;
    }

    /** Writes the run's suggestions to {@code file} (whole, or not at all). */
    static void export(RunResult result, Path file) throws IOException {
        Suggestions.writeCsv(file, result.dataset(), Suggestions.of(result).orElseThrow());
    }
}
