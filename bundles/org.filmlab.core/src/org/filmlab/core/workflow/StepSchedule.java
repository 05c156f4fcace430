// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.step.StepInput;

/**
 * Runs the steps of a checked workflow, each as soon as the steps it reads from have finished, so
 * that steps that do not read each other's parts share the cores. On the paper's workflow the next
 * experiments are suggested while the decision maps are drawn, and the tests run beside the
 * classifier.
 * <p>
 * Each step sees exactly what it would see if the steps ran one after another in their order:
 * <ul>
 * <li>the parts of a type it declares as an input come from every earlier step that declares that
 * type as an output, and all of those have finished before it starts;</li>
 * <li>a part of any other type it asks for waits until every earlier step has finished.</li>
 * </ul>
 * Failure and cancellation are reported as a run in order would report them: the first step in
 * order that failed, once the steps before it have finished; the steps still running are cancelled.
 */
final class StepSchedule {

    /** Runs one step on the parts it may read. */
    @FunctionalInterface
    interface Runner {
        RunResult.StepOutcome run(PreparedWorkflow.Step step, Inputs inputs, IProgressMonitor monitor)
                throws StepFailedException;
    }

    /**
     * What a step may read: {@code declared}, the parts of the earlier steps that produce its
     * declared input types, in order; {@code all}, the parts of every earlier step, in order,
     * waiting for them.
     */
    record Inputs(List<RunResult.Produced> declared, Supplier<List<RunResult.Produced>> all) {
    }

    private final List<PreparedWorkflow.Step> steps;
    private final SubMonitor progress;
    private final AtomicBoolean stop = new AtomicBoolean();
    /** Each step's run, by position; written by the calling thread before any later step is scheduled. */
    private final CompletableFuture<RunResult.StepOutcome>[] futures;

    @SuppressWarnings("unchecked")
    private StepSchedule(List<PreparedWorkflow.Step> steps, SubMonitor progress) {
        this.steps = steps;
        this.progress = progress;
        this.futures = new CompletableFuture[steps.size()];
    }

    /**
     * @param steps the steps in the order they would run one after another
     * @param ticks each step's share of {@code progress}, by position
     * @return each step's outcome, by the step's index in the document
     */
    static Map<Integer, RunResult.StepOutcome> run(List<PreparedWorkflow.Step> steps, int[] ticks,
            SubMonitor progress, Runner runner) throws StepFailedException {
        return new StepSchedule(steps, progress).run(ticks, runner);
    }

    private Map<Integer, RunResult.StepOutcome> run(int[] ticks, Runner runner) throws StepFailedException {
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "filmlab workflow " + number.incrementAndGet());
            // A step that ignores cancellation must not keep the JVM alive (see TimeLimit).
            t.setDaemon(true);
            return t;
        });
        try {
            for (int p = 0; p < steps.size(); p++) {
                List<Integer> reads = reads(p);
                int position = p;
                Share share = new Share(progress, ticks[p], stop);
                CompletableFuture<?>[] before = reads.stream().map(q -> futures[q]).toArray(CompletableFuture[]::new);
                futures[p] = CompletableFuture.allOf(before).thenApplyAsync(done -> {
                    if (share.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    Inputs inputs = new Inputs(parts(reads), () -> all(position));
                    try {
                        RunResult.StepOutcome outcome = runner.run(steps.get(position), inputs, share);
                        share.done();
                        return outcome;
                    } catch (StepFailedException e) {
                        throw new Failed(e);
                    }
                }, pool);
            }
            Map<Integer, RunResult.StepOutcome> outcomes = new LinkedHashMap<>();
            for (int p = 0; p < steps.size(); p++) {
                outcomes.put(steps.get(p).index(), outcome(p));
            }
            return outcomes;
        } finally {
            // Nothing is left running after the run returns or fails: the steps still going are cancelled.
            stop.set(true);
            pool.shutdown();
        }
    }

    /** The earlier steps (positions) that produce a type step {@code p} declares as an input. */
    private List<Integer> reads(int p) {
        List<Integer> out = new ArrayList<>();
        for (int q = 0; q < p; q++) {
            for (StepInput in : steps.get(p).type().inputs()) {
                if (StepOrder.produces(steps.get(q), in.type())) {
                    out.add(q);
                    break;
                }
            }
        }
        return out;
    }

    /** The parts of finished steps, in their order. */
    private List<RunResult.Produced> parts(List<Integer> positions) {
        List<RunResult.Produced> out = new ArrayList<>();
        for (int q : positions) {
            out.addAll(futures[q].join().parts());
        }
        return out;
    }

    /** Every part of the steps before position {@code p}, once they have all finished. */
    private List<RunResult.Produced> all(int p) {
        List<Integer> earlier = new ArrayList<>();
        for (int q = 0; q < p; q++) {
            earlier.add(q);
            try {
                futures[q].get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                // A step before this one failed: that failure is the run's, and this step's result is never used.
                throw new OperationCanceledException();
            }
        }
        return parts(earlier);
    }

    private RunResult.StepOutcome outcome(int p) throws StepFailedException {
        try {
            return futures[p].get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Failed f) {
                throw f.failure;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Carries a step's checked failure through the futures. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StepFailedException failure;

        Failed(StepFailedException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /**
     * One step's share of the run's progress. Steps report from their own threads at the same
     * time and {@link SubMonitor} is not thread-safe, so every report goes through the run's
     * monitor under its lock; the step's work is scaled to its share.
     */
    private static final class Share extends NullProgressMonitor {

        private final SubMonitor run;
        private final int ticks;
        private final AtomicBoolean stop;
        private double total = 1;
        private double done;
        private int reported;

        Share(SubMonitor run, int ticks, AtomicBoolean stop) {
            this.run = run;
            this.ticks = ticks;
            this.stop = stop;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork > 0 ? totalWork : 1;
        }

        @Override
        public void internalWorked(double work) {
            done += work;
            reportUpTo((int) Math.min(ticks, Math.floor(done / total * ticks)));
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        /** Reports what is left of the step's share, however much of it the step reported. */
        @Override
        public void done() {
            reportUpTo(ticks);
        }

        /** Passes on to the run's monitor the ticks of this share up to {@code now} not yet reported. */
        private void reportUpTo(int now) {
            if (now > reported) {
                synchronized (run) {
                    run.worked(now - reported);
                }
                reported = now;
            }
        }

        @Override
        public void subTask(String name) {
            synchronized (run) {
                run.subTask(name);
            }
        }

        @Override
        public boolean isCanceled() {
            return stop.get() || run.isCanceled();
        }

        @Override
        public void setCanceled(boolean value) {
            if (value) {
                stop.set(true);
            }
        }
    }
}
