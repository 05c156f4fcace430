// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help › About FilmLab: the version installed and the licence, read from the running bundle so the
 * text cannot fall behind a release.
 */
public final class AboutHandler extends AbstractHandler {

    static final String COMMAND = "org.filmlab.ui.about";

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About FilmLab", text());
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
