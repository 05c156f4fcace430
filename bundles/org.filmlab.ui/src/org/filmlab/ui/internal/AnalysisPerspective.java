// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** What a run found: the decision maps beside the classifier's metrics and the tests. */
public final class AnalysisPerspective implements IPerspectiveFactory {

    public static final String ID = "org.filmlab.ui.perspective.analysis";

    /** Result views with no class of their own (a {@link ResultsView} showing the contributions that name them). */
    static final String PCA = "org.filmlab.ui.view.pca";
    static final String BOX_PLOTS = "org.filmlab.ui.view.boxPlots";
    static final String STATISTICS = "org.filmlab.ui.view.statistics";
    /** The workbench's Progress view, declared by FilmLab (no IDE bundle) under the platform's id. */
    static final String PROGRESS = IPageLayout.ID_PROGRESS_VIEW;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(DecisionMapView.ID, IPageLayout.LEFT, 1.0f, editors);
        layout.addView(MetricsView.ID, IPageLayout.RIGHT, 0.6f, DecisionMapView.ID);
        IFolderLayout charts = layout.createFolder("org.filmlab.ui.folder.charts", IPageLayout.BOTTOM, 0.62f,
                MetricsView.ID);
        charts.addView(NextExperimentsView.ID);
        charts.addView(PCA);
        charts.addView(BOX_PLOTS);
        charts.addView(STATISTICS);
        charts.addView(WorkflowEditorView.ID);
        // Where a run shows its progress and its own Stop button, beside the results it will replace.
        charts.addView(PROGRESS);
        layout.addShowViewShortcut(DecisionMapView.ID);
        layout.addShowViewShortcut(MetricsView.ID);
        layout.addShowViewShortcut(PCA);
        layout.addShowViewShortcut(BOX_PLOTS);
        layout.addShowViewShortcut(STATISTICS);
        layout.addShowViewShortcut(NextExperimentsView.ID);
        layout.addShowViewShortcut(WorkflowEditorView.ID);
        layout.addShowViewShortcut(PROGRESS);
        layout.addPerspectiveShortcut(DataPerspective.ID);
    }
}
