// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.filmlab.clustercount.KChoice;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.StepFailedException;

/**
 * What diagnoseK and chooseK share: the clusterer the step names (the workflow's own, with its
 * parameters; any clusterer with an integer {@code k}) run for each k of a range on the leading
 * components of the reduction, and the rule that picks one.
 */
abstract class KStep implements StepType {

    /** Silhouettes need every pairwise distance: n² of them. */
    static final int MAX_FILMS = 5000;

    private static final ParameterSet SETTINGS = ParameterSet.of(
            Parameter.integer("components", "Components", "How many leading components are clustered (as the"
                    + " cluster step's setting).", 2, 1, 50),
            Parameter.integer("kMin", "Smallest k", "The smallest number of clusters tried.", 2, 2, 50),
            Parameter.integer("kMax", "Largest k", "The largest number of clusters tried.", 8, 2, 50),
            Parameter.integer("references", "Reference sets (B)", "Data sets drawn uniformly in the box of the"
                    + " clustered components, for the gap statistic.", 20, 2, 500),
            Parameter.integer("seeds", "Other seeds", "Clusterings from other seeds each k is compared with"
                    + " (adjusted Rand index).", 5, 0, 100),
            Parameter.integer("bootstraps", "Bootstrap resamples", "Resamples of the films, drawn with replacement,"
                    + " each k is compared with (adjusted Rand index).", 10, 0, 200),
            Parameter.choice("rule", "Rule", "gap: the smallest k with Gap(k) ≥ Gap(k+1) − s(k+1) (Tibshirani et al."
                    + " 2001); gapMax: the smallest k within one standard error of the largest gap; silhouette: the"
                    + " largest mean silhouette.", "gap", Rule.keys()));

    @Override
    public ParameterSet parameters() {
        return SETTINGS;
    }

    @Override
    public Optional<ContributionKind> algorithms() {
        return Optional.of(ContributionKind.CLUSTERER);
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.REDUCTION));
    }

    @Override
    public int weight() {
        return 40;
    }

    /** Whether the cluster step is to use the chosen k. */
    abstract boolean applies();

    @Override
    public void configure(StepConfiguration c) {
        ParameterValues s = c.settings();
        Dataset data = c.data();
        int kMin = s.getInt("kMin");
        int kMax = s.getInt("kMax");
        if (kMin >= kMax) {
            c.problem("kMax", "the largest k (" + kMax + ") must exceed the smallest (" + kMin + ")");
        }
        if (kMax >= data.rowCount()) {
            c.problem("kMax", "silhouettes need fewer clusters than films: " + data.rowCount() + " films allow k up to "
                    + (data.rowCount() - 1));
        }
        if (data.rowCount() > MAX_FILMS) {
            c.problem("", "the silhouettes compare every pair of films; " + data.rowCount() + " films are more than the "
                    + MAX_FILMS + " this step takes");
        }
        int components = s.getInt("components");
        int available = c.spec(Parts.REDUCTION).map(PartSpec::count).orElse(PartSpec.AT_RUN_TIME);
        if (available != PartSpec.AT_RUN_TIME && components > available) {
            c.problem("components", components + " components asked for, but the reduction gives at most " + available);
        }
        if (!(c.algorithmParameters().asMap().get(Clusterer.K) instanceof Integer)) {
            c.problem("", "its clusterer takes no integer parameter '" + Clusterer.K + "', so there is no k to choose;"
                    + " name a clusterer that does (K-means, Ward, k-medoids)");
        }
        if (c.hasProblems()) {
            return;
        }
        List<String> pcs = new ArrayList<>();
        for (int i = 1; i <= components; i++) {
            pcs.add("PC" + i);
        }
        DataShape shape = new DataShape(data.rowCount(), pcs, data.conditions().stream().map(Column::key).toList(),
                data.properties().stream().map(Column::key).toList(), 0);
        c.checkAlgorithm(shape).forEach(p -> c.problem(p.where(), p.message()));
        // The clusterer checks each k too (no more clusters than rows, say), as it will be run with it.
        Clusterer clusterer = (Clusterer) c.algorithm().orElseThrow();
        for (int k = kMin; k <= kMax && !c.hasProblems(); k++) {
            Problems found = new Problems();
            clusterer.validate(c.algorithmParameters().with(Clusterer.K, k), shape, found);
            int tried = k;
            found.list().forEach(p -> c.problem(p.where(), "at k = " + tried + ": " + p.message()));
        }
        c.produce(KChoice.TYPE, PartSpec.of(kMax - kMin + 1));
        if (applies()) {
            c.produce(Parts.CLUSTER_COUNT, PartSpec.of(PartSpec.AT_RUN_TIME));
        }
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        ParameterValues s = e.settings();
        Reduction reduction = e.input(Parts.REDUCTION).orElseThrow();
        int components = s.getInt("components");
        if (components > reduction.components().size()) {
            throw new StepFailedException(Status.error(e.label() + ": the reducer gave " + reduction.components().size()
                    + " components, fewer than the " + components + " to cluster on"));
        }
        double[][] points = new double[reduction.scores().length][];
        for (int i = 0; i < points.length; i++) {
            points[i] = Arrays.copyOf(reduction.scores()[i], components);
        }
        Clusterer clusterer = (Clusterer) e.algorithm().orElseThrow();
        ParameterValues params = e.algorithmParameters();
        Diagnostics.Plan plan = new Diagnostics.Plan(s.getInt("kMin"), s.getInt("kMax"), s.getInt("references"),
                s.getInt("seeds"), s.getInt("bootstraps"));
        List<KChoice.Candidate> candidates = Diagnostics.compute(points, plan, e.seed(), (pts, k, seed) -> {
            Clustering found = e.call("clustering with k = " + k,
                    () -> clusterer.cluster(pts, params.with(Clusterer.K, k), seed, null));
            return checked(e.label(), found, pts.length, k);
        }, monitor);
        // The clusterer ran with every k of the range, not the k its parameters name.
        e.ranWith(Clusterer.K, plan.kMin() + "…" + plan.kMax());
        Rule rule = Rule.of(s.getString("rule"));
        Rule.Choice choice = rule.choose(candidates);
        e.emit(KChoice.TYPE, new KChoice(components, plan.references(), plan.seeds(), plan.bootstraps(), rule.key,
                rule.text, choice.k(), choice.why(), applies(), candidates));
        if (applies()) {
            e.emit(Parts.CLUSTER_COUNT, new org.filmlab.core.workflow.ChosenClusterCount(choice.k(), rule.text,
                    e.label()));
        }
    }

    private static int[] checked(String label, Clustering c, int rows, int k) throws StepFailedException {
        if (c == null || c.assignment().length != rows) {
            throw new StepFailedException(Status.error(label + " failed: the clusterer assigned "
                    + (c == null ? "no" : c.assignment().length) + " rows of " + rows + " at k = " + k));
        }
        for (int a : c.assignment()) {
            if (a < 0 || a >= c.clusterCount()) {
                throw new StepFailedException(Status.error(label + " failed: the clusterer assigned a row to"
                        + " cluster " + a + " of " + c.clusterCount() + " at k = " + k));
            }
        }
        return c.assignment();
    }
}
