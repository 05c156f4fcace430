// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;

/** Edit › Select all (Ctrl+A) for a view: what "all" means is the view's. */
final class SelectAll {

    private SelectAll() {
    }

    static void activate(IWorkbenchPartSite site, Runnable selectAll) {
        site.getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_SELECT_ALL,
                new AbstractHandler() {
                    @Override
                    public Object execute(ExecutionEvent event) {
                        selectAll.run();
                        return null;
                    }
                });
    }
}
