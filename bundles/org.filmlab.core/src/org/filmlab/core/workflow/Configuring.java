// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepInput;

/**
 * Gate 2: configures each step, in run order, against the data's shape and the specs of the parts
 * before it (KNIME's configure). A step whose required input no step produces makes the workflow
 * invalid; one whose producer was skipped is skipped too, saying which step it waited for.
 */
final class Configuring implements StepConfiguration {

    private final PreparedWorkflow.Step step;
    private final Dataset data;
    private final Map<String, PartSpec> specs;
    private final Problems problems;
    private final Map<String, PartSpec> produced = new LinkedHashMap<>();
    private String skipped = "";
    private boolean ownProblems;

    private Configuring(PreparedWorkflow.Step step, Dataset data, Map<String, PartSpec> specs, Problems problems) {
        this.step = step;
        this.data = data;
        this.specs = specs;
        this.problems = problems;
    }

    /**
     * @return the steps skipped, by document index, with why
     * @throws InvalidWorkflowException with every problem found
     */
    static Map<Integer, String> configure(PreparedWorkflow wf, Dataset data)
            throws InvalidWorkflowException, StepFailedException {
        Problems problems = new Problems();
        Map<String, PartSpec> specs = new HashMap<>();
        Map<String, String> skippedProducer = new HashMap<>();
        Map<Integer, String> skipped = new LinkedHashMap<>();
        for (PreparedWorkflow.Step step : wf.steps()) {
            String waitsFor = missingInput(wf, step, specs, skippedProducer, problems);
            if (waitsFor != null) {
                skipped.put(step.index(), waitsFor);
                step.type().outputs().forEach(o -> skippedProducer.put(o.name(), step.userLabel()));
                continue;
            }
            Configuring c = new Configuring(step, data, specs, problems);
            Guard.call(step.label() + " configuring", () -> {
                step.type().configure(c);
                return Boolean.TRUE;
            });
            if (!c.skipped.isEmpty()) {
                skipped.put(step.index(), c.skipped);
                step.type().outputs().forEach(o -> skippedProducer.put(o.name(), step.userLabel()));
            } else if (!c.ownProblems) {
                for (PartType<?> out : step.type().outputs()) {
                    specs.put(out.name(), c.produced.getOrDefault(out.name(), PartSpec.of(PartSpec.AT_RUN_TIME)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(wf.document().name() + " on " + data.source(), problems);
        }
        return skipped;
    }

    /** Why the step cannot run for want of an input, or {@code null} when it has all it requires. */
    private static String missingInput(PreparedWorkflow wf, PreparedWorkflow.Step step, Map<String, PartSpec> specs,
            Map<String, String> skippedProducer, Problems problems) {
        for (StepInput in : step.type().inputs()) {
            String name = in.type().name();
            if (!in.required() || specs.containsKey(name)) {
                continue;
            }
            String what = words(name);
            if (skippedProducer.containsKey(name)) {
                return "it needs the " + what + " of " + skippedProducer.get(name) + ", which was skipped";
            }
            if (wf.steps().stream().noneMatch(s -> StepOrder.produces(s, in.type()))) {
                problems.add(step.userLabel(), "it needs a " + what + " (" + name + "), which no step of the workflow"
                        + " produces");
                return "no step produces the " + what + " it needs";
            }
            return "its input " + what + " is not available";
        }
        return null;
    }

    /** A part type's name as words for messages: {@code trainedClassifier} → "trained classifier". */
    static String words(String partType) {
        return partType.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
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
        return step.algorithm() == null ? ParameterSet.of().resolve(Map.of(), "", new Problems())
                : step.algorithm().values();
    }

    @Override
    public Optional<Contribution> helper(String key) {
        return Optional.ofNullable(step.helpers().get(key)).map(PreparedWorkflow.Used::contribution);
    }

    @Override
    public ParameterValues helperParameters(String key) {
        PreparedWorkflow.Used h = step.helpers().get(key);
        return h == null ? ParameterSet.of().resolve(Map.of(), "", new Problems()) : h.values();
    }

    @Override
    public Dataset data() {
        return data;
    }

    @Override
    public Optional<PartSpec> spec(PartType<?> type) {
        return Optional.ofNullable(specs.get(type.name()));
    }

    @Override
    public List<Problems.Problem> checkAlgorithm(DataShape shape) {
        Problems own = new Problems();
        try {
            Guard.call(step.label() + " validating", () -> {
                if (step.algorithm() != null) {
                    step.algorithm().contribution().validate(step.algorithm().values(), shape, own);
                }
                for (PreparedWorkflow.Used h : step.helpers().values()) {
                    h.contribution().validate(h.values(), shape, own);
                }
                return Boolean.TRUE;
            });
        } catch (StepFailedException e) {
            own.add("", e.getMessage());
        }
        return own.list();
    }

    @Override
    public void produce(PartType<?> type, PartSpec spec) {
        produced.put(type.name(), spec);
    }

    @Override
    public void skip(String reason) {
        skipped = reason;
    }

    @Override
    public void problem(String setting, String message) {
        ownProblems = true;
        problems.add(step.userLabel() + (setting.isEmpty() ? "" : ", '" + setting + "'"), message);
    }

    @Override
    public boolean hasProblems() {
        return ownProblems;
    }
}
