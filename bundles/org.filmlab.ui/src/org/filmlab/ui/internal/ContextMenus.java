// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The right-click menus of FilmLab's tables and trees: the same commands as the main menus (so the
 * same handlers, keys and enablement), the clipboard first, then what can be done with what is
 * shown. UI thread.
 */
final class ContextMenus {

    private ContextMenus() {
    }

    /**
     * Gives {@code control} a context menu of these commands ({@code null} for a separator).
     *
     * @param commands command ids, with labels: {@code {"org.eclipse.ui.edit.copy", "&Copy"}, null, ...}
     */
    static void attach(IWorkbenchPartSite site, Control control, String[]... commands) {
        MenuManager menu = new MenuManager();
        for (String[] c : commands) {
            menu.add(c == null ? new Separator() : item(site, c[0], c[1]));
        }
        control.setMenu(menu.createContextMenu(control));
        control.addDisposeListener(e -> menu.dispose());
    }

    static final String[] COPY = { IWorkbenchCommandConstants.EDIT_COPY, "&Copy" };
    static final String[] SELECT_ALL = { IWorkbenchCommandConstants.EDIT_SELECT_ALL, "Select &all" };
    static final String[] EXPORT_DATA = { FileHandler.EXPORT_DATA, "&Export data set as CSV..." };
    static final String[] EXPORT_RESULTS = { FileHandler.EXPORT_RESULTS, "Export &results..." };
    static final String[] RUN = { "org.filmlab.ui.runWorkflow", "&Run workflow" };

    private static IContributionItem item(IWorkbenchPartSite site, String command, String label) {
        CommandContributionItemParameter p = new CommandContributionItemParameter(site, null, command,
                CommandContributionItem.STYLE_PUSH);
        p.label = label;
        return new CommandContributionItem(p);
    }
}
