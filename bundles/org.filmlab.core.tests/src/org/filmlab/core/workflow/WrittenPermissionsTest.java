// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results folders and files written atomically get the permissions any new folder or file gets
 * there (the user's umask), not the owner-only ones of a temporary file: a results folder or a
 * project on a group's shared drive must stay readable by the group. (FilmLab's products run on Linux:
 * POSIX permissions.)
 */
class WrittenPermissionsTest {

    @TempDir
    Path parent;

    @Test
    void aResultsFolderIsAsReadableAsAnyNewFolder() throws IOException {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createDirectory(parent.resolve("usual")));
        Path out = parent.resolve("out");
        ResultsWriter.writeFolder(out, dir -> Files.writeString(dir.resolve("results.json"), "{}"));
        assertEquals(usual, Files.getPosixFilePermissions(out));
        // Written again (the previous folder replaced): the same.
        ResultsWriter.writeFolder(out, dir -> Files.writeString(dir.resolve("results.json"), "{ }"));
        assertEquals(usual, Files.getPosixFilePermissions(out));
    }

    @Test
    void aFileWrittenWholeIsAsReadableAsAnyNewFile() throws IOException {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(parent.resolve("usual")));
        Path file = parent.resolve("project.filmlab");
        ResultsWriter.writeFile(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertEquals(usual, Files.getPosixFilePermissions(file));
        ResultsWriter.writeFile(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(file));
        assertEquals(usual, Files.getPosixFilePermissions(file));
        try (var siblings = Files.list(parent)) {
            assertEquals(2, siblings.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
        Path file = parent.resolve("suggestions.csv");
        Files.writeString(file, "before");
        assertThrows(IOException.class, () -> ResultsWriter.writeFile(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("before", Files.readString(file));
        try (var siblings = Files.list(parent)) {
            assertEquals(1, siblings.count(), "no temporary file left beside it");
        }
    }
}
