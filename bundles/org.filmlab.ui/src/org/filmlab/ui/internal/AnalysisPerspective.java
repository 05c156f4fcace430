// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** What a run found: the decision maps beside the classifier's metrics and the tests. */
public final class AnalysisPerspective implements IPerspectiveFactory {

    public static final String ID = "org.filmlab.ui.perspective.analysis";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(DecisionMapView.ID, IPageLayout.LEFT, 1.0f, editors);
        layout.addView(MetricsView.ID, IPageLayout.RIGHT, 0.6f, DecisionMapView.ID);
        layout.addShowViewShortcut(DecisionMapView.ID);
        layout.addShowViewShortcut(MetricsView.ID);
        layout.addPerspectiveShortcut(DataPerspective.ID);
    }
}
