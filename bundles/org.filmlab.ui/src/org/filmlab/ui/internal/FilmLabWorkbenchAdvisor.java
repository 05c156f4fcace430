// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.filmlab.sample.SampleData;

/** Opens on the Data perspective with the bundled sample data set loading in the background. */
public final class FilmLabWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Layouts are not restored: a first slice keeps every start identical, which its tests rely on.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DataPerspective.ID;
    }

    @Override
    public void postStartup() {
        HiddenPaintGuard.install(PlatformUI.getWorkbench().getDisplay());
        Path sample;
        try {
            sample = SampleData.file();
        } catch (IOException e) {
            // The application still works without the sample: the user imports a file instead.
            ILog.of(getClass()).log(Status.error("the bundled sample data set cannot be opened", e));
            Session.get().importFailed("The bundled sample data set cannot be opened: " + e.getMessage());
            return;
        }
        new DatasetImportJob(sample).schedule();
    }

    /** Asks before quitting with workflow edits not saved, since nothing else keeps them. */
    @Override
    public boolean preShutdown() {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                if (page.findView(WorkflowEditorView.ID) instanceof WorkflowEditorView editor
                        && editor.hasUnsavedEdits()) {
                    MessageDialog ask = new MessageDialog(window.getShell(), "Quit FilmLab", null,
                            "The workflow in the Workflow view has edits that are not saved. Quit and lose them?"
                                    + "\n\nTo keep them, choose Cancel, then Save... in the Workflow view.",
                            MessageDialog.QUESTION, 1, "Quit", "Cancel");
                    return ask.open() == 0;
                }
            }
        }
        return true;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                configurer.setInitialSize(new Point(1200, 800));
                configurer.setTitle("FilmLab");
                configurer.setShowCoolBar(true);
                configurer.setShowPerspectiveBar(true);
                configurer.setShowStatusLine(true);
                configurer.setShowProgressIndicator(true);
            }

            @Override
            public void postWindowOpen() {
                // Opt-in, for bench/desktop-start: the wall clock (ms) when the window is up.
                String marker = System.getProperty("filmlab.startupMarker");
                if (marker != null && !marker.isEmpty()) {
                    try {
                        Files.writeString(Path.of(marker), System.currentTimeMillis() + "\n");
                    } catch (IOException e) {
                        ILog.of(getClass()).log(Status.warning("cannot write the start-up marker " + marker, e));
                    }
                }
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
                return new ActionBarAdvisor(bars) {
                    // Menus and tool items come from plugin.xml; they need these insertion points.
                    @Override
                    protected void fillMenuBar(IMenuManager menuBar) {
                        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
                    }

                    @Override
                    protected void fillCoolBar(ICoolBarManager coolBar) {
                        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
                    }
                };
            }
        };
    }
}
