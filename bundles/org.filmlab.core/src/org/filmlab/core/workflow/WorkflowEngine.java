// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.Reducer;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.analysis.StatisticalTest;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.internal.Metrics;
import org.filmlab.core.internal.Parallel;
import org.filmlab.core.internal.Seeds;
import org.filmlab.core.internal.Stratified;
import org.filmlab.core.internal.TimeLimit;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;

/**
 * Runs FilmLab's analysis chain: reduce → cluster → classes → tests → classify → map. A workflow
 * goes through three gates before any step touches data: {@link #prepare} (contributions exist,
 * parameters have the right type and range, steps are in order), {@link #check} (the data has the
 * columns and rows each step needs, and each contribution accepts its configuration), then
 * {@link #run}. Every call into contributed code is guarded: a contribution that throws fails its
 * step with a message naming it, and the engine stays usable.
 */
public final class WorkflowEngine {

    private static final String PAPER = "paper";
    private static final String SIGMA_N = "sigmaN";
    private static final String RD = "RD";
    private static final List<String> SIGMA_ONLY_LABELS = List.of("high σN", "low σN");

    private static final ParameterSet REDUCE_SETTINGS = ParameterSet.of(
            Parameter.choice("variables", "Variables", "Which columns the reducer receives: the conditions and the"
                    + " properties (as in the paper's PCA), or the properties only.", "conditions+properties",
                    "conditions+properties", "properties"),
            Parameter.text("exclude", "Left out", "Comma-separated columns kept out of the reduction, as the paper"
                    + " keeps P% out of its PCA as a qualitative variable. Names absent from the data are ignored.",
                    ""));
    private static final ParameterSet CLUSTER_SETTINGS = ParameterSet.of(
            Parameter.integer("components", "Components", "How many leading components the clusterer receives.", 2,
                    1, 50));
    private static final ParameterSet CLASSES_SETTINGS = ParameterSet.of(
            Parameter.choice("naming", "Class naming", "How clusters become numbered classes: 'paper' numbers three"
                    + " clusters as Chen, Duquesnoy et al. (1 = high σN and low RD, 2 = high σN and high RD, 3 = low"
                    + " σN, from the cluster medians); 'size' numbers them largest first; 'auto' uses 'paper' when"
                    + " there are three clusters and both σN and RD are properties, else 'size'.", "auto", "auto",
                    PAPER, "size"));
    private static final ParameterSet CLASSIFY_SETTINGS = ParameterSet.of(
            Parameter.text("features", "Features", "Comma-separated conditions the classifier learns from; empty for"
                    + " every condition.", ""),
            Parameter.real("testFraction", "Test fraction", "Share of each class held out in the stratified split.",
                    0.2, 0.05, 0.5),
            Parameter.integer("folds", "Folds", "k of the repeated stratified k-fold cross-validation.", 5, 2, 20),
            Parameter.integer("repeats", "Repeats", "How many times the cross-validation folds are redrawn.", 10, 1,
                    200));
    private static final ParameterSet MAP_SETTINGS = ParameterSet.of(
            Parameter.text("x", "Horizontal axis", "The condition on the map's x axis.", "LS"),
            Parameter.text("y", "Vertical axis", "The condition on the map's y axis.", "XB"),
            Parameter.text("panel", "Panels", "The condition that changes from panel to panel; empty for one panel.",
                    "P"),
            Parameter.text("panelLevels", "Panel levels", "Comma-separated levels of the panel condition, measured"
                    + " or interpolated; empty for the measured levels.", ""),
            Parameter.integer("resolution", "Resolution", "Grid points along each axis.", 41, 5, 401),
            Parameter.integer("windowClass", "Window class", "The class whose region is the process window.", 1, 1,
                    20),
            Parameter.integer("nextExperiments", "Next experiments", "How many recipes to propose where the"
                    + " classifier is least sure and its cross-validation models disagree; 0 for none.", 8, 0, 50),
            Parameter.real("spacing", "Spacing", "The smallest distance between two proposed recipes, in units of"
                    + " each condition's range.", 0.15, 0.0, 1.0));

    private final ContributionRegistry registry;

    public WorkflowEngine(ContributionRegistry registry) {
        this.registry = registry;
    }

    /** The engine's own settings of a stage (shown in forms and {@code --help} like contribution parameters). */
    public static ParameterSet settingsOf(StepKind kind) {
        return switch (kind) {
            case REDUCE -> REDUCE_SETTINGS;
            case CLUSTER -> CLUSTER_SETTINGS;
            case CLASSES -> CLASSES_SETTINGS;
            case TEST -> ParameterSet.of();
            case CLASSIFY -> CLASSIFY_SETTINGS;
            case MAP -> MAP_SETTINGS;
        };
    }

    // ---------------------------------------------------------------- gate 1: the document

    /**
     * Checks the document on its own: step order, contributions installed, parameters of the right
     * type and in range. Creates the contributions.
     *
     * @throws InvalidWorkflowException with every problem found
     * @throws StepFailedException if a contribution cannot even be created
     */
    public PreparedWorkflow prepare(WorkflowDocument doc) throws InvalidWorkflowException, StepFailedException {
        Problems problems = new Problems();
        checkOrder(doc, problems);
        List<PreparedWorkflow.Step> steps = new ArrayList<>();
        for (int i = 0; i < doc.steps().size(); i++) {
            StepSpec s = doc.steps().get(i);
            String where = "steps[" + i + "] (" + s.kind().word() + ")";
            ContributionDescriptor d = null;
            Contribution c = null;
            ParameterValues params = null;
            Optional<ContributionKind> ck = s.kind().contributionKind();
            if (ck.isPresent()) {
                if (s.use().isEmpty()) {
                    problems.add(where + ".use", "a " + s.kind().word() + " step names the contribution it uses; "
                            + installed(ck.get()));
                } else {
                    d = registry.find(ck.get(), s.use()).orElse(null);
                    if (d == null) {
                        problems.add(where + ".use", "no " + ck.get().element() + " '" + s.use()
                                + "' is installed; " + installed(ck.get()));
                    } else {
                        c = create(d, where);
                        params = resolve(c, d, s.params(), where + ".params", problems);
                    }
                }
            } else {
                if (!s.use().isEmpty()) {
                    problems.add(where + ".use", "the " + s.kind().word() + " step is FilmLab's own; it uses no"
                            + " contribution");
                }
                if (!s.params().isEmpty()) {
                    problems.add(where + ".params", "the " + s.kind().word() + " step has settings, not params");
                }
            }
            ParameterValues settings = settingsOf(s.kind()).resolve(s.settings(), where + ".settings", problems);
            ContributionDescriptor rd = null;
            Contribution r = null;
            ParameterValues rp = null;
            if (!s.resample().isEmpty()) {
                if (s.kind() != StepKind.CLASSIFY) {
                    problems.add(where + ".resample", "only a classify step resamples");
                } else {
                    rd = registry.find(ContributionKind.RESAMPLER, s.resample()).orElse(null);
                    if (rd == null) {
                        problems.add(where + ".resample.use", "no resampler '" + s.resample() + "' is installed; "
                                + installed(ContributionKind.RESAMPLER));
                    } else {
                        r = create(rd, where + ".resample");
                        rp = resolve(r, rd, s.resampleParams(), where + ".resample.params", problems);
                    }
                }
            }
            steps.add(new PreparedWorkflow.Step(i, s, d, c, params, settings, rd, r, rp));
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(doc.id(), problems);
        }
        return new PreparedWorkflow(doc, steps);
    }

    private void checkOrder(WorkflowDocument doc, Problems problems) {
        int[] count = new int[StepKind.values().length];
        StepKind previous = null;
        for (int i = 0; i < doc.steps().size(); i++) {
            StepKind k = doc.steps().get(i).kind();
            count[k.ordinal()]++;
            if (previous != null && k.ordinal() < previous.ordinal()) {
                problems.add("steps[" + i + "]", "a " + k.word() + " step cannot follow a " + previous.word()
                        + " step; the order is reduce, cluster, classes, test..., classify, map");
            }
            previous = k;
        }
        for (StepKind k : StepKind.values()) {
            int n = count[k.ordinal()];
            boolean required = k == StepKind.REDUCE || k == StepKind.CLUSTER;
            if (required && n == 0) {
                problems.add("steps", "the workflow needs a " + k.word() + " step");
            }
            if (k != StepKind.TEST && n > 1) {
                problems.add("steps", "the workflow has " + n + " " + k.word() + " steps; it may have one");
            }
        }
        if (count[StepKind.MAP.ordinal()] > 0 && count[StepKind.CLASSIFY.ordinal()] == 0) {
            problems.add("steps", "a map step needs a classify step before it");
        }
    }

    private String installed(ContributionKind kind) {
        List<String> ids = registry.list(kind).stream().map(ContributionDescriptor::id).toList();
        return ids.isEmpty() ? "none is installed" : "installed: " + String.join(", ", ids);
    }

    private Contribution create(ContributionDescriptor d, String where) throws StepFailedException {
        return Guard.call(where + " creating " + d.label(),
                () -> registry.create(d, d.kind().type()));
    }

    private static ParameterValues resolve(Contribution c, ContributionDescriptor d, Map<String, Object> given,
            String where, Problems problems) throws StepFailedException {
        ParameterSet declared = Guard.call(where + " of " + d.label(), c::parameters);
        return declared.resolve(given, where, problems);
    }

    // ---------------------------------------------------------------- gate 2: the data

    /**
     * Checks the prepared workflow against the data: the columns each step names exist, there are
     * enough rows, and each contribution accepts its configuration for data of this shape.
     *
     * @throws InvalidWorkflowException with every problem found
     * @throws StepFailedException if a contribution's validation itself fails
     */
    public void check(PreparedWorkflow wf, Dataset data) throws InvalidWorkflowException, StepFailedException {
        Problems problems = new Problems();
        List<String> conditions = data.conditions().stream().map(Column::key).toList();
        List<String> properties = data.properties().stream().map(Column::key).toList();
        int variables = 0;
        int clusters = 0;
        List<String> features = List.of();
        for (PreparedWorkflow.Step step : wf.steps()) {
            String where = "steps[" + step.index() + "] (" + step.spec().kind().word() + ")";
            switch (step.spec().kind()) {
                case REDUCE -> {
                    List<String> vars = reducedVariables(step, data).stream().map(Column::key).toList();
                    variables = vars.size();
                    if (vars.size() < 2) {
                        problems.add(where + ".settings.variables", "the reducer needs at least two variables, but"
                                + " gets " + vars);
                    }
                    validate(step, new DataShape(data.rowCount(), vars, conditions, properties, 0), where, problems);
                }
                case CLUSTER -> {
                    int components = step.settings().getInt("components");
                    int available = Math.min(variables, data.rowCount() - 1);
                    if (components > available) {
                        problems.add(where + ".settings.components", components + " components asked for, but the"
                                + " reduction gives at most " + available);
                    }
                    if (step.params().asMap().get(Clusterer.K) instanceof Integer k) {
                        clusters = k;
                    }
                    List<String> pcs = new ArrayList<>();
                    for (int c = 1; c <= components; c++) {
                        pcs.add("PC" + c);
                    }
                    validate(step, new DataShape(data.rowCount(), pcs, conditions, properties, 0), where, problems);
                }
                case CLASSES -> {
                    if (PAPER.equals(step.settings().getString("naming"))
                            && !(clusters == 3 && properties.contains(SIGMA_N) && properties.contains(RD))) {
                        problems.add(where + ".settings.naming", "the paper's naming needs 3 clusters and the"
                                + " properties σN and RD; use 'size' or 'auto'");
                    }
                }
                case TEST -> validate(step, new DataShape(data.rowCount(), properties, conditions, properties,
                        clusters), where, problems);
                case CLASSIFY -> {
                    features = features(step, conditions, where, problems);
                    validate(step, new DataShape(data.rowCount(), features, conditions, properties, clusters), where,
                            problems);
                }
                case MAP -> {
                    // Without features the classify step has already said what is wrong.
                    if (!features.isEmpty()) {
                        checkMap(step, features, where, problems);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(wf.document().id() + " on " + data.source(), problems);
        }
    }

    private static void validate(PreparedWorkflow.Step step, DataShape shape, String where, Problems problems)
            throws StepFailedException {
        Problems own = new Problems();
        Guard.call(step.label() + " validating", () -> {
            step.contribution().validate(step.params(), shape, own);
            if (step.resampler() != null) {
                step.resampler().validate(step.resamplerParams(), shape, own);
            }
            return Boolean.TRUE;
        });
        for (Problems.Problem p : own.list()) {
            problems.add(where + ".params." + p.where(), p.message());
        }
    }

    private static List<String> features(PreparedWorkflow.Step step, List<String> conditions, String where,
            Problems problems) {
        String listed = step.settings().getString("features").strip();
        if (listed.isEmpty()) {
            if (conditions.isEmpty()) {
                problems.add(where + ".settings.features", "the classifier learns the class from the conditions,"
                        + " but the data has none; name them with --conditions, or use a workflow without classify");
            }
            return conditions;
        }
        List<String> out = new ArrayList<>();
        for (String f : listed.split(",")) {
            String key = f.strip();
            if (!conditions.contains(key)) {
                problems.add(where + ".settings.features", "'" + key + "' is not a condition of the data (conditions: "
                        + (conditions.isEmpty() ? "none" : String.join(", ", conditions)) + ")");
            } else {
                out.add(key);
            }
        }
        return out;
    }

    private static void checkMap(PreparedWorkflow.Step step, List<String> features, String where, Problems problems) {
        ParameterValues s = step.settings();
        for (String axis : List.of("x", "y", "panel")) {
            String key = s.getString(axis).strip();
            if (axis.equals("panel") && key.isEmpty()) {
                continue;
            }
            if (!features.contains(key)) {
                problems.add(where + ".settings." + axis, "'" + key + "' is not one of the classifier's features "
                        + features);
            }
        }
        if (s.getString("x").equals(s.getString("y")) || s.getString("x").equals(s.getString("panel"))
                || s.getString("y").equals(s.getString("panel"))) {
            problems.add(where + ".settings", "x, y and panel must be three different conditions");
        }
        try {
            levels(s.getString("panelLevels"));
        } catch (NumberFormatException e) {
            problems.add(where + ".settings.panelLevels", "'" + s.getString("panelLevels")
                    + "' is not a comma-separated list of numbers");
        }
    }

    private static double[] levels(String text) {
        if (text.isBlank()) {
            return new double[0];
        }
        return Arrays.stream(text.split(",")).mapToDouble(t -> {
            double v = Double.parseDouble(t.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(t);
            }
            return v;
        }).toArray();
    }

    private static List<Column> reducedVariables(PreparedWorkflow.Step step, Dataset data) {
        List<String> exclude = Arrays.stream(step.settings().getString("exclude").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<Column> out = new ArrayList<>();
        boolean withConditions = step.settings().getString("variables").equals("conditions+properties");
        for (Column c : data.columns()) {
            boolean wanted = withConditions || c.role() == org.filmlab.core.data.ColumnRole.PROPERTY;
            boolean excluded = exclude.stream().anyMatch(e -> data.column(e).map(c::equals).orElse(false));
            if (wanted && !excluded) {
                out.add(c);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- run

    /**
     * Runs a checked workflow. Call {@link #check} first with the same data.
     *
     * @param monitor progress and cancellation; may be {@code null}
     * @throws StepFailedException if a contribution fails, naming it
     * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled
     */
    public RunResult run(PreparedWorkflow wf, Dataset data, IProgressMonitor monitor) throws StepFailedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + wf.document().name(),
                wf.steps().stream().mapToInt(s -> weight(s.spec().kind())).sum());
        Duration limit = Duration.ofSeconds(wf.document().timeoutSeconds());
        State state = new State();
        for (PreparedWorkflow.Step step : wf.steps()) {
            long seed = Seeds.derive(wf.document().seed(), step.index(), step.spec().kind().word());
            state.records.add(record(step, seed));
            SubMonitor share = progress.split(weight(step.spec().kind()));
            TimeLimit.run(step.label(), limit, share, m -> runStep(step, seed, wf.document().seed(), data, state, m));
        }
        if (state.classes == null) {
            throw new IllegalStateException("prepare() guarantees reduce and cluster steps");
        }
        return new RunResult(wf.document(), data, state.reducedKeys, state.reduction, state.components,
                state.clustering, state.classes, state.tests, Optional.ofNullable(state.evaluation),
                Optional.ofNullable(state.maps), Optional.ofNullable(state.sigmaOnlyMaps), state.next, state.records);
    }

    /** What the steps of one run hand to each other. Written by one step at a time, each on its own thread. */
    private static final class State {
        final List<StepRecord> records = new ArrayList<>();
        List<String> reducedKeys = List.of();
        Reduction reduction;
        int components;
        Clustering clustering;
        QualityClasses classes;
        final List<TestResult> tests = new ArrayList<>();
        ClassifierEvaluation evaluation;
        DecisionMaps maps;
        DecisionMaps sigmaOnlyMaps;
        List<NextExperiment> next = List.of();
        TrainedModel finalModel;
        TrainedModel sigmaOnlyModel;
        List<TrainedModel> foldModels = List.of();
    }

    /** Each stage's share of a run's progress, roughly its share of the time. */
    private static int weight(StepKind kind) {
        return switch (kind) {
            case REDUCE, CLUSTER, MAP -> 10;
            case CLASSES -> 1;
            case TEST -> 2;
            case CLASSIFY -> 60;
        };
    }

    private static void runStep(PreparedWorkflow.Step step, long seed, long master, Dataset data, State state,
            IProgressMonitor monitor) throws StepFailedException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        switch (step.spec().kind()) {
            case REDUCE -> {
                progress.subTask("Reducing");
                List<Column> vars = reducedVariables(step, data);
                state.reducedKeys = vars.stream().map(Column::key).toList();
                VariableMatrix m = new VariableMatrix(state.reducedKeys, data.matrix(vars));
                Reducer reducer = (Reducer) step.contribution();
                state.reduction = Guard.call(step.label(), () -> reducer.reduce(m, step.params(), seed,
                        progress.split(100)));
                checkReduction(step, state.reduction, data.rowCount(), state.reducedKeys.size());
            }
            case CLUSTER -> {
                progress.subTask("Clustering");
                state.components = step.settings().getInt("components");
                if (state.components > state.reduction.components().size()) {
                    throw Guard.malformed(step.label(), "'s reducer gave " + state.reduction.components().size()
                            + " components, fewer than the " + state.components + " to cluster on");
                }
                double[][] points = leading(state.reduction.scores(), state.components);
                Clusterer clusterer = (Clusterer) step.contribution();
                state.clustering = Guard.call(step.label(), () -> clusterer.cluster(points, step.params(), seed,
                        progress.split(100)));
                checkClustering(step, state.clustering, data.rowCount());
                state.classes = ClassNaming.name(data, state.clustering, "auto");
            }
            case CLASSES -> state.classes = ClassNaming.name(data, state.clustering,
                    step.settings().getString("naming"));
            case TEST -> {
                progress.subTask("Testing " + step.descriptor().name());
                GroupedData grouped = new GroupedData(data, state.classes.assignment(), state.classes.count());
                StatisticalTest test = (StatisticalTest) step.contribution();
                state.tests.add(Guard.call(step.label(),
                        () -> test.test(grouped, step.params(), progress.split(100))));
            }
            case CLASSIFY -> {
                progress.subTask("Classifying");
                List<String> features = features(step, data.conditions().stream().map(Column::key).toList(), "",
                        new Problems());
                LabeledSamples all = samples(data, features, state.classes);
                List<TrainedModel> firstRepeat = new ArrayList<>();
                state.evaluation = evaluate(step, all, master, firstRepeat, progress.split(85));
                state.foldModels = firstRepeat;
                state.finalModel = fit(step, all, Seeds.derive(master, step.index(), "final"), progress.split(10));
                if (PAPER.equals(state.classes.naming())) {
                    // The paper contrasts classes from σN alone with the full classes: merge 1 and 2 (high σN).
                    int[] merged = Arrays.stream(all.y()).map(c -> c == 2 ? 1 : 0).toArray();
                    LabeledSamples sigmaOnly = LabeledSamples.of(features, 2, all.x(), merged);
                    state.sigmaOnlyModel = fit(step, sigmaOnly, Seeds.derive(master, step.index(), "final-sigma"),
                            progress.split(5));
                }
            }
            case MAP -> {
                progress.subTask("Mapping");
                List<String> features = state.evaluation.features();
                state.maps = DecisionMapper.map(step, data, features, state.finalModel, state.classes.labels(),
                        progress.split(30));
                if (state.sigmaOnlyModel != null) {
                    state.sigmaOnlyMaps = DecisionMapper.map(step, data, features, state.sigmaOnlyModel,
                            SIGMA_ONLY_LABELS, progress.split(30));
                }
                state.next = DecisionMapper.nextExperiments(step, data, features, state.maps, state.foldModels,
                        progress.split(40));
            }
        }
    }

    private static StepRecord record(PreparedWorkflow.Step step, long seed) {
        ContributionDescriptor d = step.descriptor();
        Map<String, Object> params = step.params() == null ? Map.of() : step.params().asMap();
        if (step.resamplerDescriptor() != null) {
            params = new LinkedHashMap<>(params);
            params.put("resampler", step.resamplerDescriptor().id() + " (" + step.resamplerDescriptor().bundle() + " "
                    + step.resamplerDescriptor().bundleVersion() + ") " + step.resamplerParams().asMap());
        }
        String coreVersion = org.eclipse.core.runtime.Platform.getBundle("org.filmlab.core").getVersion().toString();
        return new StepRecord(step.index(), step.spec().kind().word(), d == null ? "" : d.id(),
                d == null ? "org.filmlab.core" : d.bundle(), d == null ? coreVersion : d.bundleVersion(), params,
                step.settings().asMap(), seed);
    }

    private static void checkReduction(PreparedWorkflow.Step step, Reduction r, int rows, int variables)
            throws StepFailedException {
        if (r.scores().length != rows) {
            throw Guard.malformed(step.label(), "returned " + r.scores().length + " score rows for " + rows + " rows");
        }
        if (r.loadings().length != variables) {
            throw Guard.malformed(step.label(), "returned loadings for " + r.loadings().length + " of " + variables
                    + " variables");
        }
        for (double[] row : r.scores()) {
            if (row.length != r.components().size() || !Arrays.stream(row).allMatch(Double::isFinite)) {
                throw Guard.malformed(step.label(), "returned scores that are not finite or not one per component");
            }
        }
        if (!Arrays.stream(r.explainedVariance()).allMatch(Double::isFinite)) {
            throw Guard.malformed(step.label(), "returned a non-finite explained variance");
        }
    }

    private static void checkClustering(PreparedWorkflow.Step step, Clustering c, int rows) throws StepFailedException {
        if (c.assignment().length != rows) {
            throw Guard.malformed(step.label(), "assigned " + c.assignment().length + " rows of " + rows);
        }
        for (int a : c.assignment()) {
            if (a < 0 || a >= c.clusterCount()) {
                throw Guard.malformed(step.label(), "assigned a row to cluster " + a + " of " + c.clusterCount());
            }
        }
    }

    private static double[][] leading(double[][] scores, int components) {
        double[][] out = new double[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            out[i] = Arrays.copyOf(scores[i], components);
        }
        return out;
    }

    private static LabeledSamples samples(Dataset data, List<String> features, QualityClasses classes) {
        List<Column> cols = features.stream().map(f -> data.column(f).orElseThrow()).toList();
        int[] y = new int[data.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes.assignment()[i] - 1;
        }
        return LabeledSamples.of(features, classes.count(), data.matrix(cols), y);
    }

    /** Resample (training rows only) and train: what every split, fold and the final model do. */
    private static TrainedModel fit(PreparedWorkflow.Step step, LabeledSamples training, long seed,
            IProgressMonitor monitor) throws StepFailedException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        LabeledSamples balanced = training;
        if (step.resampler() != null) {
            Resampler resampler = (Resampler) step.resampler();
            String label = "step " + (step.index() + 1) + " (classify) resampling in "
                    + step.resamplerDescriptor().label();
            SubMonitor r = sub.split(1);
            balanced = Guard.call(label, () -> resampler.resample(training, step.resamplerParams(),
                    Seeds.derive(seed, 0, "resample"), r));
        } else {
            sub.split(1);
        }
        LabeledSamples trainOn = balanced;
        Classifier classifier = (Classifier) step.contribution();
        SubMonitor t = sub.split(1);
        return Guard.call(step.label(), () -> classifier.train(trainOn, step.params(), Seeds.derive(seed, 0, "train"),
                t));
    }

    private static int[][] confusion(PreparedWorkflow.Step step, TrainedModel model, LabeledSamples all, int[] rows,
            int[][] into) throws StepFailedException {
        for (int r : rows) {
            Prediction p = Guard.call(step.label() + " predicting", () -> model.predict(all.x()[r].clone()));
            if (p.label() < 0 || p.label() >= all.classCount()) {
                throw Guard.malformed(step.label(), "predicted class index " + p.label());
            }
            into[all.y()[r]][p.label()]++;
        }
        return into;
    }

    /**
     * The split and the repeated cross-validation. The models of the first repeat's folds are added
     * to {@code firstRepeat}: they vote on where the next experiments should go.
     */
    private static ClassifierEvaluation evaluate(PreparedWorkflow.Step step, LabeledSamples all, long master,
            List<TrainedModel> firstRepeat, IProgressMonitor monitor) throws StepFailedException {
        ParameterValues s = step.settings();
        int k = all.classCount();
        int folds = s.getInt("folds");
        int repeats = s.getInt("repeats");
        int[][] parts = Stratified.split(all.y(), k, s.getDouble("testFraction"),
                Seeds.derive(master, step.index(), "split"));
        int[][] foldOf = new int[repeats][];
        for (int r = 0; r < repeats; r++) {
            foldOf[r] = Stratified.folds(all.y(), k, folds, Seeds.derive(master, step.index(), "cv-" + r));
        }
        // Piece 0 is the split, piece 1 + r·folds + f fold f of repeat r; each trains and tests one model.
        record Tested(TrainedModel model, int[][] confusion) {
        }
        List<Tested> tested = Parallel.map(step.label() + " cross-validation", 1 + folds * repeats, monitor,
                (piece, m) -> {
                    if (piece == 0) {
                        TrainedModel model = fit(step, all.subset(parts[0]),
                                Seeds.derive(master, step.index(), "split-fit"), m);
                        return new Tested(model, confusion(step, model, all, parts[1], new int[k][k]));
                    }
                    int r = (piece - 1) / folds;
                    int f = (piece - 1) % folds;
                    int[][] p = Stratified.fold(foldOf[r], f);
                    TrainedModel model = fit(step, all.subset(p[0]),
                            Seeds.derive(master, step.index(), "cv-" + r + "-" + f), m);
                    return new Tested(model, confusion(step, model, all, p[1], new int[k][k]));
                });

        LabeledSamples train = all.subset(parts[0]);
        int resampledSize = train.size();
        if (step.resampler() != null) {
            resampledSize = resampledSize(step, train, Seeds.derive(master, step.index(), "split-fit"));
        }
        int[][] splitConfusion = tested.get(0).confusion();
        ClassifierEvaluation.Split split = new ClassifierEvaluation.Split(parts[0].length, resampledSize,
                parts[1].length, splitConfusion, Metrics.f1PerClass(splitConfusion), Metrics.macroF1(splitConfusion),
                Metrics.accuracy(splitConfusion));

        double[] foldF1 = new double[folds * repeats];
        int[][] cvConfusion = new int[k][k];
        for (int piece = 1; piece < tested.size(); piece++) {
            int[][] c = tested.get(piece).confusion();
            if (piece <= folds) {
                firstRepeat.add(tested.get(piece).model());
            }
            foldF1[piece - 1] = Metrics.macroF1(c);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    cvConfusion[i][j] += c[i][j];
                }
            }
        }
        ClassifierEvaluation.CrossValidation cv = new ClassifierEvaluation.CrossValidation(folds, repeats, foldF1,
                Metrics.mean(foldF1), Metrics.sd(foldF1), cvConfusion);
        return new ClassifierEvaluation(all.features(), split, cv);
    }

    /** The resampled training size, recomputed with the same seed the split's fit used (cheap, no training). */
    private static int resampledSize(PreparedWorkflow.Step step, LabeledSamples train, long seed)
            throws StepFailedException {
        Resampler resampler = (Resampler) step.resampler();
        LabeledSamples r = Guard.call("step " + (step.index() + 1) + " (classify) resampling in "
                + step.resamplerDescriptor().label(),
                () -> resampler.resample(train, step.resamplerParams(), Seeds.derive(seed, 0, "resample"), null));
        return r.size();
    }

    /** Distinct values of a column, ascending. */
    static double[] distinct(double[] values) {
        return new TreeSet<>(Arrays.stream(values).boxed().toList()).stream().mapToDouble(Double::doubleValue)
                .toArray();
    }

    static double[] panelLevels(ParameterValues settings, Dataset data) {
        double[] given = levels(settings.getString("panelLevels"));
        if (given.length > 0) {
            return given;
        }
        return distinct(data.column(settings.getString("panel")).orElseThrow().values());
    }
}
