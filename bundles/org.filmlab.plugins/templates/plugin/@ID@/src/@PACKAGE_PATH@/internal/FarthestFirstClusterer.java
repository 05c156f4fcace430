// SPDX-License-Identifier: GPL-3.0-or-later
package @PACKAGE@.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.FixedKClusterer;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/**
 * Farthest-first traversal (Gonzalez 1985): the first centre is the film nearest the mean, each
 * next centre the film farthest from the centres chosen so far, and every film joins its nearest
 * centre. Deterministic (ties go to the lower row), so it ignores the seed. The example FilmLab's
 * plug-in generator starts from: replace the algorithm, keep the shape.
 */
public final class FarthestFirstClusterer implements FixedKClusterer {

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.integer(K, "Clusters (k)", "How many clusters to form: the number of centres chosen.", 3, 2, 20));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("T. F. Gonzalez: Clustering to minimize the maximum intercluster distance. Theoretical"
                + " Computer Science 38 (1985) 293-306. doi:10.1016/0304-3975(85)90224-5");
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        Clusterer.requireValid(this, values, points);
        int k = values.getInt(K);
        SubMonitor progress = SubMonitor.convert(monitor, "Farthest-first clustering", k);
        double[] nearest = new double[points.length];
        int[] assignment = new int[points.length];
        int centre = rowNearestTheMean(points);
        for (int c = 0; c < k; c++) {
            // split() looks at cancellation only every so many calls; k is small, so look each time.
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.split(1);
            int farthest = 0;
            for (int i = 0; i < points.length; i++) {
                double d = distance(points[i], points[centre]);
                if (c == 0 || d < nearest[i]) {
                    nearest[i] = d;
                    assignment[i] = c;
                }
                if (nearest[i] > nearest[farthest]) {
                    farthest = i;
                }
            }
            centre = farthest;
        }
        return Clustering.of(points, assignment);
    }

    static int rowNearestTheMean(double[][] points) {
        double[] mean = new double[points[0].length];
        for (double[] p : points) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += p[d] / points.length;
            }
        }
        int best = 0;
        for (int i = 1; i < points.length; i++) {
            if (distance(points[i], mean) < distance(points[best], mean)) {
                best = i;
            }
        }
        return best;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = a[d] - b[d];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }
}
