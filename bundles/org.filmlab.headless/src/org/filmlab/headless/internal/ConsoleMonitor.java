// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress for a terminal: prints each task and sub-task name once, on the error stream so that
 * the summary on standard output stays clean for scripts.
 */
final class ConsoleMonitor extends NullProgressMonitor {

    private final PrintStream err;
    private String last = "";

    ConsoleMonitor(PrintStream err) {
        this.err = err;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        show(name);
    }

    @Override
    public void subTask(String name) {
        show(name);
    }

    private void show(String name) {
        if (name != null && !name.isBlank() && !name.equals(last)) {
            err.println("… " + name);
            last = name;
        }
    }
}
