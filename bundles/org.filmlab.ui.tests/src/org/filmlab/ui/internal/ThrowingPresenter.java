// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.ui.results.ResultPresenter;

import com.fasterxml.jackson.databind.JsonNode;

/** A faulty contribution (fragment.xml): its constructor throws, as a buggy plug-in's might. */
public final class ThrowingPresenter implements ResultPresenter {

    static final String MESSAGE = "deliberately broken presenter";

    public ThrowingPresenter() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public void createControl(Composite parent) {
    }

    @Override
    public void show(RunResult result, JsonNode results) {
    }

    @Override
    public void clear() {
    }
}
