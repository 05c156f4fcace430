// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

import weka.classifiers.trees.RandomForest;

/**
 * A random forest by Weka's {@link RandomForest} (contribution {@code org.filmlab.weka.randomForest}):
 * bagged random trees, each grown on a bootstrap sample and choosing each split among a random subset
 * of the features. No scaling (trees do not care about units). Seeded from the workflow's seed and
 * built in one execution slot, so the same seed gives the same forest. Row weights: bagging draws
 * the bootstrap samples with probability proportional to weight. The distribution is the trees'
 * averaged class shares. Stateless.
 */
public final class RandomForestClassifier implements Classifier {

    /** Parameter key: how many trees. */
    public static final String TREES = "trees";
    /** Parameter key: features tried at each split, 0 for Weka's log2(features) + 1. */
    public static final String FEATURES_PER_SPLIT = "featuresPerSplit";
    /** Parameter key: the deepest a tree may grow, 0 for unlimited. */
    public static final String MAX_DEPTH = "maxDepth";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.integer(TREES, "Trees", "How many trees the forest grows; more trees vote more stably.", 100, 1,
                    10000),
            Parameter.integer(FEATURES_PER_SPLIT, "Features per split",
                    "How many randomly chosen features each split considers; 0 takes log2(features) + 1.", 0, 0, 1000),
            Parameter.integer(MAX_DEPTH, "Maximum depth", "The deepest a tree may grow; 0 for no limit.", 0, 0, 1000));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("L. Breiman: Random Forests. Machine Learning 45(1) (2001) 5-32. doi:10.1023/A:1010933404324",
                "Weka 3.8 weka.classifiers.trees.RandomForest; E. Frank, M. A. Hall, I. H. Witten: The WEKA"
                        + " Workbench, 4th ed. Morgan Kaufmann (2016).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        int features = values.getInt(FEATURES_PER_SPLIT);
        if (features > data.variables().size() && !data.variables().isEmpty()) {
            problems.add(FEATURES_PER_SPLIT, features + " features per split asked for, but there are only "
                    + data.variables().size() + " features; use up to " + data.variables().size() + " or 0");
        }
    }

    @Override
    public TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor) {
        WekaRuntime.prepare();
        int wekaSeed = WekaClassifiers.wekaSeed(seed);
        RandomForest forest = new RandomForest();
        forest.setNumIterations(values.getInt(TREES));
        forest.setNumFeatures(values.getInt(FEATURES_PER_SPLIT));
        forest.setMaxDepth(values.getInt(MAX_DEPTH));
        forest.setSeed(wekaSeed);
        forest.setNumExecutionSlots(1);
        return WekaClassifiers.train("RandomForest", this, training, values, forest, wekaSeed, monitor);
    }
}
