// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Edit › Select all (Ctrl+A) for a view: what "all" means is the view's. Disabled while
 * {@code applies} is false, so the key goes on to the focused widget (a text field, say).
 */
final class SelectAll {

    private SelectAll() {
    }

    static void activate(IWorkbenchPartSite site, BooleanSupplier applies, Runnable selectAll) {
        site.getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_SELECT_ALL,
                new AbstractHandler() {
                    @Override
                    public Object execute(ExecutionEvent event) {
                        if (applies.getAsBoolean()) {
                            selectAll.run();
                        }
                        return null;
                    }

                    @Override
                    public boolean isEnabled() {
                        return applies.getAsBoolean();
                    }
                });
    }
}
