// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs independent pieces of one step (the folds of a cross-validation, the restarts of K-means) on up to one thread
 * per core, and returns their results in their own order, so that the result is the same on any
 * number of cores. Contributions are stateless (their contract), so one instance may serve several
 * pieces at once. The system property {@code filmlab.threads} caps the threads (1: one at a time).
 * <p>
 * Progress is reported by the calling thread, one unit per piece as the pieces finish in order;
 * each piece gets a monitor that only reports cancellation: of the step, or because another piece
 * failed, whose failure is then the step's.
 */
public final class Parallel {

    /**
     * One piece of work, given its index and a monitor it must check for cancellation.
     *
     * @param <E> the checked exception a piece may throw, passed on as it is
     */
    @FunctionalInterface
    public interface Piece<T, E extends Exception> {
        T run(int index, IProgressMonitor monitor) throws E;
    }

    private Parallel() {
    }

    /** How many threads the pieces of a step may use. */
    public static int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        Integer cap = Integer.getInteger("filmlab.threads");
        return Math.max(1, cap == null ? cores : Math.min(cap, cores));
    }

    /**
     * @param what names the threads ("step 6 (classify) cross-validation")
     * @param count how many pieces
     * @param monitor the pieces' share of the progress; may be {@code null}
     * @return each piece's result, by index
     */
    public static <T, E extends Exception> List<T> map(String what, int count, IProgressMonitor monitor,
            Piece<T, E> piece) throws E {
        SubMonitor progress = SubMonitor.convert(monitor, count);
        List<T> results = new ArrayList<>(count);
        int threads = Math.min(count, threads());
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                results.add(piece.run(i, progress.split(1)));
            }
            return results;
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, what + " " + number.incrementAndGet());
            // A piece that ignores cancellation must not keep the JVM alive (see TimeLimit).
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                IProgressMonitor own = new NullProgressMonitor() {
                    @Override
                    public boolean isCanceled() {
                        return stop.get() || progress.isCanceled();
                    }
                };
                futures.add(pool.submit(() -> {
                    // Once a piece has failed, the pieces still queued end at once.
                    if (stop.get()) {
                        throw new OperationCanceledException();
                    }
                    try {
                        return piece.run(index, own);
                    } catch (Exception | Error e) {
                        // A piece that only gave up because another failed is not the cause.
                        if (!(e instanceof OperationCanceledException && stop.get())) {
                            firstFailure.compareAndSet(null, e);
                        }
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            for (Future<T> f : futures) {
                results.add(f.get());
                progress.split(1);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            // The first piece to fail may not be the first in order: a piece before it can have been
            // stopped because of it.
            Throwable cause = firstFailure.get() != null ? firstFailure.get() : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            // A piece throws no other checked exception than E.
            @SuppressWarnings("unchecked")
            E checked = (E) cause;
            throw checked;
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }
}
