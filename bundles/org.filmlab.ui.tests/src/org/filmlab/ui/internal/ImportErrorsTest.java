// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

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
import org.filmlab.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be imported: said in a dialog in the file's terms, logged once, nothing changed. */
class ImportErrorsTest {

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
        try {
            DatasetImportJob job = new DatasetImportJob(ragged);
            // The job's message opens while its end is dispatched, and is closed from its own event loop.
            List<String> texts = new ArrayList<>();
            List<String> titles = DataUi.closingDialogs(() -> {
                job.schedule();
                waitForFilmLabJobs();
            }, texts);
            assertEquals(IStatus.ERROR, job.getResult().getSeverity());
            assertEquals(List.of("Cannot import ragged.csv"), titles);
            assertTrue(texts.stream().anyMatch(t -> t.contains("ragged.csv, row 3")), texts.toString());
            long entries = logged.stream().filter(s -> s.getMessage().contains("ragged.csv")).count();
            assertEquals(1, entries, "logged once: " + logged);
            assertSame(before, Session.get().dataset().orElseThrow(), "the data set shown before stays");
        } finally {
            Platform.removeLogListener(listener);
        }
    }
}
