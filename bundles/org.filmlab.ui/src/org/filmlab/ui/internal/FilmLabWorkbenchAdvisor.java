// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.filmlab.sample.SampleData;

/**
 * Opens on the Data perspective with the last project, or the bundled sample, loading in the
 * background; sizes the window to the screen; shows the project and whether it changed in the title.
 */
public final class FilmLabWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The project open when FilmLab last quit, reopened at the next start; empty for none. */
    static final String REOPEN = "projects.reopen";
    /** A system property: quit without asking to save (an unattended session: tests, automation). */
    static final String UNATTENDED = "filmlab.unattended";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Layouts are not restored: a first slice keeps every start identical, which its tests rely on.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DataPerspective.ID;
    }

    /**
     * Reopens the project that was open when FilmLab last quit; without one (a first start, or the
     * last session was a new project never saved), starts a new project on the bundled sample.
     */
    @Override
    public void postStartup() {
        HiddenPaintGuard.install(PlatformUI.getWorkbench().getDisplay());
        ErrorLogOnError.install();
        String last = FilmLabPreferences.store().getString(REOPEN);
        if (!last.isEmpty() && Files.isRegularFile(Path.of(last))) {
            Projects.open(Path.of(last)).schedule();
            return;
        }
        Path sample;
        try {
            sample = SampleData.file();
        } catch (IOException e) {
            // The application still works without the sample: the user imports a file instead.
            ILog.of(getClass()).log(Status.error("the bundled sample data set cannot be opened", e));
            Session.get().importFailed("The bundled sample data set cannot be opened: " + e.getMessage());
            return;
        }
        DatasetImportJob job = new DatasetImportJob(sample);
        // The sample is where a new project starts, not a change the user made.
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                FilmLabJob.inUi(() -> {
                    Session.get().startedClean();
                    Undoable.clear();
                });
            }
        });
        job.schedule();
    }

    /** Asks before quitting with changes not saved in the project, and remembers the project to reopen. */
    @Override
    public boolean preShutdown() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        // Unattended (tests, automation), nobody is there to answer the question.
        boolean unattended = Boolean.getBoolean(UNATTENDED);
        if (!unattended && window != null && !Projects.mayDiscard(window.getShell(), "quit")) {
            return false;
        }
        FilmLabPreferences.store().setValue(REOPEN, Session.get().project().map(Path::toString).orElse(""));
        FilmLabPreferences.save("the project to reopen");
        return true;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
                configurer.setInitialSize(new Point(Math.min(1400, screen.width * 9 / 10),
                        Math.min(950, screen.height * 9 / 10)));
                configurer.setTitle("FilmLab");
                configurer.setShowCoolBar(true);
                configurer.setShowPerspectiveBar(true);
                configurer.setShowStatusLine(true);
                configurer.setShowProgressIndicator(true);
            }

            @Override
            public void postWindowOpen() {
                Shell shell = configurer.getWindow().getShell();
                WindowTitle.follow(shell);
                clampToScreen(shell);
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

    /** Keeps the window on its monitor: never larger than the screen, never partly off it. */
    static void clampToScreen(Shell shell) {
        Rectangle screen = shell.getMonitor().getClientArea();
        Rectangle b = shell.getBounds();
        int width = Math.min(b.width, screen.width);
        int height = Math.min(b.height, screen.height);
        int x = Math.max(screen.x, Math.min(b.x, screen.x + screen.width - width));
        int y = Math.max(screen.y, Math.min(b.y, screen.y + screen.height - height));
        if (x != b.x || y != b.y || width != b.width || height != b.height) {
            shell.setBounds(x, y, width, height);
        }
    }
}
