// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.sample.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticFilmGeneratorTest {

    @Test
    void documentedSeedReproducesTheShippedFileByteForByte() throws IOException {
        byte[] shipped = Files.readAllBytes(SampleData.file());
        byte[] regenerated = SyntheticFilmGenerator.csv(SampleData.SEED);
        if (!java.util.Arrays.equals(shipped, regenerated)) {
            List<String> a = new String(shipped, StandardCharsets.UTF_8).lines().toList();
            List<String> b = new String(regenerated, StandardCharsets.UTF_8).lines().toList();
            int i = 0;
            while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                i++;
            }
            String shippedLine = i < a.size() ? a.get(i) : "<end of file>";
            String regeneratedLine = i < b.size() ? b.get(i) : "<end of file>";
            assertArrayEquals(shipped, regenerated, "line " + (i + 1) + " differs: shipped '" + shippedLine
                    + "', regenerated '" + regeneratedLine + "'; regenerate data/" + SampleData.FILE_NAME
                    + " with --seed " + SampleData.SEED + " and update data/README.md if the model changed");
        }
    }

    @Test
    void mainWritesTheSameBytesAsTheApi(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("films.csv");
        SyntheticFilmGenerator.main(new String[] { "--seed", "7", "--out", out.toString() });
        assertArrayEquals(SyntheticFilmGenerator.csv(7), Files.readAllBytes(out));
    }

    @Test
    void outputIsUtf8WithoutBomAndWithUnixLineEnds() {
        byte[] bytes = SyntheticFilmGenerator.csv(SampleData.SEED);
        assertEquals('#', bytes[0], "the file starts with the synthetic-data comment, not a byte order mark");
        for (byte b : bytes) {
            assertNotEquals('\r', b);
        }
        assertEquals('\n', bytes[bytes.length - 1]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertArrayEquals(bytes, text.getBytes(StandardCharsets.UTF_8), "valid UTF-8 round-trips");
        assertTrue(text.contains("σN (mS/cm)"));
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherValues() {
        assertArrayEquals(SyntheticFilmGenerator.csv(11), SyntheticFilmGenerator.csv(11));
        List<String> a = new String(SyntheticFilmGenerator.csv(11), StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(SyntheticFilmGenerator.csv(12), StandardCharsets.UTF_8).lines().toList();
        assertEquals(a.size(), b.size());
        assertEquals(a.get(1), b.get(1), "the header does not depend on the seed");
        assertNotEquals(a.get(2), b.get(2));
        assertTrue(a.get(0).contains("(seed 11)"), a.get(0));
    }

    @Test
    void replicatesAreDistinctCombinationsOfTheDesign() {
        for (long seed = 0; seed < 50; seed++) {
            List<SyntheticFilmGenerator.Condition> films = SyntheticFilmGenerator.design(new SplittableRandom(seed));
            assertEquals(110, films.size());
            Set<SyntheticFilmGenerator.Condition> full = new HashSet<>(films.subList(0, 100));
            assertEquals(100, full.size(), "the full factorial holds each combination once");
            Set<SyntheticFilmGenerator.Condition> replicated = new HashSet<>(films.subList(100, 110));
            assertEquals(10, replicated.size(), "seed " + seed + " drew a combination twice");
            assertTrue(full.containsAll(replicated));
        }
    }

    @Test
    void indexCoversItsRangeAndNothingElse() {
        SplittableRandom random = new SplittableRandom(3);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[SyntheticFilmGenerator.index(random, 7)]++;
        }
        for (int c : counts) {
            // 10 000 expected per value; binomial sd ≈ 92, so ±600 is over 6 sd.
            assertTrue(Math.abs(c - 10_000) < 600, "count " + c);
        }
    }

    @Test
    void standardNormalHasUnitVarianceAndZeroMean() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double z = SyntheticFilmGenerator.standardNormal(random);
            assertFalse(Double.isNaN(z) || Double.isInfinite(z));
            sum += z;
            sumSquares += z * z;
        }
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        // Standard errors: mean 1/sqrt(n) ≈ 0.0022, variance sqrt(2/n) ≈ 0.0032; tolerances are about 5 of them.
        assertEquals(0.0, mean, 0.011);
        assertEquals(1.0, variance, 0.016);
    }
}
