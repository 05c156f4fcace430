// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.step.PartType;

/**
 * The part types of FilmLab's standard kinds of step. A contributed kind of step declares its own.
 */
public final class Parts {

    /** A reduction of the variables to components (reduce). */
    public static final PartType<Reduction> REDUCTION = PartType.of("reduction", Reduction.class);
    /** Clusters on the leading components (cluster). */
    public static final PartType<Partition> PARTITION = PartType.of("partition", Partition.class);
    /**
     * A number of clusters chosen from the data, which the cluster step then uses instead of its
     * clusterer's {@code k}; for later steps only.
     */
    public static final PartType<ChosenClusterCount> CLUSTER_COUNT = PartType.transientOf("chosenClusterCount",
            ChosenClusterCount.class);
    /** Quality classes with the rule's verdict on which are good (classes). */
    public static final PartType<QualityClasses> CLASSES = PartType.of("classes", QualityClasses.class);
    /** One statistical test across the classes (test; a workflow may have several). */
    public static final PartType<TestResult> TEST = PartType.of("test", TestResult.class);
    /** How well the conditions predict the class (classify). */
    public static final PartType<ClassifierEvaluation> EVALUATION = PartType.of("classifierEvaluation",
            ClassifierEvaluation.class);
    /** The trained models (classify), for later steps only. */
    public static final PartType<TrainedClassifier> CLASSIFIER = PartType.transientOf("trainedClassifier",
            TrainedClassifier.class);
    /** Predicted classes over a grid of conditions, and the process window (map). */
    public static final PartType<DecisionMaps> DECISION_MAPS = PartType.of("decisionMaps", DecisionMaps.class);
    /** Recipes to make next (nextExperiments). */
    public static final PartType<NextExperiments> NEXT_EXPERIMENTS = PartType.of("nextExperiments",
            NextExperiments.class);

    private Parts() {
    }
}
