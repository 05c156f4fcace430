// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.inference.OneWayAnova;
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
 * One-way analysis of variance of each property across the classes: the parametric companion of
 * {@link KruskalWallisTest}, optionally on the natural log of the property (RD and Ω are skewed).
 */
public final class OneWayAnovaTest implements StatisticalTest {

    static final String COLUMNS = KruskalWallisTest.COLUMNS;
    static final String LOG_TRANSFORM = "logTransform";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.text(COLUMNS, "Columns",
                    "Comma-separated keys or names of the columns to test (\"sigmaN, RD\"); empty tests every"
                            + " property of the data set.",
                    ""),
            Parameter.bool(LOG_TRANSFORM, "Log transform",
                    "Test the natural log of each column instead of its values. Every value must then be positive:"
                            + " a zero or negative value stops the test with an error naming the row (validation"
                            + " cannot see the values).",
                    false));

    public OneWayAnovaTest() {
        // created by the extension registry
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("Fisher, R. A. Statistical Methods for Research Workers; Oliver and Boyd: Edinburgh, 1925.");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        KruskalWallisTest.validateColumns(values.getString(COLUMNS), data, problems);
    }

    @Override
    public TestResult test(GroupedData data, ParameterValues values, IProgressMonitor monitor) {
        List<Column> columns = ColumnNames.select(data.dataset(), values.getString(COLUMNS));
        boolean log = values.getBoolean(LOG_TRANSFORM);
        SubMonitor progress = SubMonitor.convert(monitor, "One-way ANOVA", columns.size());
        ClassGroups groups = new ClassGroups(data);
        List<TestResult.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>(groups.notes());
        notes.add(log ? "each column is tested as its natural log" : "each column is tested untransformed");
        for (Column column : columns) {
            ColumnNames.checkCanceled(progress);
            progress.split(1);
            double[] tested = log ? LogTransform.apply(data.dataset(), column) : column.values();
            if (groups.size() < 2) {
                notes.add(column.key() + " not tested: " + ClassGroups.tooFew(groups.size()));
                continue;
            }
            List<double[]> split = groups.split(tested);
            int n = split.stream().mapToInt(g -> g.length).sum();
            int dfBetween = split.size() - 1;
            int dfWithin = n - split.size();
            if (dfWithin < 1) {
                notes.add(column.key() + " not tested: each class has a single film, so there is no variance"
                        + " within classes to compare with");
                continue;
            }
            OneWayAnova.Result result = OneWayAnova.withDefaults().test(split);
            double f = result.getStatistic();
            if (!Double.isFinite(f)) {
                notes.add(column.key() + " not tested: the films of each class all have the same value, so F is"
                        + " undefined");
                continue;
            }
            Map<String, Double> statistics = new LinkedHashMap<>();
            statistics.put("F", f);
            statistics.put("dfBetween", (double) dfBetween);
            statistics.put("dfWithin", (double) dfWithin);
            statistics.put("p", result.getPValue());
            rows.add(new TestResult.Row(column.key(), statistics));
        }
        return new TestResult("oneWayAnova", "One-way ANOVA per property across classes", rows, notes);
    }
}
