// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help › About FilmLab: the version installed and the licence, read from the running bundle so the
 * text cannot fall behind a release; its Installation Details button opens the page that
 * org.filmlab.plugins.ui contributes as a command (installed plug-ins, bundles and their licences).
 */
public final class AboutHandler extends AbstractHandler {

    static final String COMMAND = "org.filmlab.ui.about";
    /** Contributed by org.filmlab.plugins.ui; the button is offered only when the command is there. */
    static final String DETAILS_COMMAND = "org.filmlab.plugins.ui.installationDetails";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Command details = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(DETAILS_COMMAND);
        String[] buttons = details.isDefined() ? new String[] {"Installation &Details", IDialogConstants.CLOSE_LABEL}
                : new String[] {IDialogConstants.CLOSE_LABEL};
        MessageDialog about = new MessageDialog(HandlerUtil.getActiveShell(event), "About FilmLab", null, text(),
                MessageDialog.INFORMATION, buttons.length - 1, buttons);
        if (about.open() == 0 && details.isDefined()) {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(DETAILS_COMMAND, null);
            } catch (NotDefinedException | NotEnabledException | NotHandledException e) {
                throw new ExecutionException("Installation Details cannot open: " + e.getMessage(), e);
            }
        }
        return null;
    }

    static String text() {
        Bundle bundle = FrameworkUtil.getBundle(AboutHandler.class);
        return "FilmLab " + bundle.getVersion() + "\n\n"
                + "Which manufacturing conditions give good solid-state-electrolyte films: the analysis of\n"
                + "Chen, Duquesnoy et al., ACS Energy Letters 6 (2021) 1639–1648, as a desktop application.\n\n"
                + "Licence: " + bundle.getHeaders().get("Bundle-License") + ", with an additional permission\n"
                + "(GPL section 7) to combine FilmLab with EPL-licensed Eclipse libraries.\n"
                + "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ".";
    }
}
