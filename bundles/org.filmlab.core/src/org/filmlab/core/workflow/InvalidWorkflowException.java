// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import org.filmlab.core.params.Problems;

/**
 * A workflow that cannot run as written or on the given data: every problem found, each naming
 * the step and parameter. Thrown before any step runs.
 */
public class InvalidWorkflowException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problems problems;

    public InvalidWorkflowException(String workflow, Problems problems) {
        super("workflow " + workflow + " cannot run:\n" + problems);
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }
}
