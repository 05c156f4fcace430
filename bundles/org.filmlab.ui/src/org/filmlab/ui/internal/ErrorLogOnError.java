// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Brings the Error Log into view when an error is logged. The Data perspective only keeps a place
 * for it: created at start, the view (its tree, its toolbar's many icons) took about a tenth of the
 * desktop's start, to show an empty list. It opens where its place is, without taking the focus
 * from what the user is doing; Window › Error Log opens it any time.
 */
final class ErrorLogOnError implements ILogListener {

    private ErrorLogOnError() {
    }

    /** Starts watching the platform log; called once the workbench is up. */
    static void install() {
        Platform.addLogListener(new ErrorLogOnError());
    }

    @Override
    public void logging(IStatus status, String plugin) {
        if (status.getSeverity() != IStatus.ERROR || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            // Errors are logged from any thread (jobs); views are shown on the UI thread.
            display.asyncExec(ErrorLogOnError::show);
        }
    }

    private static void show() {
        if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null || page.findView(DataPerspective.ERROR_LOG) != null) {
            return;
        }
        // The view's filter field takes the keyboard focus as it is made: given back, so a logged
        // error never moves the user's typing elsewhere.
        Control focus = window.getShell().getDisplay().getFocusControl();
        try {
            page.showView(DataPerspective.ERROR_LOG, null, IWorkbenchPage.VIEW_VISIBLE);
            if (focus != null && !focus.isDisposed() && !focus.isFocusControl()) {
                focus.setFocus();
            }
        } catch (PartInitException e) {
            // Not logged as an error: that would call this again.
            ILog.of(ErrorLogOnError.class).log(Status.warning("the Error Log view cannot be opened", e));
        }
    }
}
