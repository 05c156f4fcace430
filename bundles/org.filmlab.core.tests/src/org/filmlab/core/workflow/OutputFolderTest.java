// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results folder replaces only what FilmLab wrote. Found using the headless product: {@code filmlab run
 * --data films.csv --out films.csv} deleted the data file, and {@code --out} naming a folder of the
 * user's own files deleted them, both replaced by a results folder without a word.
 */
class OutputFolderTest {

    @TempDir
    Path parent;

    private static final ResultsWriter.FolderContents RESULTS = dir -> Files.writeString(dir.resolve("results.json"),
            "{}");

    @Test
    void aFileIsNeverReplacedByAFolder() throws IOException {
        Path data = Files.writeString(parent.resolve("films.csv"), "film,P\nS1,3\n");
        OutputFolderException e = assertThrows(OutputFolderException.class, () -> ResultsWriter.writeFolder(data,
                RESULTS));
        assertTrue(e.getMessage().startsWith(data + " is a file, not a folder"), e.getMessage());
        assertEquals("film,P\nS1,3\n", Files.readString(data), "the file is as it was");
        assertNoSiblingsLeft();
    }

    @Test
    void aFolderHoldingOtherFilesIsNotReplaced() throws IOException {
        Path mine = Files.createDirectory(parent.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "lab notes");
        Files.writeString(mine.resolve("results.json"), "{ \"old\": true }");
        OutputFolderException e = assertThrows(OutputFolderException.class, () -> ResultsWriter.writeFolder(mine,
                RESULTS));
        assertTrue(e.getMessage().contains("notes.txt") && !e.getMessage().contains("results.json ("),
                e.getMessage());
        assertEquals("lab notes", Files.readString(mine.resolve("notes.txt")));
        assertEquals("{ \"old\": true }", Files.readString(mine.resolve("results.json")));
        assertNoSiblingsLeft();
    }

    @Test
    void anEarlierRunsFolderAnEmptyFolderAndANewOneAreWritten() throws IOException {
        Path run = Files.createDirectory(parent.resolve("run"));
        Files.writeString(run.resolve("results.json"), "old");
        Files.writeString(run.resolve("report.html"), "old");
        Files.createDirectories(run.resolve("figures")).resolve("x.svg");
        Files.writeString(run.resolve("figures").resolve("x.svg"), "old");
        // A file browser's own record of the folder does not make it the user's.
        Files.writeString(run.resolve(".DS_Store"), "finder");
        ResultsWriter.writeFolder(run, RESULTS);
        assertEquals("{}", Files.readString(run.resolve("results.json")));
        assertFalse(Files.exists(run.resolve("report.html")), "the earlier run's report went with it");

        Path empty = Files.createDirectory(parent.resolve("empty"));
        ResultsWriter.writeFolder(empty, RESULTS);
        assertEquals("{}", Files.readString(empty.resolve("results.json")));

        Path fresh = parent.resolve("fresh");
        ResultsWriter.writeFolder(fresh, RESULTS);
        assertEquals("{}", Files.readString(fresh.resolve("results.json")));
    }

    private void assertNoSiblingsLeft() throws IOException {
        try (var siblings = Files.list(parent)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".")).count(),
                    "no partial folder left beside");
        }
    }
}
