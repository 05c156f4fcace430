// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.WorkflowEngineTest.Trail;
import org.junit.jupiter.api.Test;

/**
 * Steps that do not read each other's parts run at the same time, and each still sees what it
 * would see if the steps ran one after another: the engine with fake kinds of step whose bodies
 * wait for each other, read a part they did not declare, fail, or hang.
 */
class StepScheduleTest {

    static final PartType<Trail> A = WorkflowEngineTest.A;
    static final PartType<Trail> B = WorkflowEngineTest.B;
    static final PartType<Trail> C = PartType.of("c", Trail.class);

    @FunctionalInterface
    interface Body {
        void execute(StepExecution e, IProgressMonitor monitor) throws Exception;
    }

    /** A kind of step whose behaviour is given by the test. */
    record Kind(List<StepInput> in, List<PartType<?>> out, Body body) implements StepType {
        @Override
        public ParameterSet parameters() {
            return ParameterSet.of();
        }

        @Override
        public List<StepInput> inputs() {
            return in;
        }

        @Override
        public List<PartType<?>> outputs() {
            return out;
        }

        @Override
        public void configure(StepConfiguration c) {
        }

        @Override
        public void execute(StepExecution e, IProgressMonitor monitor) {
            try {
                body.execute(e, monitor);
            } catch (RuntimeException x) {
                throw x;
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
        }
    }

    private static Kind emits(PartType<Trail> out, String word, List<StepInput> in) {
        return new Kind(in, List.of(out), (e, m) -> e.emit(out, new Trail(trail(e, word))));
    }

    private static List<String> trail(StepExecution e, String word) {
        List<String> t = new ArrayList<>(e.input(A).map(Trail::steps).orElse(List.of()));
        t.add(word);
        return t;
    }

    /** Runs the kinds as a workflow of one step each, in the map's order. */
    private static RunResult run(Map<String, Kind> kinds, IProgressMonitor monitor) throws Exception {
        Map<String, Supplier<Kind>> byWord = new LinkedHashMap<>();
        kinds.forEach((word, kind) -> byWord.put(word, () -> kind));
        WorkflowEngine engine = new WorkflowEngine(WorkflowEngineTest.registry(byWord));
        PreparedWorkflow p = engine.prepare(WorkflowEngineTest.doc(60, kinds.keySet().toArray(String[]::new)));
        engine.check(p, WorkflowEngineTest.FILMS);
        return engine.run(p, WorkflowEngineTest.FILMS, monitor);
    }

    @Test
    void stepsThatDoNotReadEachOtherRunAtTheSameTime() throws Exception {
        // Run one after another, "waits" would wait in vain for "signals", which comes after it.
        CountDownLatch signalled = new CountDownLatch(1);
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("makeA", emits(A, "makeA", List.of()));
        kinds.put("waits", new Kind(List.of(StepInput.required(A)), List.of(B), (e, m) -> {
            if (!signalled.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the step after this one never started beside it");
            }
            e.emit(B, new Trail(trail(e, "waits")));
        }));
        kinds.put("signals", new Kind(List.of(StepInput.required(A)), List.of(C), (e, m) -> {
            signalled.countDown();
            e.emit(C, new Trail(trail(e, "signals")));
        }));
        RunResult r = run(kinds, new NullProgressMonitor());
        assertEquals(List.of("makeA", "waits"), r.first(B).orElseThrow().steps());
        assertEquals(List.of("makeA", "signals"), r.first(C).orElseThrow().steps());
        assertEquals(List.of("makeA", "waits", "signals"), r.steps().stream().map(s -> s.record().step()).toList(),
                "outcomes in document order");
    }

    @Test
    void aStepWaitsForItsDeclaredInputsProducers() throws Exception {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("makeA", new Kind(List.of(), List.of(A), (e, m) -> {
            Thread.sleep(300);
            e.emit(A, new Trail(List.of("makeA")));
        }));
        kinds.put("useA", emits(B, "useA", List.of(StepInput.required(A))));
        assertEquals(List.of("makeA", "useA"), run(kinds, new NullProgressMonitor()).first(B).orElseThrow().steps());
    }

    @Test
    void aPartOfATypeTheStepDidNotDeclareWaitsForEveryStepBeforeIt() throws Exception {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("makeA", emits(A, "makeA", List.of()));
        kinds.put("slowB", new Kind(List.of(StepInput.required(A)), List.of(B), (e, m) -> {
            Thread.sleep(300);
            e.emit(B, new Trail(trail(e, "slowB")));
        }));
        // Declares only A, yet reads B: as in a run one step after another, it sees slowB's part.
        kinds.put("peeks", new Kind(List.of(StepInput.required(A)), List.of(C), (e, m) -> {
            List<String> t = trail(e, "peeks");
            t.add(e.input(B).isPresent() ? "saw B" : "no B");
            e.emit(C, new Trail(t));
        }));
        assertEquals(List.of("makeA", "peeks", "saw B"),
                run(kinds, new NullProgressMonitor()).first(C).orElseThrow().steps());
    }

    @Test
    void theFailureReportedIsTheFirstInOrderNotTheFirstInTime() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("makeA", emits(A, "makeA", List.of()));
        kinds.put("slowFail", new Kind(List.of(StepInput.required(A)), List.of(B), (e, m) -> {
            Thread.sleep(300);
            throw new IllegalStateException("the earlier step's failure");
        }));
        kinds.put("fastFail", new Kind(List.of(StepInput.required(A)), List.of(C), (e, m) -> {
            throw new IllegalStateException("the later step's failure");
        }));
        StepFailedException e = assertThrows(StepFailedException.class, () -> run(kinds, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("step 2 (slowFail)"), e.getMessage());
        assertTrue(e.getMessage().contains("the earlier step's failure"), e.getMessage());
        assertFalse(e.getMessage().contains("later"), e.getMessage());
    }

    @Test
    void aFailureCancelsTheStepsStillRunning() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("makeA", emits(A, "makeA", List.of()));
        kinds.put("fails", new Kind(List.of(StepInput.required(A)), List.of(B), (e, m) -> {
            hanging.await(20, TimeUnit.SECONDS);
            throw new IllegalStateException("broken on purpose");
        }));
        kinds.put("hangs", new Kind(List.of(StepInput.required(A)), List.of(C), (e, m) -> {
            hanging.countDown();
            while (!m.isCanceled()) {
                Thread.onSpinWait();
            }
            cancelled.countDown();
            throw new OperationCanceledException();
        }));
        StepFailedException e = assertThrows(StepFailedException.class, () -> run(kinds, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("step 2 (fails)"), e.getMessage());
        assertTrue(cancelled.await(20, TimeUnit.SECONDS), "the hanging step was told to stop");
    }

    @Test
    void progressAddsUpToTheWholeRunWhenStepsReportAtOnce() throws Exception {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("makeA", emits(A, "makeA", List.of()));
        for (String w : List.of("one", "two", "three")) {
            kinds.put(w, new Kind(List.of(StepInput.required(A)), List.of(PartType.of(w, Trail.class)), (e, m) -> {
                m.beginTask(w, 1000);
                for (int i = 0; i < 1000; i++) {
                    m.worked(1);
                }
                e.emit(PartType.of(w, Trail.class), new Trail(trail(e, w)));
            }));
        }
        int[] total = new int[1];
        double[] worked = new double[1];
        run(kinds, new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int work) {
                total[0] = work;
            }

            @Override
            public void internalWorked(double work) {
                worked[0] += work;
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        });
        assertTrue(total[0] > 0);
        assertEquals(total[0], worked[0], 1e-6, "every step's share reported once, none twice");
    }
}
