// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.filmlab.testkit.FuzzCorpus;
import org.filmlab.testkit.FuzzCorpus.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer's regression mode for the ARFF fuzz target, inside the normal build: every committed input
 * of {@code fuzz-corpus/arff/} goes through the method the fuzzer calls. It must give a table or an
 * {@code InputException} (anything else escapes and fails the test), the same outcome twice, and
 * take at most 1 s, the fuzzer's per-input limit ({@link FuzzCorpus}).
 */
class FuzzCorpusTest {

    @TempDir
    Path dir;

    static List<Input> arff() {
        return FuzzCorpus.inputs(FuzzCorpusTest.class, "arff");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arff")
    void arffInputGivesATableOrAnInputException(Input input) throws IOException {
        Path file = dir.resolve(input.name());
        try (InputStream in = input.url().openStream()) {
            Files.copy(in, file);
        }
        FuzzCorpus.replay(() -> ArffImporterFuzzer.outcome(file));
    }

    @Test
    void corpusHoldsTheSeeds() {
        // A corpus folder missing from the fragment would otherwise pass with nothing replayed.
        List<String> names = FuzzCorpus.names(arff());
        assertTrue(names.contains("seed-films.arff") && names.contains("seed-relational.arff"), names.toString());
    }
}
