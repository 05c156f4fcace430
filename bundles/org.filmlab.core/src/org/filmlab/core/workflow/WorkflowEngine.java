// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.internal.Seeds;
import org.filmlab.core.internal.TimeLimit;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepType;

/**
 * Runs a workflow: a generic loop over its steps, each a contributed {@link StepType}. Three gates
 * come before any step touches data: {@link #prepare} (kinds of step and algorithms exist, settings
 * and parameters have the right type and range, the steps can be ordered by what they consume and
 * produce), {@link #check} (each step configured against the data's shape and the specs of the
 * parts before it; a step that does not apply is skipped with a reason), then {@link #run}. Every
 * call into contributed code is guarded and time-limited: a contribution that throws or hangs fails
 * its step with a message naming it, and the engine stays usable.
 */
public final class WorkflowEngine {

    private final ContributionRegistry registry;

    public WorkflowEngine(ContributionRegistry registry) {
        this.registry = registry;
    }

    /** The settings of a kind of step, by its word; empty when no such kind is installed or it fails. */
    public ParameterSet settingsOf(String step) {
        return registry.list(ContributionKind.STEP).stream().filter(d -> d.word().equals(step)).findFirst()
                .flatMap(d -> {
                    try {
                        return java.util.Optional.of(Guard.call("listing the settings of " + d.label(),
                                () -> registry.create(d, StepType.class).parameters()));
                    } catch (StepFailedException e) {
                        return java.util.Optional.empty();
                    }
                }).orElse(ParameterSet.of());
    }

    // ---------------------------------------------------------------- gate 1: the document

    /**
     * Checks the document on its own: kinds of step and algorithms installed, settings and
     * parameters of the right type and in range, steps that can be ordered. Creates the contributions.
     *
     * @throws InvalidWorkflowException with every problem found
     * @throws StepFailedException if a contribution cannot even be created
     */
    public PreparedWorkflow prepare(WorkflowDocument doc) throws InvalidWorkflowException, StepFailedException {
        Problems problems = new Problems();
        List<PreparedWorkflow.Step> steps = new ArrayList<>();
        for (int i = 0; i < doc.steps().size(); i++) {
            PreparedWorkflow.Step step = prepare(i, doc.steps().get(i), problems);
            if (step != null) {
                steps.add(step);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(doc.name(), problems);
        }
        List<PreparedWorkflow.Step> ordered = StepOrder.order(steps, problems);
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(doc.name(), problems);
        }
        return new PreparedWorkflow(doc, ordered);
    }

    private PreparedWorkflow.Step prepare(int index, StepSpec spec, Problems problems) throws StepFailedException {
        String where = "step " + (index + 1) + " (" + spec.step() + ")";
        ContributionDescriptor kind = registry.list(ContributionKind.STEP).stream()
                .filter(d -> d.word().equals(spec.step()) || d.id().equals(spec.step())).findFirst().orElse(null);
        if (kind == null) {
            problems.add(where, "no kind of step '" + spec.step() + "' is installed; installed: "
                    + String.join(", ", registry.list(ContributionKind.STEP).stream().map(ContributionDescriptor::word)
                            .toList()));
            return null;
        }
        StepType type = Guard.call(where + " creating " + kind.label(), () -> registry.create(kind, StepType.class));
        ParameterSet declared = Guard.call(where + " in " + kind.label(), type::parameters);
        ParameterValues settings = resolve(declared, spec.settings(), where + ", setting", problems);
        PreparedWorkflow.Used algorithm = null;
        if (type.algorithms().isPresent()) {
            algorithm = use(type.algorithms().get(), spec.use(), spec.params(), where, problems);
        } else if (!spec.use().isEmpty() || !spec.params().isEmpty()) {
            problems.add(where, "a " + spec.step() + " step uses no algorithm; remove 'use' and 'params'");
        }
        Map<String, PreparedWorkflow.Used> helpers = new LinkedHashMap<>();
        if (!spec.resample().isEmpty()) {
            ContributionKind helperKind = type.helpers().get("resample");
            if (helperKind == null) {
                problems.add(where, "a " + spec.step() + " step does not resample; remove 'resample'");
            } else {
                PreparedWorkflow.Used r = use(helperKind, spec.resample(), spec.resampleParams(),
                        where + ", resampler", problems);
                if (r != null) {
                    helpers.put("resample", r);
                }
            }
        }
        return new PreparedWorkflow.Step(index, spec, kind, type, settings, algorithm, helpers);
    }

    private PreparedWorkflow.Used use(ContributionKind kind, String id, Map<String, Object> given, String where,
            Problems problems) throws StepFailedException {
        if (id.isEmpty()) {
            problems.add(where, "name the " + kind.element() + " to use ('use'); " + installed(kind));
            return null;
        }
        ContributionDescriptor d = registry.find(kind, id).orElse(null);
        if (d == null) {
            problems.add(where, "no " + kind.element() + " '" + id + "' is installed; " + installed(kind));
            return null;
        }
        var c = Guard.call(where + " creating " + d.label(), () -> registry.create(d, kind.type()));
        ParameterSet declared = Guard.call(where + " in " + d.label(), c::parameters);
        ParameterValues values = resolve(declared, given, where + ", parameter", problems);
        return values == null ? null : new PreparedWorkflow.Used(d, c, values);
    }

    /**
     * Resolves values, naming each problem in the user's terms: {@code "step 2 (cluster), parameter 'k'"}
     * rather than a JSON path.
     */
    private static ParameterValues resolve(ParameterSet declared, Map<String, Object> given, String where,
            Problems problems) {
        Problems own = new Problems();
        ParameterValues values = declared.resolve(given, "", own);
        for (Problems.Problem p : own.list()) {
            String key = p.where().startsWith(".") ? p.where().substring(1) : p.where();
            problems.add(where + " '" + key + "'", p.message());
        }
        return own.isEmpty() ? values : null;
    }

    private String installed(ContributionKind kind) {
        List<String> ids = registry.list(kind).stream().map(ContributionDescriptor::id).toList();
        return ids.isEmpty() ? "none is installed" : "installed: " + String.join(", ", ids);
    }

    // ---------------------------------------------------------------- gate 2: the data

    /**
     * Configures every step against the data's shape: the columns each step names exist, there are
     * enough rows, each algorithm accepts its configuration. Steps that do not apply to this data
     * are skipped, with their reason, in {@link #run}'s result.
     *
     * @throws InvalidWorkflowException with every problem found
     * @throws StepFailedException if a contribution's validation itself fails
     */
    public void check(PreparedWorkflow wf, Dataset data) throws InvalidWorkflowException, StepFailedException {
        Configuring.configure(wf, data);
    }

    // ---------------------------------------------------------------- run

    /**
     * Runs a checked workflow. Call {@link #check} first with the same data.
     *
     * @param monitor progress and cancellation; may be {@code null}
     * @throws StepFailedException if a contribution fails, naming it
     * @throws InvalidWorkflowException if the data does not fit the workflow (when check was skipped)
     * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled
     */
    public RunResult run(PreparedWorkflow wf, Dataset data, IProgressMonitor monitor)
            throws StepFailedException, InvalidWorkflowException {
        return run(wf, data, monitor, outcome -> {
        });
    }

    /**
     * As {@link #run(PreparedWorkflow, Dataset, IProgressMonitor)}, and tells {@code done} each
     * step's outcome as soon as it is known: in any order, on the thread that ran the step, before
     * the steps that read its parts start. How results.json is written while later steps still run
     * ({@link ResultsWriter.Streamed}).
     *
     * @param done quick, and must not throw
     * @since 1.2
     */
    public RunResult run(PreparedWorkflow wf, Dataset data, IProgressMonitor monitor,
            Consumer<RunResult.StepOutcome> done) throws StepFailedException, InvalidWorkflowException {
        Map<Integer, String> skipped = Configuring.configure(wf, data);
        int[] ticks = wf.steps().stream().mapToInt(s -> skipped.containsKey(s.index()) ? 0 : weight(s)).toArray();
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + wf.document().name(),
                Arrays.stream(ticks).sum());
        Duration limit = Duration.ofSeconds(wf.document().timeoutSeconds());
        // Steps that do not read each other's parts run at the same time; each sees what it would
        // see in a run one step after another (StepSchedule).
        Map<Integer, RunResult.StepOutcome> outcomes = StepSchedule.run(wf.steps(), ticks, progress,
                (step, inputs, share) -> {
                    RunResult.StepOutcome outcome = outcome(wf, step, skipped, data, inputs, limit, share);
                    done.accept(outcome);
                    return outcome;
                });
        List<RunResult.StepOutcome> inDocumentOrder = new ArrayList<>();
        for (int i = 0; i < wf.document().steps().size(); i++) {
            inDocumentOrder.add(outcomes.get(i));
        }
        return new RunResult(wf.document(), data, inDocumentOrder);
    }

    private static RunResult.StepOutcome outcome(PreparedWorkflow wf, PreparedWorkflow.Step step, Map<Integer, String> skipped,
            Dataset data, StepSchedule.Inputs inputs, Duration limit, IProgressMonitor share) throws StepFailedException {
        StepRecord record = record(step, Seeds.derive(wf.document().seed(), step.index(), step.spec().step()));
        if (skipped.containsKey(step.index())) {
            return new RunResult.StepOutcome(record, skipped.get(step.index()), List.of());
        }
        String lacking = step.type().inputs().stream()
                .filter(in -> in.required()
                        && inputs.declared().stream().noneMatch(p -> p.type().equals(in.type().name())))
                .map(in -> in.type().name()).findFirst().orElse(null);
        if (lacking != null) {
            // An earlier step ran but had nothing to produce for this data (it said why).
            return new RunResult.StepOutcome(record, "it needs a " + Configuring.words(lacking)
                    + ", which the step before it had nothing to produce", List.of());
        }
        return execute(wf, step, record, data, inputs, limit, SubMonitor.convert(share, 1));
    }

    /**
     * Runs one step of a checked workflow in this process on the parts the steps before it produced,
     * wherever they ran: how another engine (Spark) finishes the steps that need only small results
     * (maps, suggestions, tests on the films' values) with the same code as an in-process run.
     *
     * @param index the step's position in the document
     * @param before the parts produced before it, in order
     */
    public RunResult.StepOutcome runStep(PreparedWorkflow wf, int index, Dataset data, List<RunResult.Produced> before,
            IProgressMonitor monitor) throws StepFailedException, InvalidWorkflowException {
        PreparedWorkflow.Step step = wf.steps().get(index);
        StepRecord record = record(step, Seeds.derive(wf.document().seed(), step.index(), step.spec().step()));
        String skipped = Configuring.configure(wf, data).get(index);
        if (skipped != null) {
            return new RunResult.StepOutcome(record, skipped, List.of());
        }
        List<RunResult.Produced> parts = List.copyOf(before);
        return execute(wf, step, record, data, new StepSchedule.Inputs(parts, () -> parts),
                Duration.ofSeconds(wf.document().timeoutSeconds()), SubMonitor.convert(monitor, 1));
    }

    private static RunResult.StepOutcome execute(PreparedWorkflow wf, PreparedWorkflow.Step step, StepRecord record,
            Dataset data, StepSchedule.Inputs before, Duration limit, SubMonitor share) throws StepFailedException {
        Executing execution = new Executing(step, data, record.seed(), wf.document().seed(), before);
        TimeLimit.run(step.label(), limit, share, m -> {
            SubMonitor sub = SubMonitor.convert(m, step.kind().name(), 1);
            step.type().execute(execution, sub.split(1));
        });
        List<RunResult.Produced> parts = execution.emitted();
        StepRecord ran = ranWith(record, execution.ranWith());
        if (!execution.nothing().isEmpty()) {
            return new RunResult.StepOutcome(ran, execution.nothing(), parts);
        }
        for (PartType<?> out : step.type().outputs()) {
            if (parts.stream().noneMatch(p -> p.type().equals(out.name()))) {
                throw Guard.malformed(step.label(), "produced no " + out.name() + ", which it declares");
            }
        }
        return new RunResult.StepOutcome(ran, "", parts);
    }

    /** The record with the parameters that took other values at run time, in their declared places. */
    private static StepRecord ranWith(StepRecord r, Map<String, Object> changed) {
        if (changed.isEmpty()) {
            return r;
        }
        Map<String, Object> params = new LinkedHashMap<>(r.params());
        params.putAll(changed);
        return new StepRecord(r.index(), r.step(), r.stepName(), r.contribution(), r.contributionName(), r.bundle(),
                r.version(), params, r.settings(), r.seed());
    }

    /**
     * What each step of a prepared workflow will run, in document order, with the seed it receives:
     * for another engine (Spark) that runs the same document and reports it as this one does.
     */
    public List<StepRecord> records(PreparedWorkflow wf) {
        StepRecord[] out = new StepRecord[wf.document().steps().size()];
        for (PreparedWorkflow.Step step : wf.steps()) {
            out[step.index()] = record(step, Seeds.derive(wf.document().seed(), step.index(), step.spec().step()));
        }
        return List.of(out);
    }

    private static int weight(PreparedWorkflow.Step step) {
        return Math.max(1, Math.min(100, step.type().weight()));
    }

    private static StepRecord record(PreparedWorkflow.Step step, long seed) {
        PreparedWorkflow.Used a = step.algorithm();
        Map<String, Object> params = a == null ? Map.of() : a.values().asMap();
        PreparedWorkflow.Used r = step.helpers().get("resample");
        if (r != null) {
            params = new LinkedHashMap<>(params);
            params.put("resampler", r.descriptor().id() + " (" + r.descriptor().bundle() + " "
                    + r.descriptor().bundleVersion() + ") " + r.values().asMap());
        }
        ContributionDescriptor source = a == null ? step.kind() : a.descriptor();
        return new StepRecord(step.index(), step.spec().step(), step.kind().name(), a == null ? "" : a.descriptor().id(),
                a == null ? "" : a.descriptor().name(), source.bundle(), source.bundleVersion(), params,
                step.settings().asMap(), seed);
    }
}
