// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.filmlab.ui.internal.AnalysisUi.waitUntil;
import static org.filmlab.ui.internal.DataUi.waitForFilmLabJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.filmlab.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be imported: said in a dialog in the file's terms, logged once, nothing changed. */
class ImportErrorsTest {

    private static final String TITLE = "Cannot import ragged.csv";

    @TempDir
    Path dir;

    /**
     * Found using the desktop: each failure appeared twice in the Error Log, logged by the job and again by
     * the job manager, which logs every job that ends in an error.
     */
    @Test
    void aRaggedFileIsSaidInADialogAndLoggedOnce() throws Exception {
        waitForFilmLabJobs();
        Dataset before = Session.get().dataset().orElseThrow();
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "film,P (wt%),L:S (µL/mg),X:B (vol%),σN (mS/cm)\nS1,3,0.6,0,0.3\n5,1.0\n",
                StandardCharsets.UTF_8);
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        List<String> dialog = new ArrayList<>();
        Display display = Display.getCurrent();
        // The error dialog is modal: this timer, run by the dialog's own event loop, reads and closes it.
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                dialog.addAll(AnalysisUi.closeDialogs());
                // Other shells (a progress dialog) may come first; keep going until the error has been seen.
                if (!dialog.contains(TITLE)) {
                    display.timerExec(100, this);
                }
            }
        };
        try {
            display.timerExec(100, closer);
            DatasetImportJob job = new DatasetImportJob(ragged);
            job.schedule();
            waitForFilmLabJobs();
            waitUntil(() -> dialog.contains(TITLE), "the error dialog appears", 60_000);
            assertEquals(IStatus.ERROR, job.getResult().getSeverity());
            assertTrue(dialog.stream().anyMatch(t -> t.contains("row 3")),
                    dialog.toString());
            long entries = logged.stream().filter(s -> s.getMessage().contains("ragged.csv")).count();
            assertEquals(1, entries, "logged once: " + logged);
            assertSame(before, Session.get().dataset().orElseThrow(), "the data set shown before stays");
        } finally {
            Platform.removeLogListener(listener);
            display.timerExec(-1, closer);
        }
    }
}
