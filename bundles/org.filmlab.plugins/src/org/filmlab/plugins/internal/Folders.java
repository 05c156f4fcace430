// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing what the plug-in commands write aside: their temporary folders and a product's snapshot. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a file, or a folder and everything in it; nothing if it is missing. Links are deleted, not followed. */
    public static void delete(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    /**
     * Deletes a temporary folder ({@code null}: none was made yet), keeping quiet if it cannot: a
     * temporary folder left behind is harmless, and the outcome of what used it does not depend on it.
     */
    public static void deleteTemporary(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            delete(dir);
        } catch (IOException e) {
            // Only a temporary folder is left behind.
        }
    }
}
