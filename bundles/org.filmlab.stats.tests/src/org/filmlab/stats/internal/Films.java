// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Small data sets built in code, and the comparisons the reference tests share. */
final class Films {

    private Films() {
    }

    static Column condition(String key, double... values) {
        return new Column(key, key, key, ColumnRole.CONDITION, "", values);
    }

    static Column property(String key, double... values) {
        return new Column(key, key, key, ColumnRole.PROPERTY, "", values);
    }

    static Column property(String key, String symbol, double... values) {
        return new Column(key, symbol, symbol, ColumnRole.PROPERTY, "", values);
    }

    /** Rows labelled "film 1".. and numbered as if the file had a header line. */
    static Dataset dataset(Column... columns) {
        int rows = columns[0].values().length;
        List<String> labels = new ArrayList<>();
        int[] sourceRows = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels.add("film " + (i + 1));
            sourceRows[i] = i + 2;
        }
        return new Dataset("films.csv", "0".repeat(64), List.of(), List.of(columns), labels, sourceRows);
    }

    static GroupedData grouped(Dataset dataset, int classCount, int... classes) {
        return new GroupedData(dataset, classes, classCount);
    }

    static TestResult.Row row(TestResult result, String term) {
        return result.rows().stream().filter(r -> r.term().equals(term)).findFirst()
                .orElseGet(() -> fail("no row " + term + " in " + result));
    }

    static void assertRelative(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relative, what);
    }

    static void assertNoteMentions(TestResult result, String... words) {
        assertTrue(result.notes().stream().anyMatch(n -> List.of(words).stream().allMatch(n::contains)),
                "a note mentioning " + List.of(words) + " in " + result.notes());
    }
}
