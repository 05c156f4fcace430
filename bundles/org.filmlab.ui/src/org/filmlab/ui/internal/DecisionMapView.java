// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

/**
 * The last run's decision maps, through the {@link DecisionMapPresenter} contributed for this view
 * (see {@link ResultsView}).
 */
public final class DecisionMapView extends ResultsView {

    public static final String ID = "org.filmlab.ui.view.decisionMap";

    /** Shows panel {@code index} of the current result's maps (as the slider does). */
    void showPanel(int index) {
        maps().showPanel(index);
    }

    /** The chart shown, or {@code null} when there is no map to show. */
    DecisionMapChart chart() {
        return maps().chart();
    }

    int panelShown() {
        return maps().panelShown();
    }

    DecisionMapPresenter maps() {
        return presenter(DecisionMapPresenter.class)
                .orElseThrow(() -> new IllegalStateException("the decision-map presenter is not installed or failed"));
    }
}
