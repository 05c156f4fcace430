// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.ClassRuling;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.QualityRule;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.internal.Metrics;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.Partition;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.StepFailedException;

/**
 * Turns clusters into numbered quality classes with a contributed quality rule, which also says
 * which classes are good and by what criterion.
 */
public final class ClassesStep implements StepType {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public Optional<ContributionKind> algorithms() {
        return Optional.of(ContributionKind.QUALITY_RULE);
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.PARTITION));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.CLASSES);
    }

    @Override
    public void configure(StepConfiguration c) {
        Dataset data = c.data();
        int clusters = c.spec(Parts.PARTITION).map(PartSpec::count).orElse(PartSpec.AT_RUN_TIME);
        Shapes.report(c, c.checkAlgorithm(new DataShape(data.rowCount(), Shapes.properties(data),
                Shapes.conditions(data), Shapes.properties(data), Math.max(clusters, 0))));
        c.produce(Parts.CLASSES, PartSpec.of(clusters));
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        Clustering clustering = e.input(Parts.PARTITION).map(Partition::clustering).orElseThrow();
        QualityRule rule = (QualityRule) e.algorithm().orElseThrow();
        ParameterValues params = e.algorithmParameters();
        ClassRuling ruling = e.call("", () -> rule.rule(e.data(), clustering, params));
        if (ruling.clusterToClass().length != clustering.clusterCount()) {
            throw Guard.malformed(e.label(), "numbered " + ruling.clusterToClass().length + " of "
                    + clustering.clusterCount() + " clusters");
        }
        e.emit(Parts.CLASSES, classes(e.data(), clustering, ruling));
    }

    @Override
    public int weight() {
        return 1;
    }

    /** The classes a ruling makes of a clustering: each film's class, sizes and medians per class. */
    static QualityClasses classes(Dataset data, Clustering clustering, ClassRuling ruling) {
        int k = clustering.clusterCount();
        int[] assignment = clustering.assignment();
        int[] classes = new int[assignment.length];
        int[] sizes = new int[k];
        for (int i = 0; i < assignment.length; i++) {
            classes[i] = ruling.clusterToClass()[assignment[i]];
            sizes[classes[i] - 1]++;
        }
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (Column c : data.columns()) {
            medians.put(c.key(), medians(c.values(), classes, k));
        }
        return new QualityClasses(ruling.naming(), classes, ruling.clusterToClass(), sizes, medians, ruling.labels(),
                ruling.goodClasses(), ruling.criterion());
    }

    /** Per class 1..k, the median of the values of its rows (0 for an empty class, which K-means does not give). */
    private static double[] medians(double[] values, int[] classes, int k) {
        double[] out = new double[k];
        for (int c = 1; c <= k; c++) {
            final int cls = c;
            double[] members = IntStream.range(0, values.length).filter(i -> classes[i] == cls)
                    .mapToDouble(i -> values[i]).toArray();
            out[c - 1] = members.length == 0 ? 0.0 : Metrics.median(members);
        }
        return out;
    }
}
