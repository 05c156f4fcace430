// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.FixedKClusterer;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

import weka.clusterers.SimpleKMeans;
import weka.core.EuclideanDistance;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * K-means by Weka's {@link SimpleKMeans} (contribution {@code org.filmlab.weka.kmeans}), run
 * {@value #RESTARTS} times from k-means++ starts, keeping the run with the lowest within-cluster sum
 * of squares (SSE).
 * <ul>
 * <li>Distance: plain Euclidean on the coordinates as given. Weka's default rescales every
 * dimension to [0, 1] by its range, which would weigh a minor principal component like the first;
 * {@link EuclideanDistance#setDontNormalize(boolean)} turns that off.</li>
 * <li>Seeds: restart r uses the r-th {@code nextLong()} of {@code SplittableRandom(seed)}, so the
 * runs differ from each other and the result depends on the seed alone. The restarts run on all
 * cores (system property {@code filmlab.threads}), each with one Weka execution slot, and are
 * compared in restart order, so the number of cores changes nothing.</li>
 * <li>Choice: the run that kept all k clusters (Weka drops a cluster that empties) and, among those,
 * the lowest SSE; the first such run on a tie.</li>
 * <li>Output: clusters are numbered by first appearance in row order (the first row is in cluster
 * 0), so the numbers do not depend on Weka's internal order; centroids are the means of the rows
 * of each cluster and the SSE is computed from them.</li>
 * </ul>
 * Weka's k-means++ picks each further start with probability proportional to the distance D to the
 * nearest chosen start, not D² as in Arthur &amp; Vassilvitskii; the restarts make up for the
 * weaker seeding. Cancellation is checked between restarts (a single Weka run cannot be
 * interrupted). Stateless.
 */
public final class KMeansClusterer implements FixedKClusterer {

    /** Parameter key: independent runs from different k-means++ starts. */
    public static final String RESTARTS = "restarts";
    /** Parameter key: Lloyd iterations per run at most. */
    public static final String MAX_ITERATIONS = "maxIterations";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.integer(K, "Clusters (k)", "How many clusters to form.", 3, 2, 20),
            Parameter.integer(RESTARTS, "Restarts",
                    "How many runs from different k-means++ starts; the run with the lowest within-cluster sum of"
                            + " squares is kept. More runs make a poor local optimum less likely.",
                    // 50, not Weka's habit of 10: on the wine data single runs reach the best SSE one time
                    // in ten, so 10 restarts miss it about a third of the time; 50 cost milliseconds.
                    50, 1, 1000),
            Parameter.integer(MAX_ITERATIONS, "Maximum iterations",
                    "The most assign-and-update iterations one run may take before it stops unconverged.", 500, 1,
                    100000));

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
                "Weka 3.8 weka.clusterers.SimpleKMeans; E. Frank, M. A. Hall, I. H. Witten: The WEKA Workbench, 4th"
                        + " ed. Morgan Kaufmann (2016).");
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        int k = values.getInt(K);
        int restarts = values.getInt(RESTARTS);
        int maxIterations = values.getInt(MAX_ITERATIONS);
        SubMonitor progress = SubMonitor.convert(monitor, "K-means", restarts + 1);
        WekaRuntime.prepare();
        Clusterer.requireValid(this, values, points);
        int dimensions = points.length == 0 ? 0 : points[0].length;
        progress.split(1);
        // Each run converts the points itself: SimpleKMeans is not known to leave a shared Instances alone.
        return Clusterer.bestOfRuns(restarts, seed, progress.split(restarts), runSeed -> Clustering.of(points,
                runWeka(WekaData.numeric("kmeans", points, dimensions), k, maxIterations,
                        (int) (runSeed ^ (runSeed >>> 32)))));
    }

    private static int[] runWeka(Instances data, int k, int maxIterations, int seed) {
        SimpleKMeans kMeans = new SimpleKMeans();
        EuclideanDistance distance = new EuclideanDistance();
        distance.setDontNormalize(true);
        try {
            kMeans.setDistanceFunction(distance);
            kMeans.setNumClusters(k);
            kMeans.setMaxIterations(maxIterations);
            kMeans.setSeed(seed);
            kMeans.setInitializationMethod(new SelectedTag(SimpleKMeans.KMEANS_PLUS_PLUS,
                    SimpleKMeans.TAGS_SELECTION));
            kMeans.setPreserveInstancesOrder(true);
            kMeans.setNumExecutionSlots(1);
            kMeans.buildClusterer(data);
            return kMeans.getAssignments().clone();
        } catch (Exception e) {
            throw new IllegalStateException("Weka's SimpleKMeans failed: " + e.getMessage(), e);
        }
    }
}
