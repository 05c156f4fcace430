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

import weka.classifiers.lazy.IBk;
import weka.core.EuclideanDistance;
import weka.core.SelectedTag;
import weka.core.neighboursearch.LinearNNSearch;

/**
 * k nearest neighbours by Weka's {@link IBk} (contribution {@code org.filmlab.weka.ibk}), after feature
 * scaling fitted on the training rows only, with plain Euclidean distance on the scaled features
 * (Weka's own range normalisation is turned off so that the scaling parameter alone decides). A
 * row's distribution is the (optionally distance-weighted) vote of its k neighbours, with Weka's
 * small Laplace-like floor for unseen classes. Row weights multiply each neighbour's vote. Ties
 * between equally distant neighbours are broken by training row order. No randomness: the seed is
 * not used. Stateless.
 */
public final class NearestNeighbourClassifier implements Classifier {

    /** Parameter key: the number of neighbours. */
    public static final String NEIGHBOURS = "k";
    /** Parameter key: how neighbours' votes are weighted by distance. */
    public static final String DISTANCE_WEIGHTING = "distanceWeighting";

    static final String EQUAL = "equal";
    static final String INVERSE = "inverse";
    static final String SIMILARITY = "similarity";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            WekaClassifiers.scaling(WekaClassifiers.STANDARDIZE),
            Parameter.integer(NEIGHBOURS, "Neighbours (k)", "How many nearest training rows vote.", 5, 1, 1000),
            Parameter.choice(DISTANCE_WEIGHTING, "Distance weighting",
                    "equal: every neighbour votes alike; inverse: by 1/distance; similarity: by 1 - distance.", EQUAL,
                    EQUAL, INVERSE, SIMILARITY));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("D. Aha, D. Kibler, M. Albert: Instance-based learning algorithms. Machine Learning 6 (1991)"
                + " 37-66. doi:10.1007/BF00153759",
                "Weka 3.8 weka.classifiers.lazy.IBk; E. Frank, M. A. Hall, I. H. Witten: The WEKA Workbench, 4th"
                        + " ed. Morgan Kaufmann (2016).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        int k = values.getInt(NEIGHBOURS);
        if (data.rows() > 0 && k > data.rows()) {
            problems.add(NEIGHBOURS, k + " neighbours asked for, but there are only " + data.rows()
                    + " training rows; use k up to " + data.rows());
        }
    }

    @Override
    public TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor) {
        WekaRuntime.prepare();
        IBk knn = new IBk(values.getInt(NEIGHBOURS));
        knn.setCrossValidate(false);
        EuclideanDistance distance = new EuclideanDistance();
        distance.setDontNormalize(true);
        LinearNNSearch search = new LinearNNSearch();
        try {
            search.setDistanceFunction(distance);
        } catch (Exception e) {
            throw new IllegalStateException("Weka's IBk refused its distance: " + e.getMessage(), e);
        }
        knn.setNearestNeighbourSearchAlgorithm(search);
        int weighting = switch (values.getString(DISTANCE_WEIGHTING)) {
            case INVERSE -> IBk.WEIGHT_INVERSE;
            case SIMILARITY -> IBk.WEIGHT_SIMILARITY;
            default -> IBk.WEIGHT_NONE;
        };
        knn.setDistanceWeighting(new SelectedTag(weighting, IBk.TAGS_WEIGHTING));
        return WekaClassifiers.train("IBk", this, training, values, knn, WekaClassifiers.wekaSeed(seed), monitor);
    }
}
