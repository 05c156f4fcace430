// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.ResultPart;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.junit.jupiter.api.Test;

/**
 * The generic engine with fake kinds of step declared here: ordering by inputs and outputs, a
 * missing input, a skipped producer, an empty output, a throwing, a hanging and a cancelled step.
 * Nothing of the paper is involved.
 */
class WorkflowEngineTest {

    /** A part carrying the words of the steps it passed through, so order is visible. */
    record Trail(List<String> steps) implements ResultPart {
    }

    static final PartType<Trail> A = PartType.of("a", Trail.class);
    static final PartType<Trail> B = PartType.of("b", Trail.class);

    /** Produces or passes on a trail; behaviour chosen by the word. */
    static final class Fake implements StepType {
        private final String word;
        private final List<StepInput> in;
        private final List<PartType<?>> out;

        Fake(String word, List<StepInput> in, List<PartType<?>> out) {
            this.word = word;
            this.in = in;
            this.out = out;
        }

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
            if (word.equals("skipper")) {
                c.skip("it does not apply to these films");
            }
        }

        @Override
        public void execute(StepExecution e, IProgressMonitor monitor) {
            switch (word) {
                case "thrower" -> throw new IllegalStateException("broken on purpose");
                case "hanger" -> {
                    while (!monitor.isCanceled()) {
                        Thread.onSpinWait();
                    }
                    throw new OperationCanceledException();
                }
                case "silent" -> {
                    // Declares an output and emits nothing.
                }
                default -> {
                    List<String> trail = new ArrayList<>(e.input(A).map(Trail::steps).orElse(List.of()));
                    trail.add(word);
                    for (PartType<?> t : out) {
                        @SuppressWarnings("unchecked")
                        PartType<Trail> typed = (PartType<Trail>) t;
                        e.emit(typed, new Trail(trail));
                    }
                }
            }
        }
    }

    private static final Map<String, Supplier<StepType>> KINDS = Map.of(
            "makeA", () -> new Fake("makeA", List.of(), List.of(A)),
            "useA", () -> new Fake("useA", List.of(StepInput.required(A)), List.of(B)),
            "skipper", () -> new Fake("skipper", List.of(), List.of(A)),
            "thrower", () -> new Fake("thrower", List.of(), List.of(A)),
            "hanger", () -> new Fake("hanger", List.of(), List.of(A)),
            "silent", () -> new Fake("silent", List.of(), List.of(A)));

    private static final ContributionRegistry REGISTRY = registry(KINDS);

    /** A registry of the given kinds of step, by word, and nothing else (also StepScheduleTest's). */
    static ContributionRegistry registry(Map<String, ? extends Supplier<? extends StepType>> kinds) {
        return new ContributionRegistry() {
            @Override
            public List<ContributionDescriptor> list(ContributionKind kind) {
                if (kind != ContributionKind.STEP) {
                    return List.of();
                }
                return kinds.keySet().stream().sorted().map(w -> new ContributionDescriptor(ContributionKind.STEP,
                        "test." + w, "Fake " + w, "", "org.filmlab.core.tests", "0.1.0", false, Optional.empty(),
                        List.of(), "", false, w)).toList();
            }

            @Override
            public Optional<ContributionDescriptor> find(ContributionKind kind, String id) {
                return list(kind).stream().filter(d -> d.id().equals(id)).findFirst();
            }

            @Override
            public <T extends Contribution> T create(ContributionDescriptor d, Class<T> type) {
                return type.cast(kinds.get(d.word()).get());
            }

            @Override
            public InputStream openWorkflow(ContributionDescriptor workflow) {
                throw new IllegalStateException("no workflows here");
            }
        };
    }

    static final Dataset FILMS = new Dataset("films.csv", "0", List.of(),
            List.of(new Column("x", "x", "x", ColumnRole.PROPERTY, "", new double[] {1, 2, 3})),
            List.of("a", "b", "c"), new int[] {1, 2, 3});

    static WorkflowDocument doc(int timeoutSeconds, String... words) {
        List<StepSpec> steps = new ArrayList<>();
        for (String w : words) {
            steps.add(StepSpec.of(w, "", Map.of()));
        }
        return new WorkflowDocument("test.workflow", "Test", "1", "", 7, timeoutSeconds,
                new org.filmlab.core.data.DatasetMapping(List.of(), List.of(), List.of()), steps);
    }

    private static RunResult run(WorkflowDocument doc, IProgressMonitor monitor) throws Exception {
        WorkflowEngine engine = new WorkflowEngine(REGISTRY);
        PreparedWorkflow p = engine.prepare(doc);
        engine.check(p, FILMS);
        return engine.run(p, FILMS, monitor);
    }

    @Test
    void stepsRunAfterWhatTheyConsumeWhateverTheDocumentOrder() throws Exception {
        RunResult r = run(doc(60, "useA", "makeA"), new NullProgressMonitor());
        assertEquals(List.of("makeA", "useA"), r.first(B).orElseThrow().steps());
        assertEquals("useA", r.steps().get(0).record().step(), "outcomes stay in document order");
        assertTrue(r.skipped().isEmpty());
    }

    @Test
    void anInputNoStepProducesMakesTheWorkflowInvalidNamingTheStep() {
        InvalidWorkflowException e = assertThrows(InvalidWorkflowException.class,
                () -> run(doc(60, "useA"), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("step 1 (useA)"), e.getMessage());
        assertTrue(e.getMessage().contains("no step of the workflow produces"), e.getMessage());
        assertFalse(e.getMessage().contains("steps["), "no internal indices: " + e.getMessage());
    }

    @Test
    void anUnknownKindOfStepListsTheInstalledOnes() {
        InvalidWorkflowException e = assertThrows(InvalidWorkflowException.class,
                () -> run(doc(60, "frobnicate"), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("no kind of step 'frobnicate'"), e.getMessage());
        assertTrue(e.getMessage().contains("makeA"), e.getMessage());
    }

    @Test
    void aSkippedProducerSkipsItsConsumersSayingWhy() throws Exception {
        RunResult r = run(doc(60, "skipper", "useA"), new NullProgressMonitor());
        assertEquals("it does not apply to these films", r.steps().get(0).skipped());
        assertTrue(r.steps().get(1).skipped().contains("step 1 (skipper)"), r.steps().get(1).skipped());
        assertTrue(r.all(B).isEmpty());
    }

    @Test
    void aStepThatEmitsLessThanItDeclaresFails() {
        StepFailedException e = assertThrows(StepFailedException.class,
                () -> run(doc(60, "silent"), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("step 1 (silent)"), e.getMessage());
        assertTrue(e.getMessage().contains("produced no a"), e.getMessage());
    }

    @Test
    void aThrowingStepFailsNamingItAndTheEngineStaysUsable() throws Exception {
        StepFailedException e = assertThrows(StepFailedException.class,
                () -> run(doc(60, "thrower"), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("step 1 (thrower)"), e.getMessage());
        assertTrue(e.getMessage().contains("broken on purpose"), e.getMessage());
        assertEquals(List.of("makeA"), run(doc(60, "makeA"), new NullProgressMonitor()).first(A).orElseThrow().steps());
    }

    @Test
    void aHangingStepIsStoppedByTheTimeLimit() {
        StepFailedException e = assertThrows(StepFailedException.class,
                () -> run(doc(1, "hanger"), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("step 1 (hanger)"), e.getMessage());
    }

    @Test
    void cancelStopsTheRun() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> run(doc(60, "makeA", "useA"), cancelled));
    }

    @Test
    void stepsGetSeedsDerivedFromTheMasterSeedAndTheirPosition() throws Exception {
        RunResult r = run(doc(60, "makeA", "useA"), new NullProgressMonitor());
        long first = r.steps().get(0).record().seed();
        long second = r.steps().get(1).record().seed();
        assertTrue(first != second);
        assertEquals(first, run(doc(60, "makeA", "useA"), new NullProgressMonitor()).steps().get(0).record().seed());
    }

    @Test
    void oneStepRunsOnThePartsAnotherEngineProducedAsInARun() throws Exception {
        WorkflowDocument doc = doc(60, "makeA", "useA");
        WorkflowEngine engine = new WorkflowEngine(REGISTRY);
        PreparedWorkflow p = engine.prepare(doc);
        engine.check(p, FILMS);
        RunResult whole = engine.run(p, FILMS, new NullProgressMonitor());
        // The first step's parts as another engine would hand them over; the second run here alone.
        RunResult.StepOutcome second = engine.runStep(p, 1, FILMS, whole.steps().get(0).parts(),
                new NullProgressMonitor());
        assertEquals(whole.steps().get(1).record(), second.record(), "the same record, seed included");
        assertEquals(List.of("makeA", "useA"), ((Trail) second.parts().get(0).part()).steps());
        assertEquals("", second.skipped());
    }

    @Test
    void oneStepTheDataRuleOutIsSkippedWithItsReason() throws Exception {
        WorkflowEngine engine = new WorkflowEngine(REGISTRY);
        PreparedWorkflow p = engine.prepare(doc(60, "skipper"));
        RunResult.StepOutcome only = engine.runStep(p, 0, FILMS, List.of(), new NullProgressMonitor());
        assertEquals("it does not apply to these films", only.skipped());
        assertTrue(only.parts().isEmpty());
    }

    @Test
    void oneStepThatThrowsFailsNamingIt() throws Exception {
        WorkflowEngine engine = new WorkflowEngine(REGISTRY);
        PreparedWorkflow p = engine.prepare(doc(60, "thrower"));
        StepFailedException e = assertThrows(StepFailedException.class,
                () -> engine.runStep(p, 0, FILMS, List.of(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("step 1 (thrower)"), e.getMessage());
    }
}
