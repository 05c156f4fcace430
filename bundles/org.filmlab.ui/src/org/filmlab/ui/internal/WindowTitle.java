// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.swt.widgets.Shell;

/**
 * The window's title names the project and marks unsaved changes, as editors do: "FilmLab —
 * *films.filmlab" (or "new project" before the first save).
 */
final class WindowTitle {

    private WindowTitle() {
    }

    static String of(Session session) {
        String name = session.project().map(p -> p.getFileName().toString()).orElse("new project");
        return "FilmLab — " + (session.dirty() ? "*" : "") + name;
    }

    /** Keeps {@code shell}'s title up to date with the session until the shell is disposed. */
    static void follow(Shell shell) {
        Runnable update = () -> {
            if (!shell.isDisposed()) {
                shell.setText(of(Session.get()));
            }
        };
        Session.get().addListener(update);
        shell.addDisposeListener(e -> Session.get().removeListener(update));
        update.run();
    }
}
