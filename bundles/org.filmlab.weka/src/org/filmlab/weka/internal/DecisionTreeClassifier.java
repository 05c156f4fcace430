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

import weka.classifiers.trees.J48;

/**
 * A C4.5 decision tree by Weka's {@link J48} (contribution {@code org.filmlab.weka.j48}). No scaling:
 * a tree splits on thresholds and does not care about units. Honours row weights (they weigh the
 * split criterion and the leaves' class counts). The distribution is the class shares of the leaf,
 * smoothed by Laplace's correction when asked. Pruning by confidence, no randomness: the seed is not
 * used. Stateless.
 */
public final class DecisionTreeClassifier implements Classifier {

    /** Parameter key: the pruning confidence; smaller prunes more. */
    public static final String CONFIDENCE = "confidence";
    /** Parameter key: the least weight of rows a leaf may hold. */
    public static final String MIN_LEAF = "minLeaf";
    /** Parameter key: grow the tree without pruning. */
    public static final String UNPRUNED = "unpruned";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.real(CONFIDENCE, "Pruning confidence",
                    "The confidence of C4.5's pessimistic error estimate; smaller values prune more. Must be greater"
                            + " than 0.",
                    0.25, 0.0, 0.5),
            Parameter.integer(MIN_LEAF, "Minimum rows per leaf",
                    "A split is kept only if at least two of its branches hold this many rows.", 2, 1, 1000),
            Parameter.bool(UNPRUNED, "Unpruned", "Grow the full tree, without pruning.", false));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("J. R. Quinlan: C4.5: Programs for Machine Learning. Morgan Kaufmann, San Mateo (1993).",
                "Weka 3.8 weka.classifiers.trees.J48; E. Frank, M. A. Hall, I. H. Witten: The WEKA Workbench, 4th"
                        + " ed. Morgan Kaufmann (2016).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        if (values.getDouble(CONFIDENCE) <= 0) {
            problems.add(CONFIDENCE, "the pruning confidence must be greater than 0 (and at most 0.5)");
        }
    }

    @Override
    public TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor) {
        WekaRuntime.prepare();
        J48 tree = new J48();
        tree.setConfidenceFactor((float) values.getDouble(CONFIDENCE));
        tree.setMinNumObj(values.getInt(MIN_LEAF));
        tree.setUnpruned(values.getBoolean(UNPRUNED));
        return WekaClassifiers.train("J48", this, training, values, tree, WekaClassifiers.wekaSeed(seed), monitor);
    }
}
