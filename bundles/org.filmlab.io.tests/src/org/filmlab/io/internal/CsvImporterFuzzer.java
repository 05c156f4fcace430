// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;

import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;

/**
 * Jazzer fuzz target for {@link CsvImporter} with its default parameters (delimiter and decimal mark
 * sniffed, {@code #} comments), the way a user's file first meets FilmLab. Any throwable other
 * than {@link InputException} escapes and is a finding. {@code fuzz/run csv} fuzzes it; the
 * committed inputs in {@code fuzz-corpus/csv/} are replayed by {@link FuzzCorpusTest}.
 */
public final class CsvImporterFuzzer {

    private static final CsvImporter IMPORTER = new CsvImporter();

    private CsvImporterFuzzer() {
    }

    /**
     * Called by Jazzer once before fuzzing: loading and instrumenting Commons CSV and the importer takes
     * longer than the 1 s an input may take, so that happens here, on a valid and a broken file.
     */
    public static void fuzzerInitialize() throws IOException {
        fuzzerTestOneInput("# warm-up\nfilm;P (wt%)\nF001;3,5\n".getBytes(UTF_8));
        fuzzerTestOneInput("film,P\n\"F001,3\n".getBytes(UTF_8));
    }

    /** Jazzer's entry point: the input's bytes as the whole file. */
    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        outcome(FuzzFile.write(data, "input.csv"));
    }

    /** What reading the file gives, as text that two equal outcomes share: a table digest or the message. */
    static String outcome(Path file) {
        try {
            Table table = IMPORTER.read(file, IMPORTER.parameters().defaults(), null);
            return FuzzFile.digest(table);
        } catch (InputException e) {
            return "InputException: " + e.getMessage();
        }
    }
}
