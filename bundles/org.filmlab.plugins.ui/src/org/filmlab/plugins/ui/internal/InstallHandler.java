// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.plugins.PluginException;
import org.filmlab.plugins.PluginManager;

/** Help › Install New Software…: the install page on the running product. */
public final class InstallHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            new InstallDialog(HandlerUtil.getActiveShell(event), PluginManager.running(),
                    () -> PlatformUI.getWorkbench().restart()).open();
        } catch (PluginException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Install New Software", e.getMessage());
        }
        return null;
    }
}
