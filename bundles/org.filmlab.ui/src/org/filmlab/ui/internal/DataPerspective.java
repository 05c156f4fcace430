// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The films as imported: the data-set table. */
public final class DataPerspective implements IPerspectiveFactory {

    public static final String ID = "org.filmlab.ui.perspective.data";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(DatasetView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        layout.addShowViewShortcut(DatasetView.ID);
        layout.addPerspectiveShortcut(AnalysisPerspective.ID);
    }
}
