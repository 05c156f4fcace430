// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static org.filmlab.testkit.FuzzCorpus.names;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.filmlab.testkit.FuzzCorpus;
import org.filmlab.testkit.FuzzCorpus.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer's regression mode for the CSV and XLSX fuzz targets, inside the normal build: every
 * committed input of {@code fuzz-corpus/csv/} and {@code fuzz-corpus/xlsx/} (seeds, inputs
 * {@code fuzz/run} found to reach new code, and each past finding) goes through the same method
 * the fuzzer calls. It must give a table or an {@code InputException} (anything else escapes and
 * fails the test), the same outcome twice, and take at most 1 s, the fuzzer's per-input limit
 * ({@link FuzzCorpus}).
 */
class FuzzCorpusTest {

    @TempDir
    Path dir;

    static List<Input> csv() {
        return FuzzCorpus.inputs(FuzzCorpusTest.class, "csv");
    }

    static List<Input> xlsx() {
        return FuzzCorpus.inputs(FuzzCorpusTest.class, "xlsx");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csv")
    void csvInputGivesATableOrAnInputException(Input input) throws IOException {
        replay(input, CsvImporterFuzzer::outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xlsx")
    void xlsxInputGivesATableOrAnInputException(Input input) throws IOException {
        replay(input, XlsxImporterFuzzer::outcome);
    }

    @Test
    void corpusHoldsTheSeedsAndThePastFindings() {
        // A corpus folder missing from the fragment would otherwise pass with nothing replayed.
        assertTrue(names(csv()).contains("seed-sample-head.csv"), names(csv()).toString());
        assertTrue(names(xlsx()).contains("seed-formula-error-stored.xlsx"), names(xlsx()).toString());
        assertTrue(names(xlsx()).contains("crash-unparseable-zip-extra-field.xlsx"), names(xlsx()).toString());
        assertTrue(names(xlsx()).contains("crash-zip-entry-zstd-method.xlsx"), names(xlsx()).toString());
    }

    /** The importers read files: each input is copied to one, named as in the corpus. */
    private void replay(Input input, Function<Path, String> reader) throws IOException {
        Path file = dir.resolve(input.name());
        try (InputStream in = input.url().openStream()) {
            Files.copy(in, file);
        }
        FuzzCorpus.replay(() -> reader.apply(file));
    }
}
