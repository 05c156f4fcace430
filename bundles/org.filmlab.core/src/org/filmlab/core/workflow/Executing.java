// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.ResultPart;
import org.filmlab.core.step.StepExecution;

/** What one running step sees: its inputs from the steps before it, and where its parts go. */
final class Executing implements StepExecution {

    private final PreparedWorkflow.Step step;
    private final Dataset data;
    private final long seed;
    private final long master;
    private final StepSchedule.Inputs before;
    private final List<RunResult.Produced> emitted = new ArrayList<>();
    private volatile String nothing = "";
    private final Map<String, Object> ranWith = new java.util.concurrent.ConcurrentSkipListMap<>();

    Executing(PreparedWorkflow.Step step, Dataset data, long seed, long master, StepSchedule.Inputs before) {
        this.step = step;
        this.data = data;
        this.seed = seed;
        this.master = master;
        this.before = before;
    }

    List<RunResult.Produced> emitted() {
        synchronized (emitted) {
            return List.copyOf(emitted);
        }
    }

    @Override
    public Dataset data() {
        return data;
    }

    @Override
    public ParameterValues settings() {
        return step.settings();
    }

    @Override
    public Optional<Contribution> algorithm() {
        return Optional.ofNullable(step.algorithm()).map(PreparedWorkflow.Used::contribution);
    }

    @Override
    public ParameterValues algorithmParameters() {
        return step.algorithm() == null ? empty() : step.algorithm().values();
    }

    @Override
    public Optional<Contribution> helper(String key) {
        return Optional.ofNullable(step.helpers().get(key)).map(PreparedWorkflow.Used::contribution);
    }

    @Override
    public ParameterValues helperParameters(String key) {
        PreparedWorkflow.Used h = step.helpers().get(key);
        return h == null ? empty() : h.values();
    }

    private static ParameterValues empty() {
        return ParameterSet.of().resolve(Map.of(), "", new Problems());
    }

    @Override
    public int index() {
        return step.index();
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public long masterSeed() {
        return master;
    }

    @Override
    public long derivedSeed(int stepIndex, String purpose) {
        return org.filmlab.core.internal.Seeds.derive(master, stepIndex, purpose);
    }

    @Override
    public void nothingToProduce(String reason) {
        nothing = reason;
    }

    @Override
    public void ranWith(String parameter, Object value) {
        ranWith.put(parameter, value);
    }

    /** The parameters that took other values than the document's, by key. */
    Map<String, Object> ranWith() {
        return Map.copyOf(ranWith);
    }

    String nothing() {
        return nothing;
    }

    @Override
    public String label() {
        return step.label();
    }

    @Override
    public <T extends ResultPart> Optional<T> input(PartType<T> type) {
        List<T> all = inputs(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public <T extends ResultPart> List<T> inputs(PartType<T> type) {
        // A type the step declares comes from steps that have finished before it started; any other
        // waits for every step before it (StepSchedule), as if the steps ran one after another.
        boolean declared = step.type().inputs().stream().anyMatch(in -> in.type().name().equals(type.name()));
        List<RunResult.Produced> parts = declared ? before.declared() : before.all().get();
        return parts.stream().filter(p -> p.type().equals(type.name()) && type.type().isInstance(p.part()))
                .map(p -> type.type().cast(p.part())).toList();
    }

    @Override
    public <T extends ResultPart> void emit(PartType<T> type, T part) {
        if (part == null) {
            throw new IllegalArgumentException(step.label() + " emitted no " + type.name() + " (null)");
        }
        if (step.type().outputs().stream().noneMatch(o -> o.name().equals(type.name()))) {
            throw new IllegalArgumentException(step.label() + " emitted a " + type.name() + ", which it does not"
                    + " declare among its outputs");
        }
        synchronized (emitted) {
            emitted.add(new RunResult.Produced(type.name(), part, type.persistent()));
        }
    }

    @Override
    public <V> V call(String what, Callable<V> code) throws StepFailedException {
        return Guard.call(step.label() + (what.isEmpty() ? "" : " " + what), code);
    }
}
