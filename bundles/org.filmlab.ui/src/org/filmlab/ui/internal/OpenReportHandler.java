// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.core.workflow.RunResult;

/**
 * Analysis › Open report: renders the HTML report of the session's last run, in the background, into a
 * folder the user picks (a new temporary folder unless they choose another), then opens
 * {@code report.html} with the desktop's program for HTML.
 */
public final class OpenReportHandler extends AbstractHandler {

    static final String COMMAND = "org.filmlab.ui.openReport";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShell(event);
        RunResult result = Session.get().result().orElse(null);
        if (result == null) {
            MessageDialog.openInformation(shell, "No results", "Run a workflow first (Analysis › Run workflow).");
            return null;
        }
        Path suggested;
        try {
            suggested = Files.createTempDirectory("filmlab-report-");
        } catch (IOException e) {
            throw new ExecutionException("cannot create a temporary folder for the report", e);
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open report");
        dialog.setMessage("The folder to write report.html and its figures into:");
        dialog.setFilterPath(suggested.toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        new ReportJob(result, Path.of(chosen), OpenReportHandler::launch).schedule();
        return null;
    }

    /** Opens the report with the program the desktop associates with HTML, telling the user if there is none. */
    static void launch(Path html) {
        if (!Program.launch(html.toUri().toString())) {
            // Without a program for HTML the user still needs the file: say where it is, and let them paste the path.
            MessageDialog dialog = new MessageDialog(FilmLabJob.shell(), "Report written", null,
                    notOpened(html), MessageDialog.INFORMATION, 0, "Copy path", "Close");
            if (dialog.open() == 0) {
                TableClipboard.copy(FilmLabJob.shell().getDisplay(), html.toString());
            }
        }
    }

    /** What the user is told when no program opens the report. */
    static String notOpened(Path html) {
        return "The report is written, but no program on this computer opens HTML files.\n\nIt is at:\n" + html
                + "\n\nOpen it in a web browser (File › Open in the browser), or copy the path to paste it there.";
    }
}
