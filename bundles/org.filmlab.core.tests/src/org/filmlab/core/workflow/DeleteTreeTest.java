// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ResultsWriter#deleteTree}: what the engines' scratch folders and the results writer remove with. */
class DeleteTreeTest {

    @TempDir
    Path tmp;

    @Test
    void aNestedFolderGoesAndWhatALinkPointsToStays() throws IOException {
        Path kept = Files.writeString(tmp.resolve("kept.txt"), "outside");
        Path tree = tmp.resolve("work");
        Files.createDirectories(tree.resolve("a/b"));
        Files.writeString(tree.resolve("a/b/part.json"), "{}");
        Files.writeString(tree.resolve("top.csv"), "x");
        Files.createSymbolicLink(tree.resolve("a/link"), kept);
        ResultsWriter.deleteTree(tree);
        assertFalse(Files.exists(tree, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(kept), "a link is deleted, not followed");
    }

    @Test
    void aMissingFolderIsNoError() throws IOException {
        ResultsWriter.deleteTree(tmp.resolve("never-made"));
        assertFalse(Files.exists(tmp.resolve("never-made")));
    }
}
