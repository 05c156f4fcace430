// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.function.ThrowingSupplier;
import org.osgi.framework.FrameworkUtil;

/**
 * Jazzer's regression mode inside the normal build: a fuzz target's committed corpus (seeds, inputs
 * the fuzzer found to reach new code, past findings), replayed through the method the fuzzer calls.
 * Each input must give an outcome (anything thrown escapes and fails the test), the same outcome
 * twice, and take at most {@link #PER_INPUT}, the fuzzer's per-input limit. Clients may use it for
 * their own fuzz targets.
 */
public final class FuzzCorpus {

    /** The fuzzer's {@code -timeout=1}; the second, warm run is timed, as the fuzzer's are after start-up. */
    public static final Duration PER_INPUT = Duration.ofSeconds(1);

    /** A hung target fails the test instead of the build; far above {@link #PER_INPUT} for a cold start. */
    private static final Duration HUNG = Duration.ofSeconds(60);

    private FuzzCorpus() {
    }

    /** One committed input; shown by its file name, as a parameterized test names its cases. */
    public record Input(String name, URL url) {

        public byte[] bytes() {
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The inputs of {@code fuzz-corpus/<target>/} in the bundle of {@code test} and its fragments, by name.
     *
     * @param test a class of the test fragment that holds the corpus
     */
    public static List<Input> inputs(Class<?> test, String target) {
        // findEntries, unlike getEntry, searches the host's fragments, where the corpus lives.
        Enumeration<URL> found = FrameworkUtil.getBundle(test).findEntries("fuzz-corpus/" + target, "*", false);
        List<URL> urls = found == null ? new ArrayList<>() : Collections.list(found);
        return urls.stream().map(u -> new Input(u.getPath().substring(u.getPath().lastIndexOf('/') + 1), u))
                .sorted(Comparator.comparing(Input::name)).toList();
    }

    /** The names of the inputs, to check that a corpus holds its seeds. */
    public static List<String> names(List<Input> inputs) {
        return inputs.stream().map(Input::name).toList();
    }

    /** Runs the fuzz target's outcome twice, cold then warm, and checks both as the fuzzer would. */
    public static void replay(ThrowingSupplier<String> outcome) {
        String cold = assertTimeoutPreemptively(HUNG, outcome);
        long[] nanos = new long[1];
        String warm = assertTimeoutPreemptively(HUNG, () -> {
            long start = System.nanoTime();
            String again = outcome.get();
            nanos[0] = System.nanoTime() - start;
            return again;
        });
        assertEquals(cold, warm, "the same input twice must give the same outcome");
        Duration took = Duration.ofNanos(nanos[0]);
        assertTrue(took.compareTo(PER_INPUT) <= 0, "took " + took.toMillis() + " ms, over the " + PER_INPUT.toMillis()
                + " ms an input may take; outcome: " + warm);
    }
}
