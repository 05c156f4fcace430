// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * A background job of the desktop: in the {@value #FAMILY} family, handing its outcome to the
 * {@link Session} on the UI thread. Its failures are shown by FilmLab's own dialog, worded for the
 * user, rather than by the workbench's generic "problem occurred" prompt.
 */
abstract class FilmLabJob extends Job {

    /** The family of every FilmLab job, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
    static final String FAMILY = "filmlab";

    static final String PLUGIN_ID = "org.filmlab.ui";

    FilmLabJob(String name) {
        super(name);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    /** Runs {@code r} on the UI thread later, unless the workbench has gone. */
    static void inUi(Runnable r) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (PlatformUI.isWorkbenchRunning()) {
                    r.run();
                }
            });
        }
    }

    /** Shows a failure with its details (the cause's chain) in a dialog. UI thread only. */
    static void showError(String title, IStatus status) {
        ErrorDialog.openError(shell(), title, null, status);
    }

    /**
     * {@code candidate} if it can still parent a dialog, else {@link #shell()}: a handler's "active
     * shell" can be a dialog closed since (the evaluation context lags behind).
     */
    static Shell usable(Shell candidate) {
        return candidate != null && !candidate.isDisposed() ? candidate : shell();
    }

    static Shell shell() {
        Shell active = Display.getCurrent().getActiveShell();
        if (active != null) {
            return active;
        }
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        return windows.length == 0 ? null : windows[0].getShell();
    }
}
