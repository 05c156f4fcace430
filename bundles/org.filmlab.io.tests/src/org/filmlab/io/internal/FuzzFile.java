// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.filmlab.core.data.Table;

/**
 * The importers read paths, so a fuzz input is written to a file first: one file per name in one
 * temporary folder, overwritten by each input (Jazzer runs one input at a time per JVM).
 */
final class FuzzFile {

    private static final Map<String, Path> FILES = new HashMap<>();
    private static Path folder;

    private FuzzFile() {
    }

    static synchronized Path write(byte[] data, String name) throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("filmlab-fuzz");
            folder.toFile().deleteOnExit();
        }
        Path file = FILES.computeIfAbsent(name, folder::resolve);
        Files.write(file, data);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * A table's shape and a hash of all it holds: {@link Table} and its rows and cells are records of
     * strings, doubles and lists, whose hash codes depend only on their contents.
     */
    static String digest(Table table) {
        return "table " + table.headers().size() + " columns, " + table.rows().size() + " rows, "
                + table.comments().size() + " comments, hash " + Integer.toHexString(table.hashCode());
    }
}
