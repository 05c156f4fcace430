// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.data.InputException;

/**
 * Reads a file on a thread of its own while the caller watches the progress monitor, so that Cancel
 * returns at once even when the importer never looks at the monitor or is stuck inside a library
 * (POI waiting on a lock, a file on a dead network share). On cancel the reading thread is
 * interrupted and its result, should it ever come, is dropped: the data set shown before stays.
 */
final class CancellableRead {

    /** How often the monitor is looked at: well under the second a user waits after Cancel. */
    private static final long POLL_MS = 50;

    /** A read that may fail the ways an import may fail. */
    @FunctionalInterface
    interface Reading<T> {
        T read(IProgressMonitor monitor) throws InputException, CoreException;
    }

    private CancellableRead() {
    }

    /**
     * @throws OperationCanceledException as soon as {@code monitor} is cancelled (or this thread interrupted)
     */
    static <T> T call(String what, IProgressMonitor monitor, Reading<T> reading) throws InputException, CoreException {
        FutureTask<T> task = new FutureTask<>(() -> reading.read(monitor));
        Thread reader = new Thread(task, "FilmLab: " + what);
        // A reader stuck for good must not keep the application from exiting.
        reader.setDaemon(true);
        reader.start();
        while (true) {
            try {
                return task.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (monitor.isCanceled()) {
                    task.cancel(true);
                    throw new OperationCanceledException();
                }
            } catch (InterruptedException e) {
                task.cancel(true);
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) throws InputException, CoreException {
        if (cause instanceof InputException e) {
            throw e;
        }
        if (cause instanceof CoreException e) {
            throw e;
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
