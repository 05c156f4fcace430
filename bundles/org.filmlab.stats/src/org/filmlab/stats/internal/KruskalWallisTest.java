// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.StatisticalTest;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Column;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * The Kruskal-Wallis H test of each property across the classes, as Chen, Duquesnoy et al. used
 * it to show that the quality classes differ in every measured property. Ranks with ties averaged,
 * H divided by the tie correction, p from the chi-squared distribution with (classes − 1) degrees
 * of freedom and the effect size ε² = H / (n − 1).
 */
public final class KruskalWallisTest implements StatisticalTest {

    static final String COLUMNS = "columns";

    private static final ParameterSet PARAMETERS = ParameterSet.of(Parameter.text(COLUMNS, "Columns",
            "Comma-separated keys or names of the columns to test (\"sigmaN, RD\"); empty tests every property"
                    + " of the data set.",
            ""));

    /** Averaged ranks are what the tie-corrected H assumes; a NaN cannot be ranked and is a bug upstream. */
    static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    public KruskalWallisTest() {
        // created by the extension registry
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of(
                "Kruskal, W. H.; Wallis, W. A. Use of Ranks in One-Criterion Variance Analysis."
                        + " Journal of the American Statistical Association 1952, 47 (260), 583–621."
                        + " https://doi.org/10.1080/01621459.1952.10483441",
                "Tomczak, M.; Tomczak, E. The need to report effect size estimates revisited. An overview of some"
                        + " recommended measures of effect size. Trends in Sport Sciences 2014, 1 (21), 19–25.",
                "Chen, Y.; Duquesnoy, M.; et al. Fabrication of High-Quality Thin Solid-State Electrolyte Films"
                        + " Assisted by Machine Learning. ACS Energy Letters 2021.");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        validateColumns(values.getString(COLUMNS), data, problems);
    }

    /** Shared with the one-way ANOVA: every named column must be a condition or a property. */
    static void validateColumns(String columns, DataShape data, Problems problems) {
        List<String> available = ColumnNames.numericKeys(data);
        List<String> names = ColumnNames.split(columns);
        if (names.isEmpty() && data.properties().isEmpty()) {
            problems.add(COLUMNS, "the data set has no property columns to test; name the columns to test from: "
                    + (available.isEmpty() ? "none" : String.join(", ", available)));
        }
        for (String name : names) {
            if (ColumnNames.keyIn(name, available).isEmpty()) {
                problems.add(COLUMNS, ColumnNames.missing(name, available));
            }
        }
    }

    @Override
    public TestResult test(GroupedData data, ParameterValues values, IProgressMonitor monitor) {
        List<Column> columns = ColumnNames.select(data.dataset(), values.getString(COLUMNS));
        SubMonitor progress = SubMonitor.convert(monitor, "Kruskal-Wallis", columns.size());
        ClassGroups groups = new ClassGroups(data);
        List<TestResult.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>(groups.notes());
        notes.add("H is corrected for ties (divided by 1 − Σ(t³ − t)/(n³ − n)); p from the chi-squared"
                + " distribution with df = classes compared − 1; ε² (epsilonSquared) = H/(n − 1)");
        for (Column column : columns) {
            ColumnNames.checkCanceled(progress);
            progress.split(1);
            if (groups.size() < 2) {
                notes.add(column.key() + " not tested: " + ClassGroups.tooFew(groups.size()));
                continue;
            }
            Map<String, Double> statistics = statistics(groups.split(column.values()));
            if (statistics == null) {
                notes.add(column.key() + " not tested: every film has the same value, so ranks cannot differ"
                        + " between classes and H is undefined");
                continue;
            }
            rows.add(new TestResult.Row(column.key(), statistics));
        }
        return new TestResult("kruskalWallis", "Kruskal-Wallis H test per property across classes", rows, notes);
    }

    /** H, df, p and ε² for two or more non-empty groups, or {@code null} when all values tie. */
    static Map<String, Double> statistics(List<double[]> groups) {
        int n = 0;
        for (double[] g : groups) {
            n += g.length;
        }
        double[] pooled = new double[n];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, pooled, at, g.length);
            at += g.length;
        }
        double tieCorrection = 1 - tieSum(pooled) / ((double) n * n * n - n);
        if (tieCorrection <= 0) {
            return null;
        }
        double[] ranks = RANKING.apply(pooled);
        double weightedSquares = 0;
        at = 0;
        for (double[] g : groups) {
            double rankSum = 0;
            for (int i = 0; i < g.length; i++) {
                rankSum += ranks[at++];
            }
            weightedSquares += rankSum * rankSum / g.length;
        }
        double uncorrected = 12.0 / ((double) n * (n + 1)) * weightedSquares - 3.0 * (n + 1);
        // Equal mean ranks can leave a rounding residue just below zero.
        double h = Math.max(0, uncorrected / tieCorrection);
        int df = groups.size() - 1;
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("H", h);
        statistics.put("df", (double) df);
        statistics.put("p", ChiSquaredDistribution.of(df).survivalProbability(h));
        statistics.put("epsilonSquared", h / (n - 1));
        return statistics;
    }

    /** Σ (t³ − t) over the runs of t equal values. */
    static double tieSum(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                sum += t * t * t - t;
                start = i;
            }
        }
        return sum;
    }
}
