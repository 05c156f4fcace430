// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File › Export results writes the folder {@code filmlab run} writes; File › Open results shows such
 * a folder's run as the last run; File › Export data set writes every value, so importing the file
 * again gives the same films.
 */
class ResultsFilesTest {

    /** The test classes share one workbench: the next one finds the sample current again, and its run. */
    @AfterEach
    void backToTheSample() {
        Session session = Session.get();
        session.imported().stream().filter(i -> i.file().getFileName().toString().startsWith("sse-films"))
                .findFirst().ifPresent(i -> session.datasetLoaded(i.dataset(), i.file()));
    }

    @Test
    void exportedResultsOpenAsTheSameRun(@TempDir Path dir) throws Exception {
        RunResult run = AnalysisUi.defaultRun();
        Path out = dir.resolve("run");
        DataUi.closingDialogs(() -> {
            ResultsFiles.exportRun(run, out).schedule();
            DataUi.waitForFilmLabJobs();
        });
        assertTrue(Files.isRegularFile(out.resolve("results.json")) && Files.isRegularFile(out.resolve("report.html")));

        ResultsFiles.open(out).schedule();
        DataUi.waitForFilmLabJobs();
        RunResult opened = Session.get().result().orElseThrow();
        assertEquals(ResultsWriter.toJson(run), ResultsWriter.toJson(opened));
        assertEquals(out.resolve("results.json"), Session.get().datasetFile().orElseThrow());
    }

    /** Export results into a folder of the user's own files: refused, the files as they were. */
    @Test
    void exportingIntoAFolderOfOtherFilesChangesNothing(@TempDir Path dir) throws Exception {
        RunResult run = AnalysisUi.defaultRun();
        Path documents = Files.createDirectory(dir.resolve("Documents"));
        Files.writeString(documents.resolve("thesis.tex"), "chapter 1");
        FilmLabJob[] job = new FilmLabJob[1];
        DataUi.closingDialogs(() -> {
            job[0] = ResultsFiles.exportRun(run, documents);
            job[0].schedule();
            DataUi.waitForFilmLabJobs();
        });
        IStatus status = job[0].getResult();
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("thesis.tex") && status.getMessage().contains("Nothing was changed"),
                status.getMessage());
        assertEquals(List.of("thesis.tex"), Files.list(documents).map(p -> p.getFileName().toString()).toList());
        assertEquals("chapter 1", Files.readString(documents.resolve("thesis.tex")));
    }

    @Test
    void anExportedDataSetImportsAsTheSameFilms(@TempDir Path dir) throws Exception {
        AnalysisUi.defaultRun();
        Dataset d = Session.get().dataset().orElseThrow();
        Path csv = dir.resolve("films-mapped.csv");
        ResultsFiles.exportData(d, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(d.rowCount() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("film,"), lines.get(0));

        new DatasetImportJob(csv).schedule();
        DataUi.waitForFilmLabJobs();
        Dataset back = Session.get().dataset().orElseThrow();
        assertEquals(d.rowLabels(), back.rowLabels());
        for (int i = 0; i < d.columns().size(); i++) {
            assertArrayEquals(d.columns().get(i).values(), back.column(d.columns().get(i).header()).orElseThrow()
                    .values(), d.columns().get(i).header());
        }
    }
}
