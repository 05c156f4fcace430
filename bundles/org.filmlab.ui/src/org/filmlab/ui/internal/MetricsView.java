// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.RunResult;

/**
 * How good the last run's classifier is and what the tests found: hold-out and cross-validated
 * macro-F1, both confusion matrices, and every statistical test's table (Kruskal-Wallis per
 * property, the two-way ANOVA of log(RD) for the paper's workflow).
 */
public final class MetricsView extends ViewPart {

    public static final String ID = "org.filmlab.ui.view.metrics";

    private final Runnable onChange = this::refresh;
    private ScrolledComposite scroller;
    private Composite content;
    private RunResult shown;
    private String problemShown;
    private final List<Table> tables = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        // Texts wrap at the view's width; only the tables may make it scroll sideways.
        scroller.addListener(SWT.Resize, e -> fitWidth());
        Session.get().addListener(onChange);
        shown = null;
        rebuild();
    }

    private void refresh() {
        Session session = Session.get();
        if (scroller == null || scroller.isDisposed()
                || (session.result().orElse(null) == shown && session.runProblem().orElse(null) == problemShown)) {
            return;
        }
        rebuild();
    }

    private void rebuild() {
        Session session = Session.get();
        shown = session.result().orElse(null);
        problemShown = session.runProblem().orElse(null);
        if (content != null) {
            content.dispose();
        }
        tables.clear();
        content = new Composite(scroller, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        if (problemShown != null) {
            Label problem = label(content, problemShown);
            problem.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        if (shown == null) {
            label(content, "No results yet.");
        } else {
            label(content, shown.workflow().name() + " on " + shown.dataset().source() + " (" + shown.dataset().rowCount()
                    + " films, seed " + shown.workflow().seed() + ")" + (shown.dataset().isSynthetic()
                            ? ". SYNTHETIC data: the numbers show what FilmLab does, not what real films do." : "."));
            classes(shown);
            shown.classifier().ifPresent(this::classifier);
            for (TestResult test : shown.tests()) {
                test(test);
            }
        }
        scroller.setContent(content);
        fitWidth();
    }

    private void fitWidth() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = Math.max(320, scroller.getClientArea().width);
        scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
        scroller.layout(true, true);
    }

    private void classes(RunResult r) {
        Group g = group("Quality classes");
        StringBuilder text = new StringBuilder();
        for (int c = 1; c <= r.classes().count(); c++) {
            text.append(c == 1 ? "" : "\n").append("class ").append(c).append(": ").append(r.classes().labels()
                    .get(c - 1)).append(", ").append(r.classes().sizes()[c - 1]).append(" films");
        }
        label(g, text.toString());
    }

    private void classifier(ClassifierEvaluation e) {
        Group g = group("Classifier (" + String.join(", ", e.features()) + " → class)");
        ClassifierEvaluation.Split s = e.split();
        ClassifierEvaluation.CrossValidation cv = e.cv();
        label(g, String.format(Locale.ROOT, "Hold-out split: macro-F1 %.3f, accuracy %.3f (%d training films, %d"
                + " after oversampling; %d held out)", s.f1Macro(), s.accuracy(), s.trainRows(), s.trainRowsResampled(),
                s.testRows()));
        label(g, String.format(Locale.ROOT, "%d × %d-fold cross-validation: macro-F1 %.3f ± %.3f (mean ± sd over %d"
                + " folds)", cv.repeats(), cv.folds(), cv.f1MacroMean(), cv.f1MacroSd(), cv.foldF1Macro().length));
        Composite matrices = new Composite(g, SWT.NONE);
        matrices.setLayout(new GridLayout(2, false));
        matrices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        confusion(matrices, "Hold-out confusion (rows: actual)", s.confusion());
        confusion(matrices, "Cross-validation confusion, all folds", cv.confusion());
    }

    private void confusion(Composite parent, String title, int[][] m) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        box.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        label(box, title);
        List<String> headers = new ArrayList<>();
        headers.add("actual \\ predicted");
        for (int c = 1; c <= m.length; c++) {
            headers.add(Integer.toString(c));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < m.length; a++) {
            List<String> row = new ArrayList<>();
            row.add("class " + (a + 1));
            for (int p = 0; p < m[a].length; p++) {
                row.add(Integer.toString(m[a][p]));
            }
            rows.add(row);
        }
        table(box, headers, rows);
    }

    private void test(TestResult t) {
        Group g = group(t.title());
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
            cells.add(term(row.term()));
            for (String stat : headers.subList(1, headers.size())) {
                Double v = row.statistics().get(stat);
                cells.add(v == null ? "" : statistic(stat, v));
            }
            rows.add(cells);
        }
        table(g, headers, rows);
        for (String note : t.notes()) {
            label(g, note);
        }
    }

    /** The column symbol for a property key (σN for sigmaN); effects and unknown terms as they are. */
    private String term(String key) {
        return shown.dataset().column(key).map(c -> c.symbol()).orElse(key);
    }

    private static String statistic(String name, double v) {
        if (name.equals("df")) {
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
        }
        if (name.equals("p")) {
            return v < 1e-4 ? String.format(Locale.ROOT, "%.1e", v) : String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private Group group(String title) {
        Group g = new Group(content, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(1, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200;
        l.setLayoutData(d);
        return l;
    }

    private void table(Composite parent, List<String> headers, List<List<String>> rows) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
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
        tables.add(table);
    }

    /** Every table shown, in order: confusion matrices, then one per test. For tests. */
    List<Table> tables() {
        return List.copyOf(tables);
    }

    /** Every label's text, in order. For tests. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        collect(content, out);
        return out;
    }

    private static void collect(Control c, List<String> out) {
        if (c instanceof Label l) {
            out.add(l.getText());
        } else if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    @Override
    public void dispose() {
        Session.get().removeListener(onChange);
        super.dispose();
    }
}
