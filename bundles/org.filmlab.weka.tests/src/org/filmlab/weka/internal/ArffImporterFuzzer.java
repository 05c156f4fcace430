// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;

/**
 * Jazzer fuzz target for {@link ArffImporter} (Weka's ARFF reader behind FilmLab's strict UTF-8
 * text reader). Any throwable other than {@link InputException} escapes and is a finding.
 * {@code fuzz/run arff} fuzzes it; the committed inputs in {@code fuzz-corpus/arff/} are replayed
 * by {@link FuzzCorpusTest}.
 */
public final class ArffImporterFuzzer {

    private static final ArffImporter IMPORTER = new ArffImporter();
    private static Path input;

    private ArffImporterFuzzer() {
    }

    /**
     * Called by Jazzer once before fuzzing: loading and instrumenting Weka's reader takes longer than
     * the 1 s an input may take, so that happens here, on a valid and a broken file.
     */
    public static void fuzzerInitialize() throws IOException {
        fuzzerTestOneInput(("% warm-up\n@relation films\n@attribute film string\n@attribute P numeric\n"
                + "@attribute made date yyyy-MM-dd\n@attribute class {good,bad}\n@data\nF001,3,2021-03-01,good\n"
                + "{1 5,3 bad}\n").getBytes(UTF_8));
        fuzzerTestOneInput("@relation r\n@attribute x numeric\n@data\nnot-a-number\n".getBytes(UTF_8));
    }

    /** Jazzer's entry point: the input's bytes as the whole file. */
    public static synchronized void fuzzerTestOneInput(byte[] data) throws IOException {
        if (input == null) {
            // One file, overwritten by each input: Jazzer runs one input at a time per JVM.
            Path folder = Files.createTempDirectory("filmlab-fuzz");
            folder.toFile().deleteOnExit();
            input = folder.resolve("input.arff");
        }
        Files.write(input, data);
        input.toFile().deleteOnExit();
        outcome(input);
    }

    /**
     * What reading the file gives, as text two equal outcomes share: the table's shape and a hash of
     * its contents (records of strings, doubles and lists hash by content), or the message.
     */
    static String outcome(Path file) {
        try {
            Table t = IMPORTER.read(file, IMPORTER.parameters().defaults(), null);
            return "table " + t.headers().size() + " columns, " + t.rows().size() + " rows, " + t.comments().size()
                    + " comments, hash " + Integer.toHexString(t.hashCode());
        } catch (InputException e) {
            return "InputException: " + e.getMessage();
        }
    }
}
