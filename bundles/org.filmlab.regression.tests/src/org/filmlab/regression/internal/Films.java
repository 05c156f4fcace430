// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/** Small data sets and settings for the tests: a full factorial design over P, LS and XB. */
final class Films {

    private Films() {
    }

    /** P at 3..10, LS and XB at five levels each: 200 films, the property given as f(P, LS, XB). */
    static Dataset factorial(ToDoubleFunction<double[]> property) {
        List<double[]> rows = new ArrayList<>();
        for (int p = 3; p <= 10; p++) {
            for (double ls = 0.6; ls < 1.45; ls += 0.2) {
                for (double xb = 1; xb <= 5; xb++) {
                    rows.add(new double[] {p, ls, xb});
                }
            }
        }
        double[][] c = new double[3][rows.size()];
        double[] y = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < 3; k++) {
                c[k][r] = rows.get(r)[k];
            }
            y[r] = property.applyAsDouble(rows.get(r));
        }
        return dataset(List.of(condition("P", c[0]), condition("LS", c[1]), condition("XB", c[2]),
                new Column("sigmaN", "σN", "sigmaN", ColumnRole.PROPERTY, "", y)));
    }

    static Dataset dataset(List<Column> columns) {
        int n = columns.get(0).values().length;
        List<String> labels = new ArrayList<>();
        int[] source = new int[n];
        for (int r = 0; r < n; r++) {
            labels.add("row " + (r + 1));
            source[r] = r + 2;
        }
        return new Dataset("test.csv", "", List.of(), columns, labels, source);
    }

    static Column condition(String key, double[] values) {
        return new Column(key, key, key, ColumnRole.CONDITION, "", values);
    }

    /** The regress step's settings: its defaults overridden by alternating keys and values. */
    static ParameterValues settings(Object... keysAndValues) {
        Map<String, Object> given = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            given.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        Problems problems = new Problems();
        ParameterValues values = new RegressStep().parameters().resolve(given, "regress", problems);
        problems.requireNone();
        return values;
    }
}
