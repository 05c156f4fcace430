// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The views' toolbars sit on their tab rows. Found using the desktop: once the Analysis perspective
 * was shown again (Window › Data and back, or a run started from Data), the result views' "Export
 * chart..." went to a second row, over the first line of the run's description, until the window was
 * resized. That text button made its toolbar 34 pixels high against a tab row of 31 once shown again,
 * and SWT's tab folder wraps a taller toolbar below the tabs without moving the view down. Both tests
 * failed before the button became an icon.
 */
class ViewToolbarsTest {

    /** Room the folder's minimise and maximise buttons take beside the toolbar (two 16-pixel icons, padded). */
    private static final int MIN_MAX_BUTTONS = 80;

    @Test
    void everyActionOnAViewToolbarHasAnIcon() throws Exception {
        AnalysisUi.defaultRun();
        IPerspectiveDescriptor before = DataUi.page().getPerspective();
        List<String> checked = new ArrayList<>();
        List<String> textOnly = new ArrayList<>();
        try {
            for (String perspective : List.of(DataPerspective.ID, AnalysisPerspective.ID)) {
                PlatformUI.getWorkbench().showPerspective(perspective, DataUi.window());
                DataUi.dispatch();
                for (IViewReference ref : DataUi.page().getViewReferences()) {
                    IViewPart view = ref.getView(true);
                    if (view == null || !view.getClass().getName().startsWith("org.filmlab.")) {
                        continue;
                    }
                    checked.add(ref.getPartName());
                    for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
                        if (item instanceof ActionContributionItem a && a.getAction().getImageDescriptor() == null) {
                            textOnly.add(ref.getPartName() + ": " + a.getAction().getText());
                        }
                    }
                }
            }
        } finally {
            DataUi.restore(before);
        }
        assertTrue(checked.contains("Decision map") && checked.contains("Metrics"), "views checked: " + checked);
        assertTrue(textOnly.isEmpty(), "view toolbar actions shown as text (taller than the tab row): " + textOnly);
    }

    @Test
    void toolbarsStayOnTheirTabRowsWhenTheAnalysisPerspectiveIsShownAgain() throws Exception {
        AnalysisUi.defaultRun();
        IPerspectiveDescriptor before = DataUi.page().getPerspective();
        try {
            // Shown, hidden and shown again: the second showing is where the toolbars wrapped.
            for (String perspective : List.of(AnalysisPerspective.ID, DataPerspective.ID, AnalysisPerspective.ID)) {
                PlatformUI.getWorkbench().showPerspective(perspective, DataUi.window());
                DataUi.dispatch();
            }
            List<String> wrapped = new ArrayList<>();
            for (CTabFolder folder : folders(DataUi.window().getShell())) {
                Control bar = folder.getTopRight();
                if (!folder.isVisible() || bar == null || !bar.isVisible()) {
                    continue;
                }
                // Where the tabs leave no room (a stack of many views) SWT wraps the toolbar by design.
                Rectangle last = folder.getItem(folder.getItemCount() - 1).getBounds();
                int room = folder.getClientArea().width - (last.x + last.width);
                boolean fits = bar.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + MIN_MAX_BUTTONS < room;
                if (fits && bar.getBounds().y >= folder.getTabHeight()) {
                    wrapped.add(folder.getItem(0).getText() + " (toolbar at y " + bar.getBounds().y + ", tab row "
                            + folder.getTabHeight() + " high, " + room + " pixels free beside the tabs)");
                }
            }
            assertTrue(wrapped.isEmpty(), "toolbars below their tab rows: " + wrapped);
        } finally {
            DataUi.restore(before);
        }
    }

    private static List<CTabFolder> folders(Composite parent) {
        List<CTabFolder> out = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (c instanceof CTabFolder f && f.getItemCount() > 0) {
                out.add(f);
            }
            if (c instanceof Composite k) {
                out.addAll(folders(k));
            }
        }
        return out;
    }
}
