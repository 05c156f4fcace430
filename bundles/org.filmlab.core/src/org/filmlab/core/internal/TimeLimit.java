// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.filmlab.core.workflow.StepFailedException;

/**
 * Runs one workflow step on a worker thread and gives up on it after a time limit, so that a
 * contribution that hangs, recurses without end or throws an {@link Error} fails its step and
 * nothing else. Java cannot kill a thread: after the limit the step's monitor reports cancelled and
 * the thread is interrupted, and if the contribution ignores both its thread is abandoned (a daemon,
 * so it does not keep the JVM alive) and its results are discarded.
 */
public final class TimeLimit {

    /** A step body, given the monitor it must use for progress and cancellation. */
    @FunctionalInterface
    public interface Body {
        void run(IProgressMonitor monitor) throws StepFailedException;
    }

    private TimeLimit() {
    }

    /**
     * @param what the step, for messages ({@code "step 2 (cluster) in org.x (bundle 1.0)"})
     * @param limit how long the step may take
     * @param monitor the step's share of the run's progress; cancelling it cancels the step
     */
    public static void run(String what, Duration limit, IProgressMonitor monitor, Body body)
            throws StepFailedException {
        AtomicBoolean expired = new AtomicBoolean();
        IProgressMonitor watched = new ProgressMonitorWrapper(monitor) {
            @Override
            public boolean isCanceled() {
                return expired.get() || super.isCanceled();
            }
        };
        FutureTask<Void> task = new FutureTask<>(() -> {
            body.run(watched);
            return null;
        });
        Thread worker = new Thread(task, "filmlab " + what);
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            expired.set(true);
            worker.interrupt();
            throw new StepFailedException(Status.error(what + " did not finish within " + seconds(limit)
                    + " (the workflow's timeoutSeconds); it was stopped. Raise the limit if the data are large,"
                    + " or report the hang to the contribution's authors."));
        } catch (InterruptedException e) {
            expired.set(true);
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StepFailedException s) {
                throw s;
            }
            if (cause instanceof OperationCanceledException c) {
                throw c;
            }
            // Errors that SafeRunner lets through (StackOverflowError, OutOfMemoryError) end up here.
            String m = cause.getMessage();
            throw new StepFailedException(new Status(IStatus.ERROR, ExtensionContributionRegistry.PLUGIN_ID, what
                    + " failed: " + cause.getClass().getSimpleName() + (m == null ? "" : ": " + m), cause));
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
