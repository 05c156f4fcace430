// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.filmlab.core.data.FilmVariable;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;

/**
 * The films picked on the decision maps for the next round of experiments: their conditions, the
 * class the classifier predicts and its margin, the data set and where each came from. Remove drops
 * the selected rows; Export writes the list as CSV for the lab; Add all suggestions takes the recipes
 * the last run's suggester proposed (one is taken by clicking its marker on the decision map).
 */
public final class NextExperimentsView extends ViewPart {

    public static final String ID = "org.filmlab.ui.view.nextExperiments";

    private final Runnable onChange = this::refresh;
    private Composite root;
    private Label hint;
    private Table table;
    private Button remove;
    private Button suggestions;
    private Button export;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        hint = new Label(root, SWT.WRAP);
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        hintData.widthHint = 200;
        hint.setLayoutData(hintData);
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.addListener(SWT.Selection, e -> remove.setEnabled(table.getSelectionCount() > 0));
        suggestions = new Button(root, SWT.PUSH);
        suggestions.setText("Add all suggestions");
        suggestions.addListener(SWT.Selection, e -> addSuggestions());
        remove = new Button(root, SWT.PUSH);
        remove.setText("Remove");
        remove.addListener(SWT.Selection, e -> removeSelected());
        export = new Button(root, SWT.PUSH);
        export.setText("Export CSV...");
        export.addListener(SWT.Selection, e -> exportWithDialog());
        Session.get().plan().addListener(onChange);
        Session.get().addListener(onChange);
        refresh();
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        ExperimentPlan plan = Session.get().plan();
        hint.setText(plan.list().isEmpty() ? "Click a point of a decision map to plan a film there."
                : plan.list().size() + " film" + (plan.list().size() == 1 ? "" : "s") + " planned.");
        table.removeAll();
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        PlannedExperiment first = plan.list().isEmpty() ? null : plan.list().get(0);
        String[] headers = { first == null || first.panel().isEmpty() ? "panel" : symbol(first.panel()),
            first == null ? "x" : symbol(first.x()), first == null ? "y" : symbol(first.y()), "predicted class", "margin",
            "data set", "from" };
        for (int i = 0; i < headers.length; i++) {
            // Numbers align right; the data set's file name and the origin are text.
            new TableColumn(table, i >= headers.length - 2 ? SWT.LEFT : SWT.RIGHT).setText(headers[i]);
        }
        for (PlannedExperiment e : plan.list()) {
            new TableItem(table, SWT.NONE).setText(new String[] {
                e.panel().isEmpty() ? "" : DecisionMapChart.number(e.level()) + (e.measured() ? "" : " (no films)"),
                DecisionMapChart.number(e.xValue()), DecisionMapChart.number(e.yValue()),
                e.predictedClass() + " (" + e.classLabel() + ")", String.format(Locale.ROOT, "%.3f", e.margin()),
                e.dataset(), e.origin().isEmpty() ? "picked on the map" : e.origin() });
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        remove.setEnabled(table.getSelectionCount() > 0);
        export.setEnabled(!plan.list().isEmpty());
        Optional<RunResult> last = Session.get().result();
        Optional<NextExperiments> next = last.flatMap(r -> r.first(Parts.NEXT_EXPERIMENTS));
        suggestions.setEnabled(next.isPresent());
        suggestions.setToolTipText(next.isPresent() ? "Adds the " + next.get().recipes().size() + " recipes "
                + PlannedExperiment.origin(last.get(), next.get()) + " that are not planned yet" : "The last run suggested no recipes (Analysis ›"
                        + " Suggest next experiments... asks for some)");
        root.layout(true, true);
    }

    /**
     * Adds the last run's suggested recipes not planned yet, placed on the decision maps' axes (panel,
     * x, y) so they sit in the list like points clicked on a map, each saying which suggester and run
     * it came from.
     */
    void addSuggestions() {
        RunResult result = Session.get().result().orElse(null);
        NextExperiments next = result == null ? null : result.first(Parts.NEXT_EXPERIMENTS).orElse(null);
        DecisionMaps maps = result == null ? null : result.first(Parts.DECISION_MAPS).orElse(null);
        if (next == null || maps == null) {
            return;
        }
        ExperimentPlan plan = Session.get().plan();
        for (NextExperiment r : next.recipes()) {
            PlannedExperiment suggested = PlannedExperiment.suggested(result, maps, next, r);
            // A second click, or a suggestion already taken on the map, must not plan the film twice.
            if (plan.list().stream().noneMatch(suggested::sameFilm)) {
                plan.add(suggested);
            }
        }
    }

    /** Removes the rows selected in the table. */
    void removeSelected() {
        int[] selected = table.getSelectionIndices();
        Arrays.sort(selected);
        ExperimentPlan plan = Session.get().plan();
        for (int i = selected.length - 1; i >= 0; i--) {
            plan.remove(selected[i]);
        }
    }

    private void exportWithDialog() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export the next experiments");
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("next-experiments.csv");
        dialog.setOverwrite(true);
        String file = FilmLabPreferences.openInLastFolder(dialog);
        if (file == null) {
            return;
        }
        try {
            Session.get().plan().exportCsv(Path.of(file));
        } catch (IOException e) {
            ILog.of(getClass()).log(Status.error("cannot export the next experiments to " + file, e));
            MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + file + ": " + e.getMessage());
        }
    }

    /** A condition as the maps' axes and the data table name it (L:S for the results' LS). */
    private static String symbol(String key) {
        return FilmVariable.byKey(key).map(FilmVariable::symbol).orElse(key);
    }

    Table table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        Session.get().plan().removeListener(onChange);
        Session.get().removeListener(onChange);
        super.dispose();
    }
}
