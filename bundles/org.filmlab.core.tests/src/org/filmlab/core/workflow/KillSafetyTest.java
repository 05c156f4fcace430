// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a {@code filmlab run} killed with SIGKILL during {@link ResultsWriter#writeFolder} leaves on
 * disk, simulated: the hidden siblings a killed write leaves, named as writeFolder names them
 * ({@code .<name>.partial-<pid>-<n>}, {@code .<name>.old-<pid>-<n>}), and what the next write makes
 * of them. {@code releng/scripts/kill-test.sh} kills real runs.
 */
class KillSafetyTest {

    /** The pid of a process that has exited, so the siblings it "left" are stale. */
    private static long deadPid;

    @TempDir
    Path parent;

    @BeforeAll
    static void startAndReapAProcess() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        assertEquals(0, p.waitFor());
        deadPid = p.pid();
        assertFalse(ProcessHandle.of(deadPid).map(ProcessHandle::isAlive).orElse(false), "the process has exited");
    }

    private Path folder(String name, String results) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("results.json"), results, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("figures"));
        Files.writeString(dir.resolve("figures/fig1.svg"), "<svg/>", StandardCharsets.UTF_8);
        return dir;
    }

    private static String results(Path dir) throws IOException {
        return Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8);
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ResultsWriter.FolderContents writing(String results) {
        return tmp -> Files.writeString(tmp.resolve("results.json"), results, StandardCharsets.UTF_8);
    }

    @Test
    void killedWhileWritingTheNewFolder() throws IOException {
        folder("out", "previous");
        folder(".out.partial-" + deadPid + "-17", "half");
        ResultsWriter.writeFolder(parent.resolve("out"), writing("new"));
        assertEquals("new", results(parent.resolve("out")));
        assertEquals(List.of("out"), entries());
    }

    @Test
    void killedBetweenTheTwoRenamesGivesThePreviousFolderBack() throws IOException {
        folder(".out.old-" + deadPid + "-3", "previous");
        folder(".out.partial-" + deadPid + "-4", "complete but never moved in");
        ResultsWriter.recoverKilledWrite(parent, "out");
        assertEquals(List.of("out"), entries());
        assertEquals("previous", results(parent.resolve("out")));
        assertTrue(Files.isRegularFile(parent.resolve("out/figures/fig1.svg")), "the whole folder came back");
    }

    @Test
    void aWriteThatFailsAfterAKilledOneLeavesThePreviousFolder() throws IOException {
        folder(".out.old-" + deadPid + "-3", "previous");
        IOException failure = new IOException("disk full");
        assertThrows(IOException.class, () -> ResultsWriter.writeFolder(parent.resolve("out"), tmp -> {
            throw failure;
        }));
        assertEquals(List.of("out"), entries());
        assertEquals("previous", results(parent.resolve("out")));
    }

    @Test
    void killedWhileDeletingThePreviousFolder() throws IOException {
        folder("out", "new");
        Path old = folder(".out.old-" + deadPid + "-9", "previous");
        Files.delete(old.resolve("results.json"));
        ResultsWriter.writeFolder(parent.resolve("out"), writing("newer"));
        assertEquals("newer", results(parent.resolve("out")));
        assertEquals(List.of("out"), entries());
    }

    @Test
    void ofSeveralPreviousFoldersTheNewestComesBack() throws IOException {
        Path older = folder(".out.old-" + deadPid + "-1", "older");
        Path newer = folder(".out.old-" + deadPid + "-2", "newer");
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_600_000_000_000L));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(1_700_000_000_000L));
        ResultsWriter.recoverKilledWrite(parent, "out");
        assertEquals("newer", results(parent.resolve("out")));
        assertEquals(List.of("out"), entries());
    }

    @Test
    void siblingsWithoutAnOwnerAreStale() throws IOException {
        // The names writeFolder gave before it recorded the pid.
        folder("out", "current");
        folder(".out.partial-8121981295283", "half");
        folder(".out.old-77", "previous");
        ResultsWriter.recoverKilledWrite(parent, "out");
        assertEquals(List.of("out"), entries());
        assertEquals("current", results(parent.resolve("out")));
    }

    @Test
    void aConcurrentWriteOfALiveProcessAndOtherFoldersAreLeftAlone() throws IOException {
        long self = ProcessHandle.current().pid();
        folder(".out.partial-" + self + "-5", "being written");
        folder(".out.old-" + self + "-6", "being swapped");
        folder(".outer.partial-" + deadPid + "-1", "another folder's");
        folder(".out2.old-" + deadPid + "-1", "another folder's");
        folder("out-notes", "the user's");
        ResultsWriter.recoverKilledWrite(parent, "out");
        assertEquals(List.of(".out.old-" + self + "-6", ".out.partial-" + self + "-5", ".out2.old-" + deadPid + "-1",
                ".outer.partial-" + deadPid + "-1", "out-notes"), entries());
    }

    @Test
    void aCompletedWriteLeavesOnlyTheFolder() throws IOException {
        folder("out", "previous");
        ResultsWriter.writeFolder(parent.resolve("out"), writing("new"));
        assertEquals(List.of("out"), entries());
        assertEquals("new", results(parent.resolve("out")));
    }
}
