// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import org.eclipse.core.runtime.IStatus;
import org.filmlab.core.data.DataValueException;

/**
 * A step whose contributed code failed (threw, or returned something malformed). The message names
 * the step and the contribution with its bundle; the status carries the cause. Nothing is written
 * for a run that fails. When the cause is a value of the data ({@link #causedByData()}), the message
 * leads with its file, row and column, and the failure is the user's input to correct.
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

    /** Whether a value of the data stopped the step (a {@link DataValueException}), not its code. */
    public boolean causedByData() {
        return getCause() instanceof DataValueException;
    }
}
