// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import org.eclipse.core.runtime.IStatus;

/**
 * A step whose contributed code failed (threw, or returned something malformed). The message names
 * the step and the contribution with its bundle; the status carries the cause. Nothing is written
 * for a run that fails.
 */
public class StepFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient IStatus status;

    public StepFailedException(IStatus status) {
        super(status.getMessage(), status.getException());
        this.status = status;
    }

    public IStatus status() {
        return status;
    }
}
