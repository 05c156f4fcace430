// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File › Recent projects: the projects last opened or saved that still exist, most recent first. */
public final class RecentProjectsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> recent = Projects.recent();
        if (recent.isEmpty()) {
            Action none = new Action("(no recent projects)") {
            };
            none.setEnabled(false);
            return new IContributionItem[] { new ActionContributionItem(none) };
        }
        IContributionItem[] items = new IContributionItem[recent.size()];
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            Action open = new Action("&" + (i + 1) + " " + file.getFileName().toString().replace("&", "&&")) {
                @Override
                public void run() {
                    Projects.openRecent(FilmLabJob.shell(), file);
                }
            };
            open.setToolTipText(file.toString());
            items[i] = new ActionContributionItem(open);
        }
        return items;
    }
}
