// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

/**
 * Jazzer's regression mode for the CSV and XLSX fuzz targets, inside the normal build: every
 * committed input of {@code fuzz-corpus/csv/} and {@code fuzz-corpus/xlsx/} (seeds, inputs
 * {@code fuzz/run} found to reach new code, and each past finding) goes through the same method
 * the fuzzer calls. It must give a table or an {@code InputException} (anything else escapes and
 * fails the test), the same outcome twice, and take at most 1 s, the fuzzer's per-input limit.
 */
class FuzzCorpusTest {

    /** The fuzzer's {@code -timeout=1}; the second, warm reading is timed, as the fuzzer's are after start-up. */
    private static final Duration PER_INPUT = Duration.ofSeconds(1);

    /** A hung reader fails the test instead of the build; far above {@link #PER_INPUT} for a cold start. */
    private static final Duration HUNG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** One committed input; shown by its file name. */
    record Input(String name, URL url) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Input> csv() {
        return corpus("csv");
    }

    static List<Input> xlsx() {
        return corpus("xlsx");
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

    private void replay(Input input, Function<Path, String> reader) throws IOException {
        Path file = dir.resolve(input.name());
        try (InputStream in = input.url().openStream()) {
            Files.copy(in, file);
        }
        String cold = assertTimeoutPreemptively(HUNG, () -> reader.apply(file));
        long[] nanos = new long[1];
        String warm = assertTimeoutPreemptively(HUNG, () -> {
            long start = System.nanoTime();
            String outcome = reader.apply(file);
            nanos[0] = System.nanoTime() - start;
            return outcome;
        });
        assertEquals(cold, warm, "reading the same file twice must give the same outcome");
        Duration took = Duration.ofNanos(nanos[0]);
        assertTrue(took.compareTo(PER_INPUT) <= 0, "took " + took.toMillis() + " ms, over the " + PER_INPUT.toMillis()
                + " ms an input may take; outcome: " + warm);
    }

    private static List<Input> corpus(String target) {
        // findEntries, unlike getEntry, searches the host's fragments, where the corpus lives.
        Enumeration<URL> found = FrameworkUtil.getBundle(FuzzCorpusTest.class).findEntries("fuzz-corpus/" + target,
                "*", false);
        List<URL> urls = found == null ? new ArrayList<>() : Collections.list(found);
        return urls.stream().map(u -> new Input(u.getPath().substring(u.getPath().lastIndexOf('/') + 1), u))
                .sorted(Comparator.comparing(Input::name)).toList();
    }

    private static List<String> names(List<Input> inputs) {
        return inputs.stream().map(Input::name).toList();
    }
}
