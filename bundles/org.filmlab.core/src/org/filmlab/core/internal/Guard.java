// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import java.util.concurrent.Callable;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.filmlab.core.data.DataValueException;
import org.filmlab.core.workflow.StepFailedException;

/**
 * Runs contributed code through {@link SafeRunner}: whatever it throws becomes a
 * {@link StepFailedException} naming the step and the contribution, a {@link DataValueException}
 * one that leads with the file, row and column, and cancellation stays cancellation.
 */
public final class Guard {

    private Guard() {
    }

    /**
     * @param what the step and contribution, for the message ({@code "step 2 (cluster) in org.x.y (bundle 1.0)"})
     * @param code the contributed call
     */
    public static <T> T call(String what, Callable<T> code) throws StepFailedException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                try {
                    result[0] = code.call();
                } catch (DataValueException bad) {
                    // The user's data, not a fault of the code: kept from SafeRunner, which would log it
                    // as "Problems occurred when invoking code" beside the run's own error.
                    failure[0] = bad;
                }
            }

            @Override
            public void handleException(Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] instanceof OperationCanceledException c) {
            throw c;
        }
        if (failure[0] instanceof DataValueException bad) {
            // The user's data, not the contribution: said first in the data's terms, as bad input is.
            throw new StepFailedException(new Status(IStatus.ERROR, ExtensionContributionRegistry.PLUGIN_ID,
                    bad.getMessage() + " (found by " + what + ")", bad));
        }
        if (failure[0] != null) {
            throw new StepFailedException(new Status(IStatus.ERROR, ExtensionContributionRegistry.PLUGIN_ID,
                    what + " failed: " + describe(failure[0]), failure[0]));
        }
        if (result[0] == null) {
            throw malformed(what, "returned nothing");
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** A contribution returned something the engine cannot use. */
    public static StepFailedException malformed(String what, String problem) {
        return new StepFailedException(Status.error(what + " failed: the contribution " + problem));
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
