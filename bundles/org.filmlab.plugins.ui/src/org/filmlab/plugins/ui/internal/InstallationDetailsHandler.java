// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.plugins.PluginException;
import org.filmlab.plugins.PluginManager;

/** Installation Details (from Help › About FilmLab): the running product's plug-ins and bundles. */
public final class InstallationDetailsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        try {
            new InstallationDetailsDialog(HandlerUtil.getActiveShell(event), PluginManager.running(),
                    () -> PlatformUI.getWorkbench().restart()).open();
        } catch (PluginException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Installation Details", e.getMessage());
        }
        return null;
    }
}
