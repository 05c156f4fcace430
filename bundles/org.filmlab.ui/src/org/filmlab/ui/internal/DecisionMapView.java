// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.part.ViewPart;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.RunResult;
import org.jfree.chart.swt.ChartComposite;

/**
 * The last run's decision maps, one panel at a time: a slider walks through the panel levels
 * (P% = 3…10 for the paper's workflow, the levels without films interpolated by the classifier).
 */
public final class DecisionMapView extends ViewPart {

    public static final String ID = "org.filmlab.ui.view.decisionMap";

    private final Runnable onChange = this::refresh;
    private Composite root;
    private Label heading;
    private Scale levels;
    private Label levelText;
    private ChartComposite canvas;
    private RunResult shown;
    private DecisionMapChart chart;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        levels = new Scale(root, SWT.HORIZONTAL);
        levels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        levels.setIncrement(1);
        levels.setPageIncrement(1);
        levels.addListener(SWT.Selection, e -> showPanel(levels.getSelection()));
        levelText = new Label(root, SWT.NONE);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        textData.widthHint = 260;
        levelText.setLayoutData(textData);
        canvas = new ChartComposite(root, SWT.NONE, null, true);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Session.get().addListener(onChange);
        refresh();
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        Session session = Session.get();
        RunResult result = session.result().orElse(null);
        String problem = session.runProblem().map(p -> "\n" + p).orElse("");
        Optional<DecisionMaps> maps = result == null ? Optional.empty() : result.maps();
        if (result == null) {
            heading.setText("No results yet: Analysis › Run workflow runs the default workflow on the data set." + problem);
        } else if (maps.isEmpty()) {
            heading.setText(result.workflow().name() + " on " + result.dataset().source()
                    + " makes no decision maps (it has no map step)." + problem);
        } else {
            heading.setText(result.workflow().name() + " on " + result.dataset().source() + ": "
                    + window(maps.get()) + problem);
        }
        if (result != shown) {
            shown = result;
            int panels = maps.map(m -> m.panels().size()).orElse(0);
            levels.setEnabled(panels > 1);
            levels.setMinimum(0);
            levels.setMaximum(Math.max(1, panels - 1));
            levels.setSelection(0);
            showPanel(0);
        }
        root.layout(true, true);
    }

    /** Shows panel {@code index} of the current result's maps (as the slider does). */
    void showPanel(int index) {
        Optional<DecisionMaps> maps = shown == null ? Optional.empty() : shown.maps();
        if (maps.isEmpty()) {
            chart = null;
            canvas.setChart(null);
            levelText.setText("");
            return;
        }
        List<DecisionMaps.Panel> panels = maps.get().panels();
        int i = Math.max(0, Math.min(index, panels.size() - 1));
        if (levels.getSelection() != i) {
            levels.setSelection(i);
        }
        DecisionMaps.Panel panel = panels.get(i);
        chart = new DecisionMapChart(shown, maps.get(), i);
        canvas.setChart(chart.chart());
        canvas.forceRedraw();
        levelText.setText(maps.get().panel().isEmpty() ? "" : maps.get().panel() + " = "
                + DecisionMapChart.number(panel.level()) + (panel.measured() ? " (measured)" : " (interpolated)"));
    }

    private static String window(DecisionMaps maps) {
        DecisionMaps.ProcessWindow w = maps.window();
        if (w.points() == 0) {
            return "class " + w.windowClass() + " is predicted nowhere on the maps.";
        }
        return String.format(Locale.ROOT, "process window (class %d) at %s = %.2f ± %.2f, %s = %.0f ± %.0f",
                w.windowClass(), maps.x(), w.xMean(), w.xSd(), maps.y(), w.yMean(), w.ySd());
    }

    /** The chart shown, or {@code null} when there is no map to show. */
    DecisionMapChart chart() {
        return chart;
    }

    int panelShown() {
        return levels.getSelection();
    }

    @Override
    public void setFocus() {
        levels.setFocus();
    }

    @Override
    public void dispose() {
        Session.get().removeListener(onChange);
        super.dispose();
    }
}
