// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.statistics.distribution.NormalDistribution;
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
 * Dunn's post-hoc test after Kruskal-Wallis (contribution {@code org.filmlab.stats.dunn}): for each
 * property and each pair of classes i &lt; j, which classes differ. Ranks are those of the
 * Kruskal-Wallis test (all compared films pooled, ties averaged);
 * {@code z = (mean rank i − mean rank j) / √((N(N + 1)/12 − Σ(t³ − t)/(12(N − 1))) (1/nᵢ + 1/nⱼ))},
 * p is two-sided from the standard normal distribution, and pHolm is Holm's step-down adjustment
 * over the pairs of one property (what scikit-posthocs' {@code posthoc_dunn(..., p_adjust="holm")}
 * reports). Rows are named {@code "sigmaN 1–2"}. Classes without films are left out and noted, as in
 * the Kruskal-Wallis test. No randomness. Stateless.
 */
public final class DunnTest implements StatisticalTest {

    static final String COLUMNS = KruskalWallisTest.COLUMNS;

    private static final ParameterSet PARAMETERS = ParameterSet.of(Parameter.text(COLUMNS, "Columns",
            "Comma-separated keys or names of the columns to compare pairwise (\"sigmaN, RD\"); empty compares"
                    + " every property of the data set.",
            ""));

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    public DunnTest() {
        // created by the extension registry
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of(
                "Dunn, O. J. Multiple Comparisons Using Rank Sums. Technometrics 1964, 6 (3), 241–252."
                        + " https://doi.org/10.1080/00401706.1964.10490181",
                "Holm, S. A Simple Sequentially Rejective Multiple Test Procedure. Scandinavian Journal of"
                        + " Statistics 1979, 6 (2), 65–70.");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        KruskalWallisTest.validateColumns(values.getString(COLUMNS), data, problems);
    }

    @Override
    public TestResult test(GroupedData data, ParameterValues values, IProgressMonitor monitor) {
        List<Column> columns = ColumnNames.select(data.dataset(), values.getString(COLUMNS));
        SubMonitor progress = SubMonitor.convert(monitor, "Dunn's test", columns.size());
        ColumnNames.checkCanceled(progress);
        ClassGroups groups = new ClassGroups(data);
        List<Integer> classes = compared(data);
        List<TestResult.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>(groups.notes());
        notes.add("z = difference of mean ranks (class i − class j) over its standard error, ties corrected;"
                + " p two-sided from the standard normal; pHolm adjusted by Holm's method over the pairs of each"
                + " property");
        for (Column column : columns) {
            ColumnNames.checkCanceled(progress);
            progress.split(1);
            if (groups.size() < 2) {
                notes.add(column.key() + " not compared: " + ClassGroups.tooFew(groups.size()));
                continue;
            }
            List<double[]> split = groups.split(column.values());
            List<double[]> pairs = pairs(split);
            if (pairs == null) {
                notes.add(column.key() + " not compared: every film has the same value, so ranks cannot differ");
                continue;
            }
            double[] holm = holm(pairs.stream().mapToDouble(r -> r[3]).toArray());
            for (int k = 0; k < pairs.size(); k++) {
                double[] pair = pairs.get(k);
                Map<String, Double> statistics = new LinkedHashMap<>();
                statistics.put("z", pair[2]);
                statistics.put("p", pair[3]);
                statistics.put("pHolm", holm[k]);
                rows.add(new TestResult.Row(column.key() + " " + classes.get((int) pair[0]) + "–"
                        + classes.get((int) pair[1]), statistics));
            }
        }
        return new TestResult("dunn", "Dunn's pairwise test after Kruskal-Wallis, Holm-adjusted", rows, notes);
    }

    /** The class numbers with films, in the order ClassGroups splits them. */
    private static List<Integer> compared(GroupedData data) {
        List<Integer> out = new ArrayList<>();
        for (int c = 1; c <= data.classCount(); c++) {
            final int cls = c;
            if (Arrays.stream(data.classes()).anyMatch(x -> x == cls)) {
                out.add(c);
            }
        }
        return out;
    }

    /** For each pair of groups {a, b, z, p}, or {@code null} when all values tie. */
    static List<double[]> pairs(List<double[]> groups) {
        int n = groups.stream().mapToInt(g -> g.length).sum();
        double[] pooled = new double[n];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, pooled, at, g.length);
            at += g.length;
        }
        double variance = n * (n + 1.0) / 12.0 - KruskalWallisTest.tieSum(pooled) / (12.0 * (n - 1));
        if (!(variance > 0)) {
            return null;
        }
        double[] ranks = KruskalWallisTest.RANKING.apply(pooled);
        double[] meanRank = new double[groups.size()];
        at = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).length; i++) {
                meanRank[g] += ranks[at++];
            }
            meanRank[g] /= groups.get(g).length;
        }
        List<double[]> out = new ArrayList<>();
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                double se = Math.sqrt(variance * (1.0 / groups.get(a).length + 1.0 / groups.get(b).length));
                double z = (meanRank[a] - meanRank[b]) / se;
                double p = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
                out.add(new double[] { a, b, z, Math.min(1, p) });
            }
        }
        return out;
    }

    /**
     * Holm's step-down adjustment: sorted ascending, the k-th smallest p (from 0) is multiplied by
     * (m − k), made non-decreasing along the order and capped at 1; ties keep input order.
     */
    static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> p[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        double[] adjusted = new double[m];
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
