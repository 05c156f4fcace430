// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.ui.results.ResultPresenter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A presenter of texts and tables that rebuilds its content for each run inside a vertical scroller;
 * texts wrap at the view's width, only tables may make it scroll sideways.
 */
abstract class ScrolledPresenter implements ResultPresenter {

    private ScrolledComposite scroller;
    private Composite content;
    private final List<Table> tables = new ArrayList<>();

    @Override
    public final void createControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> fitWidth());
        clear();
    }

    @Override
    public final void show(RunResult result, JsonNode results) {
        Composite c = fresh();
        fill(c, result);
        done();
    }

    @Override
    public final void clear() {
        fresh();
        done();
    }

    /** Adds the run's texts and tables to {@code content} (GridLayout, one column). */
    abstract void fill(Composite content, RunResult result);

    /** Registers a table shown, for {@link #tables()}. */
    final Table add(Table table) {
        tables.add(table);
        return table;
    }

    private Composite fresh() {
        if (content != null) {
            content.dispose();
        }
        tables.clear();
        content = new Composite(scroller, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        return content;
    }

    private void done() {
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

    /** Every table shown, in order. For tests. */
    final List<Table> tables() {
        return List.copyOf(tables);
    }

    /** Every group's title and label's text, in order. For tests. */
    final List<String> texts() {
        List<String> out = new ArrayList<>();
        collect(content, out);
        return out;
    }

    private static void collect(Control c, List<String> out) {
        if (c instanceof Label l) {
            out.add(l.getText());
        } else if (c instanceof Composite comp) {
            if (c instanceof Group g) {
                out.add(g.getText());
            }
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }
}
