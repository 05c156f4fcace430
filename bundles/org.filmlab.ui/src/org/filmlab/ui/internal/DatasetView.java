// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.Optional;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.filmlab.core.data.Dataset;

/**
 * The session's data set as a table, with where it came from and, if the last import failed, why.
 * A failed import never shows a half-read table: the previous data set stays, the problem above it.
 */
public final class DatasetView extends ViewPart {

    public static final String ID = "org.filmlab.ui.view.dataset";

    private final Runnable onChange = this::refresh;
    private final IPropertyChangeListener onPreference = this::preferenceChanged;
    private Composite root;
    private Label summary;
    private Label problem;
    private Composite filterBar;
    private Text filter;
    private Label filtered;
    private Composite tableHolder;
    private DatasetTable table;
    private Dataset shown;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problem = new Label(root, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filterBar = new Composite(root, SWT.NONE);
        filterBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout bar = new GridLayout(2, false);
        bar.marginWidth = 0;
        bar.marginHeight = 0;
        filterBar.setLayout(bar);
        filter = new Text(filterBar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        filter.setMessage("Filter films: S01, P=3, σN>0.5 (all must hold)");
        filter.setToolTipText("Comma-separated terms, all of which must hold: a column compared with a number"
                + " (σN > 0.5, P=3, L:S <= 1) or text the film's label contains (S01).");
        GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        filterData.widthHint = 320;
        filter.setLayoutData(filterData);
        filter.addModifyListener(e -> applyFilter());
        filtered = new Label(filterBar, SWT.NONE);
        filtered.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tableHolder = new Composite(root, SWT.NONE);
        tableHolder.setLayout(new FillLayout());
        tableHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // The binding takes Ctrl+C from the filter field too, so the field's selected text is copied here.
        TableClipboard.activateCopy(getSite(), () -> filter.isFocusControl() ? Optional.of(filter.getSelectionText())
                : Optional.ofNullable(table).map(DatasetTable::copyText));
        SelectAll.activate(getSite(), () -> true, () -> {
            if (filter.isFocusControl()) {
                filter.selectAll();
            } else if (table != null) {
                table.selectAll();
            }
        });

        Session.get().addListener(onChange);
        FilmLabPreferences.store().addPropertyChangeListener(onPreference);
        refresh();
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        Session session = Session.get();
        Dataset dataset = session.dataset().orElse(null);
        if (dataset != shown) {
            if (table != null) {
                table.control().dispose();
                table = null;
            }
            if (dataset != null) {
                table = new DatasetTable(tableHolder, dataset, FilmLabPreferences.significantDigits());
                ContextMenus.attach(getSite(), table.control(), ContextMenus.COPY, ContextMenus.SELECT_ALL, null,
                        ContextMenus.EXPORT_DATA, ContextMenus.RUN);
            }
            shown = dataset;
            applyFilter();
        }
        summary.setText(dataset == null ? "No data set loaded. File › Import... reads CSV, XLSX and ARFF files."
                : describe(dataset));
        String why = session.importProblem().map(p -> "Import failed: " + p).orElse("");
        problem.setText(why);
        ((GridData) problem.getLayoutData()).exclude = why.isEmpty();
        problem.setVisible(!why.isEmpty());
        root.layout(true, true);
        if (table != null) {
            table.control().redraw();
        }
    }

    private void preferenceChanged(PropertyChangeEvent e) {
        if (FilmLabPreferences.DIGITS.equals(e.getProperty()) && table != null && !root.isDisposed()) {
            table.significantDigits(FilmLabPreferences.significantDigits());
        }
    }

    private void applyFilter() {
        if (table == null) {
            filtered.setText("");
            return;
        }
        Optional<String> problem = table.filter(filter.getText());
        int all = shown.rowCount();
        filtered.setForeground(problem.isPresent() ? root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        filtered.setText(problem.map(p -> "Not a filter: " + p).orElse(table.rowCount() == all ? all + " films"
                : table.rowCount() + " of " + all + " films shown"));
        filterBar.layout();
    }

    /** What the line beside the filter field says: how many films are shown, or why the text is no filter. */
    String filterStatus() {
        return filtered.getText();
    }

    /** The filter field above the table. */
    Text filterField() {
        return filter;
    }

    static String describe(Dataset d) {
        return d.source() + ": " + d.rowCount() + " films, " + d.conditions().size() + " conditions, "
                + d.properties().size() + " properties" + (d.isSynthetic()
                        ? ". SYNTHETIC data (FilmLab's generated sample), not laboratory measurements." : ".");
    }

    /** The table shown, or {@code null} before a data set is loaded. */
    DatasetTable table() {
        return table;
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }

    @Override
    public void dispose() {
        Session.get().removeListener(onChange);
        FilmLabPreferences.store().removePropertyChangeListener(onPreference);
        super.dispose();
    }
}
