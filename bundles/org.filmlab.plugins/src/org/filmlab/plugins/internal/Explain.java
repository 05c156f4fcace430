// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/** p2's statuses as the lines a user reads: every distinct message of the tree, indented, deepest last. */
final class Explain {

    private Explain() {
    }

    static String status(IStatus status) {
        Set<String> lines = new LinkedHashSet<>();
        collect(status, 1, lines);
        return String.join("\n", lines);
    }

    private static void collect(IStatus status, int depth, Set<String> lines) {
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            lines.add("  ".repeat(depth) + status.getMessage().strip()
                    + (status.getException() != null && status.getChildren().length == 0
                            ? " (" + status.getException().getMessage() + ")" : ""));
        }
        for (IStatus child : status.getChildren()) {
            collect(child, depth + 1, lines);
        }
    }
}
