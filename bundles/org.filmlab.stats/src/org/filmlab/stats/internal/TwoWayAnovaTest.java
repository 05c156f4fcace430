// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.statistics.distribution.FDistribution;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.StatisticalTest;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * Two-way analysis of variance with interaction of a property against two conditions, as Chen,
 * Duquesnoy et al. analysed log(RD) for X:B × L:S. The films of such a design are rarely balanced,
 * so sums of squares are of Type II: each main effect adjusted for the other, the interaction for
 * both, each the drop in residual sum of squares between nested dummy-coded least-squares models.
 * Degrees of freedom are differences of design ranks, so an empty cell removes an interaction
 * degree of freedom instead of producing a meaningless test. The classes are not used.
 */
public final class TwoWayAnovaTest implements StatisticalTest {

    static final String RESPONSE = "response";
    static final String FACTOR_A = "factorA";
    static final String FACTOR_B = "factorB";
    static final String LOG_TRANSFORM = "logTransform";
    static final String LEVELS = "levels";
    /**
     * The most design columns fitted: the normal equations' singular value decomposition grows with
     * their cube (about a second at a thousand in Commons Math), and a design this wide on films
     * recorded at measured rather than set conditions says little level by level anyway.
     */
    static final int MAX_COLUMNS = 1000;

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.text(RESPONSE, "Response", "Key or name of the property analysed.", "RD"),
            Parameter.text(FACTOR_A, "Factor A", "Key or name of the first condition.", "XB"),
            Parameter.text(FACTOR_B, "Factor B", "Key or name of the second condition.", "LS"),
            Parameter.bool(LOG_TRANSFORM, "Log transform",
                    "Analyse the natural log of the response. Every value must then be positive: a zero or negative"
                            + " value stops the test with an error naming the row (validation cannot see the values).",
                    true),
            Parameter.integer(LEVELS, "Levels",
                    "0 makes each distinct value of a factor a level; n > 0 cuts the range of each factor into n"
                            + " equal-width bins, for conditions that were varied continuously.",
                    0, 0, 50));

    public TwoWayAnovaTest() {
        // created by the extension registry
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of(
                "Langsrud, Ø. ANOVA for unbalanced data: Use Type II instead of Type III sums of squares."
                        + " Statistics and Computing 2003, 13, 163–167. https://doi.org/10.1023/A:1023260610025",
                "Chen, Y.; Duquesnoy, M.; et al. Fabrication of High-Quality Thin Solid-State Electrolyte Films"
                        + " Assisted by Machine Learning. ACS Energy Letters 2021.");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        List<String> available = ColumnNames.numericKeys(data);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String parameter : List.of(RESPONSE, FACTOR_A, FACTOR_B)) {
            String name = values.getString(parameter);
            Optional<String> key = ColumnNames.keyIn(name.strip(), available);
            if (key.isPresent()) {
                keys.put(parameter, key.get());
            } else {
                problems.add(parameter, ColumnNames.missing(name, available));
            }
        }
        if (keys.containsKey(FACTOR_A) && keys.get(FACTOR_A).equals(keys.get(FACTOR_B))) {
            problems.add(FACTOR_B, "names the same column as " + FACTOR_A + " (" + keys.get(FACTOR_A)
                    + "); choose two different conditions");
        }
        String response = keys.get(RESPONSE);
        if (response != null && (response.equals(keys.get(FACTOR_A)) || response.equals(keys.get(FACTOR_B)))) {
            problems.add(RESPONSE, "names a factor (" + response + "); the response must be another column");
        }
        if (values.getInt(LEVELS) == 1) {
            problems.add(LEVELS, "1 level leaves nothing to compare; use 0 (a level per distinct value) or 2 or more");
        }
    }

    @Override
    public TestResult test(GroupedData data, ParameterValues values, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Two-way ANOVA", 4);
        ColumnNames.checkCanceled(progress);
        Dataset dataset = data.dataset();
        Column response = ColumnNames.require(dataset, values.getString(RESPONSE).strip());
        Column columnA = ColumnNames.require(dataset, values.getString(FACTOR_A).strip());
        Column columnB = ColumnNames.require(dataset, values.getString(FACTOR_B).strip());
        if (columnA.key().equals(columnB.key()) || response.key().equals(columnA.key())
                || response.key().equals(columnB.key())) {
            throw new IllegalArgumentException("response " + response.key() + ", factor A " + columnA.key()
                    + " and factor B " + columnB.key() + " must be three different columns");
        }
        boolean log = values.getBoolean(LOG_TRANSFORM);
        double[] y = log ? LogTransform.apply(dataset, response) : response.values();
        FactorLevels a = FactorLevels.of(columnA, values.getInt(LEVELS));
        FactorLevels b = FactorLevels.of(columnB, values.getInt(LEVELS));
        String interaction = a.key() + "×" + b.key();
        String key = "twoWayAnova";
        String title = "Two-way ANOVA of " + (log ? "ln " : "") + response.key() + " for " + interaction
                + " (Type II)";

        List<String> notes = new ArrayList<>();
        notes.add(log ? "response: natural log of " + response.key() : "response: " + response.key() + " untransformed");
        notes.add(a.description());
        notes.add(b.description());
        notes.add("Type II sums of squares: " + a.key() + " adjusted for " + b.key() + ", " + b.key() + " adjusted for "
                + a.key() + ", " + interaction + " adjusted for both; each is the drop in residual sum of squares"
                + " between nested least-squares fits with dummy coding, df from the ranks of the designs");
        int n = y.length;
        if (n == 0) {
            notes.add("not tested: the data set has no films");
            return new TestResult(key, title, List.of(), notes);
        }
        int cells = occupiedCells(a, b);
        if (cells < a.count() * b.count()) {
            notes.add((a.count() * b.count() - cells) + " of " + a.count() * b.count() + " " + interaction
                    + " cells have no films; the interaction df counts only the cell contrasts the films can"
                    + " estimate (the gain in design rank), not (levels − 1) × (levels − 1)");
        }

        String bin = values.getInt(LEVELS) == 0 ? "; for conditions varied continuously, set " + LEVELS + " (5, say)"
                + " to bin each factor's range" : "";
        // The product of the level counts bounds the columns: only past it are the cells counted.
        if ((long) a.count() * b.count() > MAX_COLUMNS && designColumns(a, b) > MAX_COLUMNS) {
            notes.add("not tested: " + a.key() + " has " + a.count() + " levels and " + b.key() + " " + b.count()
                    + ", " + cells + " " + interaction + " cells with films, more than a least-squares fit of "
                    + MAX_COLUMNS + " columns takes in reasonable time" + bin);
            return new TestResult(key, title, List.of(), notes);
        }
        progress.split(1);
        LeastSquares onlyB = fit(a, b, false, true, false, y);
        progress.split(1);
        LeastSquares onlyA = fit(a, b, true, false, false, y);
        progress.split(1);
        LeastSquares additive = fit(a, b, true, true, false, y);
        progress.split(1);
        LeastSquares full = fit(a, b, true, true, true, y);

        double residualSs = full.residualSumOfSquares();
        int residualDf = n - full.rank();
        double residualMs = residualDf > 0 ? residualSs / residualDf : Double.NaN;
        boolean testable = residualDf > 0 && residualMs > 0;
        if (residualDf == 0) {
            notes.add("no residual degrees of freedom (one film per cell): F and p cannot be computed" + bin);
        } else if (!testable) {
            notes.add("the model fits every film exactly (residual sum of squares 0): F and p cannot be computed");
        }
        List<TestResult.Row> rows = new ArrayList<>();
        addEffect(rows, notes, a.key(), onlyB, additive, residualDf, residualMs, testable,
                "has a single level once " + b.key() + " is accounted for");
        addEffect(rows, notes, b.key(), onlyA, additive, residualDf, residualMs, testable,
                "has a single level once " + a.key() + " is accounted for");
        addEffect(rows, notes, interaction, additive, full, residualDf, residualMs, testable,
                "cannot be separated from the main effects (no level of either factor is seen with two levels of"
                        + " the other)");
        Map<String, Double> residual = new LinkedHashMap<>();
        residual.put("SS", residualSs);
        residual.put("df", (double) residualDf);
        if (residualDf > 0) {
            residual.put("MS", residualMs);
        }
        rows.add(new TestResult.Row("residual", residual));
        return new TestResult(key, title, rows, notes);
    }

    private static void addEffect(List<TestResult.Row> rows, List<String> notes, String term, LeastSquares reduced,
            LeastSquares larger, int residualDf, double residualMs, boolean testable, String whyUntestable) {
        int df = larger.rank() - reduced.rank();
        if (df == 0) {
            notes.add(term + " not tested: it " + whyUntestable);
            return;
        }
        // Nested fits cannot increase the residual; a negative difference is rounding.
        double ss = Math.max(0, reduced.residualSumOfSquares() - larger.residualSumOfSquares());
        double ms = ss / df;
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("SS", ss);
        statistics.put("df", (double) df);
        statistics.put("MS", ms);
        if (testable) {
            double f = ms / residualMs;
            statistics.put("F", f);
            statistics.put("p", FDistribution.of(df, residualDf).survivalProbability(f));
        }
        rows.add(new TestResult.Row(term, statistics));
    }

    /**
     * The columns of the full model's design that some film has: the intercept, the dummies of A and
     * B, and one interaction column per occupied cell off the reference levels. The other columns
     * are all zero, and the fit leaves them out.
     */
    private static int designColumns(FactorLevels a, FactorLevels b) {
        Set<Integer> interactionCells = new HashSet<>();
        for (int i = 0; i < a.level().length; i++) {
            if (a.level()[i] > 0 && b.level()[i] > 0) {
                interactionCells.add(a.level()[i] * b.count() + b.level()[i]);
            }
        }
        return a.count() + b.count() - 1 + interactionCells.size();
    }

    /**
     * Intercept, then treatment-coded dummies of A and B (first level as reference), then their
     * products: per film, the columns that are 1. Columns no film has (the products of cells without
     * films) are left out: they add nothing to the fit or its rank, and with a level per distinct
     * value of a continuously varied condition they numbered the square of the films.
     */
    private static LeastSquares fit(FactorLevels a, FactorLevels b, boolean withA, boolean withB,
            boolean withInteraction, double[] y) {
        int dummiesA = a.count() - 1;
        int dummiesB = b.count() - 1;
        int[][] ones = new int[a.level().length][];
        int[] row = new int[4];
        for (int i = 0; i < ones.length; i++) {
            int la = a.level()[i];
            int lb = b.level()[i];
            int col = 0;
            int used = 0;
            row[used++] = col++;
            if (withA) {
                if (la > 0) {
                    row[used++] = col + la - 1;
                }
                col += dummiesA;
            }
            if (withB) {
                if (lb > 0) {
                    row[used++] = col + lb - 1;
                }
                col += dummiesB;
            }
            if (withInteraction && la > 0 && lb > 0) {
                row[used++] = col + (la - 1) * dummiesB + lb - 1;
            }
            ones[i] = java.util.Arrays.copyOf(row, used);
        }
        // Renumbered in the design's own order, so that a design without empty columns is fitted as
        // before. The width is bounded: test() fits only designs of at most MAX_COLUMNS used columns,
        // whose two factors then have at most MAX_COLUMNS + 1 levels together.
        int width = 1 + (withA ? dummiesA : 0) + (withB ? dummiesB : 0) + (withInteraction ? dummiesA * dummiesB : 0);
        int[] renumbered = new int[width];
        for (int[] r : ones) {
            for (int c : r) {
                renumbered[c] = 1;
            }
        }
        int columns = 0;
        for (int c = 0; c < width; c++) {
            renumbered[c] = renumbered[c] == 0 ? -1 : columns++;
        }
        if (columns < width) {
            for (int[] r : ones) {
                for (int k = 0; k < r.length; k++) {
                    r[k] = renumbered[r[k]];
                }
            }
        }
        return LeastSquares.fit(ones, columns, y);
    }

    private static int occupiedCells(FactorLevels a, FactorLevels b) {
        Set<Integer> cells = new HashSet<>();
        for (int i = 0; i < a.level().length; i++) {
            cells.add(a.level()[i] * b.count() + b.level()[i]);
        }
        return cells.size();
    }
}
