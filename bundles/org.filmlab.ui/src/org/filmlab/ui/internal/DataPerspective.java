// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The films as imported: the data sets of the session beside the current one's table; below it, the
 * place of the Error Log, which opens there when an error is logged ({@link ErrorLogOnError}).
 */
public final class DataPerspective implements IPerspectiveFactory {

    public static final String ID = "org.filmlab.ui.perspective.data";

    /** The Eclipse Error Log view (bundle org.eclipse.ui.views.log). */
    static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(DatasetView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        layout.addView(DatasetExplorerView.ID, IPageLayout.LEFT, 0.24f, DatasetView.ID);
        // Import and run failures are logged as well as shown, so they can be read again here. A
        // place, not the view: created at start it took about a tenth of the start to show nothing.
        layout.addPlaceholder(ERROR_LOG, IPageLayout.BOTTOM, 0.78f, DatasetView.ID);
        layout.addShowViewShortcut(DatasetExplorerView.ID);
        layout.addShowViewShortcut(ERROR_LOG);
        layout.addShowViewShortcut(DatasetView.ID);
        layout.addPerspectiveShortcut(AnalysisPerspective.ID);
    }
}
