// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Dataset;

/** SWT tables and wrapped labels of a run's results, shared by the metrics and statistics presenters. */
final class TestTables {

    private TestTables() {
    }

    /** A group titled like the test, its table (one row per term, one column per statistic) and its notes. */
    static Table test(Composite parent, TestResult t, Dataset data) {
        Group g = group(parent, t.title());
        List<String> headers = new ArrayList<>();
        headers.add("");
        for (TestResult.Row row : t.rows()) {
            for (String stat : row.statistics().keySet()) {
                if (!headers.contains(stat)) {
                    headers.add(stat);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (TestResult.Row row : t.rows()) {
            List<String> cells = new ArrayList<>();
            // The column symbol for a property key (σN for sigmaN); effects and unknown terms as they are.
            cells.add(data.column(row.term()).map(c -> c.symbol()).orElse(row.term()));
            for (String stat : headers.subList(1, headers.size())) {
                Double v = row.statistics().get(stat);
                cells.add(v == null ? "" : statistic(stat, v));
            }
            rows.add(cells);
        }
        List<String> shown = headers.stream().map(TestResult::symbol).toList();
        Table table = table(g, shown, rows);
        for (String note : t.notes()) {
            label(g, note);
        }
        return table;
    }

    static String statistic(String name, double v) {
        if (name.equals("df")) {
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
        }
        if (name.equals("p") || name.startsWith("p ") || name.startsWith("p(") || name.equals("pAdjusted")) {
            return v < 1e-4 ? String.format(Locale.ROOT, "%.1e", v) : String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(1, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200;
        l.setLayoutData(d);
        return l;
    }

    static Table table(Composite parent, List<String> headers, List<List<String>> rows) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        for (int i = 0; i < headers.size(); i++) {
            TableColumn col = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            col.setText(headers.get(i));
        }
        for (List<String> row : rows) {
            new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
        }
        for (TableColumn col : table.getColumns()) {
            col.pack();
        }
        TableClipboard.addCopyMenu(table);
        return table;
    }
}
