// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.ChosenClusterCount;
import org.filmlab.core.workflow.Partition;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.StepFailedException;

/** Clusters the films on the leading components of a reduction with a contributed clusterer. */
public final class ClusterStep implements StepType {

    private static final ParameterSet SETTINGS = ParameterSet.of(
            Parameter.integer("components", "Components", "How many leading components the clusterer receives.", 2,
                    1, 50));

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
        // A number of clusters chosen from the data by an earlier step (chooseK), used instead of k.
        return List.of(StepInput.required(Parts.REDUCTION), StepInput.optional(Parts.CLUSTER_COUNT));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.PARTITION);
    }

    @Override
    public void configure(StepConfiguration c) {
        Dataset data = c.data();
        int components = c.settings().getInt("components");
        int available = c.spec(Parts.REDUCTION).map(PartSpec::count).orElse(PartSpec.AT_RUN_TIME);
        if (available != PartSpec.AT_RUN_TIME && components > available) {
            c.problem("components", components + " components asked for, but the reduction gives at most "
                    + available);
        }
        List<String> pcs = new ArrayList<>();
        for (int i = 1; i <= components; i++) {
            pcs.add("PC" + i);
        }
        Shapes.report(c, c.checkAlgorithm(new DataShape(data.rowCount(), pcs, Shapes.conditions(data),
                Shapes.properties(data), 0)));
        Clusterer clusterer = (Clusterer) c.algorithm().orElseThrow();
        if (c.spec(Parts.CLUSTER_COUNT).isPresent()) {
            if (!(c.algorithmParameters().asMap().get(Clusterer.K) instanceof Integer)) {
                c.problem("", "a number of clusters is chosen for it, but its clusterer takes no integer parameter '"
                        + Clusterer.K + "' to set");
            }
            c.produce(Parts.PARTITION, PartSpec.of(PartSpec.AT_RUN_TIME));
            return;
        }
        OptionalInt k = clusterer.clusterCount(c.algorithmParameters());
        c.produce(Parts.PARTITION, PartSpec.of(k.orElse(PartSpec.AT_RUN_TIME)));
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        Reduction reduction = e.input(Parts.REDUCTION).orElseThrow();
        int components = e.settings().getInt("components");
        if (components > reduction.components().size()) {
            throw Guard.malformed(e.label(), "'s reducer gave " + reduction.components().size()
                    + " components, fewer than the " + components + " to cluster on");
        }
        double[][] points = leading(reduction.scores(), components);
        Clusterer clusterer = (Clusterer) e.algorithm().orElseThrow();
        ParameterValues chosen = e.algorithmParameters();
        Optional<ChosenClusterCount> count = e.input(Parts.CLUSTER_COUNT);
        if (count.isPresent()) {
            chosen = chosen.with(Clusterer.K, count.get().k());
            e.ranWith(Clusterer.K, count.get().k());
        }
        ParameterValues params = chosen;
        Clustering clustering = e.call("", () -> clusterer.cluster(points, params, e.seed(), monitor));
        check(e.label(), clustering, e.data().rowCount());
        e.emit(Parts.PARTITION, new Partition(components, clustering));
    }

    private static void check(String label, Clustering c, int rows) throws StepFailedException {
        if (c.assignment().length != rows) {
            throw Guard.malformed(label, "assigned " + c.assignment().length + " rows of " + rows);
        }
        for (int a : c.assignment()) {
            if (a < 0 || a >= c.clusterCount()) {
                throw Guard.malformed(label, "assigned a row to cluster " + a + " of " + c.clusterCount());
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
}
