// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File › New project, Open project..., Save project (the platform's Save, so Ctrl+S) and Save
 * project as... (the platform's Save As): one handler for the four commands, each a line of
 * {@link Projects}.
 */
public final class ProjectHandler extends AbstractHandler {

    static final String NEW = "org.filmlab.ui.project.new";
    static final String OPEN = "org.filmlab.ui.project.open";
    static final String SAVE = "org.eclipse.ui.file.save";
    static final String SAVE_AS = "org.eclipse.ui.file.saveAs";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = FilmLabJob.usable(HandlerUtil.getActiveShell(event));
        switch (event.getCommand().getId()) {
            case NEW -> Projects.newProject(shell);
            case OPEN -> Projects.openWithDialog(shell);
            case SAVE -> Projects.save(shell);
            case SAVE_AS -> Projects.saveAs(shell);
            default -> throw new IllegalArgumentException("not a project command: " + event.getCommand().getId());
        }
        return null;
    }
}
