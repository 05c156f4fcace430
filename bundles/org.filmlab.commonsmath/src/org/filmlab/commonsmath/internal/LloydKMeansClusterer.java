// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.commonsmath.internal;

import java.util.List;

import org.apache.commons.math3.random.Well19937c;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.FixedKClusterer;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/**
 * K-means (contribution {@code org.filmlab.commonsmath.kmeans}): Apache Commons Math 3.6.1's
 * {@code KMeansPlusPlusClusterer} ported to arrays ({@link KMeansPlusPlus}: the same clusterings,
 * to the bit, without a list of row objects per cluster), with Commons Math's Well19937c generator.
 * Lloyd's iterations from k-means++ starts with D² seeding, until no row changes cluster or the
 * iteration limit. The model of
 * {@code org.filmlab.weka.kmeans}, for data sets where Weka's SimpleKMeans, which copies every row
 * into a per-cluster data set at each iteration, is too slow.
 * <ul>
 * <li>Restarts: {@link Clusterer#bestOfRuns}, each run with a Well19937c generator of its seed.</li>
 * <li>A cluster that empties is refilled from the cluster with the largest variance (Commons
 * Math's default), so every run keeps k clusters.</li>
 * <li>Output: {@link Clustering#of}: clusters numbered by first appearance in row order.</li>
 * </ul>
 * Cancellation is checked between runs. Stateless.
 */
public final class LloydKMeansClusterer implements FixedKClusterer {

    /** Parameter key: independent runs from different k-means++ starts. */
    public static final String RESTARTS = "restarts";
    /** Parameter key: Lloyd iterations per run at most. */
    public static final String MAX_ITERATIONS = "maxIterations";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.integer(K, "Clusters (k)", "How many clusters to form.", 3, 2, 20),
            Parameter.integer(RESTARTS, "Restarts",
                    "How many runs from different k-means++ starts; the run with the lowest within-cluster sum of"
                            + " squares is kept.",
                    10, 1, 1000),
            Parameter.integer(MAX_ITERATIONS, "Maximum iterations",
                    "The most assign-and-update iterations one run may take before it stops unconverged"
                            + " (scikit-learn's max_iter).",
                    300, 1, 100000));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of(
                "S. P. Lloyd: Least squares quantization in PCM. IEEE Transactions on Information Theory 28 (1982)"
                        + " 129-137. doi:10.1109/TIT.1982.1056489",
                "D. Arthur, S. Vassilvitskii: k-means++: the advantages of careful seeding. Proceedings of the 18th"
                        + " ACM-SIAM Symposium on Discrete Algorithms (2007) 1027-1035.",
                "Apache Commons Math 3.6.1 org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer, ported to"
                        + " flat arrays with the same arithmetic in the same order (the same clusterings to the bit).");
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        int k = values.getInt(K);
        int restarts = values.getInt(RESTARTS);
        int maxIterations = values.getInt(MAX_ITERATIONS);
        SubMonitor progress = SubMonitor.convert(monitor, "K-means", restarts + 1);
        progress.split(1);
        Clusterer.requireValid(this, values, points);
        KMeansPlusPlus.Rows rows = KMeansPlusPlus.Rows.of(points);
        return Clusterer.bestOfRuns(restarts, seed, progress.split(restarts), runSeed -> Clustering.of(points,
                KMeansPlusPlus.cluster(rows, k, maxIterations, new Well19937c(runSeed)).assignment()));
    }
}
