// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table a {@link StatisticalTest} produces: one row per term (a property for Kruskal-Wallis, an
 * effect for an ANOVA), each with named statistics in a fixed order ({@code H}, {@code df},
 * {@code p}, ...). Results are written as {@code tests.<key>.<term>.<statistic>}.
 *
 * @param key the stable name of the table in results ({@code "kruskalWallis"})
 * @param title what the table is, for reports
 * @param rows the rows in order
 * @param notes remarks a reader needs (a transformation applied, a term that could not be tested)
 */
public record TestResult(String key, String title, List<Row> rows, List<String> notes)
        implements org.filmlab.core.step.ResultPart {

    /** How FilmLab's statistic keys read to a person; a key not listed reads as itself. */
    private static final Map<String, String> SYMBOLS = Map.of("epsilonSquared", "ε²", "dfBetween", "df between",
            "dfWithin", "df within", "pHolm", "p (Holm)");

    /**
     * A statistic's key as a reader sees it ({@code epsilonSquared} → ε²): keys are stable names in
     * {@code results.json}, symbols are for tables and summaries.
     */
    public static String symbol(String statistic) {
        return SYMBOLS.getOrDefault(statistic, statistic);
    }

    public TestResult {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * One row.
     *
     * @param term the property or effect
     * @param statistics the values by name, in order; every value finite
     */
    public record Row(String term, Map<String, Double> statistics) {
        public Row {
            statistics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
            for (Map.Entry<String, Double> e : statistics.entrySet()) {
                if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                    throw new IllegalArgumentException(term + "." + e.getKey() + " is not a finite number: "
                            + e.getValue() + "; leave a statistic out rather than report it as NaN");
                }
            }
        }
    }
}
