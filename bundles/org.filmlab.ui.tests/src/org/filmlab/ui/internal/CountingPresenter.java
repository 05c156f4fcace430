// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.ui.results.ResultPresenter;

import com.fasterxml.jackson.databind.JsonNode;

/** A well-behaved contribution (fragment.xml) that counts its instances and what it was shown. */
public final class CountingPresenter implements ResultPresenter {

    static int created;
    private Label label;
    private RunResult shown;

    public CountingPresenter() {
        created++;
    }

    @Override
    public void createControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
    }

    @Override
    public void show(RunResult result, JsonNode results) {
        shown = result;
        label.setText(results.get("data").get("rows").asText() + " rows");
    }

    @Override
    public void clear() {
        shown = null;
        label.setText("");
    }

    RunResult shown() {
        return shown;
    }

    String text() {
        return label.getText();
    }
}
