// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

import weka.clusterers.EM;
import weka.core.Instances;

/**
 * A Gaussian mixture fitted by expectation-maximisation, Weka's {@link EM} (contribution
 * {@code org.filmlab.weka.em}): diagonal covariances (Weka models each dimension by its own normal
 * distribution per cluster), started from k-means. Each row goes to its most probable cluster;
 * clusters are numbered by first appearance in row order, centroids are the means of their rows.
 * With {@value Clusterer#K} = 0 Weka chooses the number of clusters itself, by 10-fold
 * cross-validated log-likelihood (adding clusters while the likelihood improves). Seeded from the
 * workflow's seed, one execution slot. Cancellation is checked before and after the fit (one Weka
 * fit cannot be interrupted). Stateless.
 */
public final class GaussianMixtureClusterer implements Clusterer {

    /** Parameter key: EM iterations at most. */
    public static final String MAX_ITERATIONS = "maxIterations";
    /** Parameter key: the smallest standard deviation a cluster may have in a dimension. */
    public static final String MIN_STD_DEV = "minStdDev";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.integer(K, "Clusters (k)",
                    "How many Gaussian components to fit; 0 lets Weka choose by cross-validated log-likelihood.", 3, 0,
                    20),
            Parameter.integer(MAX_ITERATIONS, "Maximum iterations",
                    "The most expectation-maximisation iterations before the fit stops unconverged.", 100, 1, 100000),
            Parameter.real(MIN_STD_DEV, "Minimum standard deviation",
                    "A floor on each component's standard deviation per dimension, so that a component cannot"
                            + " collapse onto a single film. Must be greater than 0.",
                    1e-6, 0.0, 1e6));

    /** k = 0 lets EM choose the number of clusters by cross-validated likelihood: known only at run time. */
    @Override
    public java.util.OptionalInt clusterCount(ParameterValues values) {
        int k = values.getInt(K);
        return k == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(k);
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("A. P. Dempster, N. M. Laird, D. B. Rubin: Maximum Likelihood from Incomplete Data via the EM"
                + " Algorithm. Journal of the Royal Statistical Society B 39(1) (1977) 1-38.",
                "Weka 3.8 weka.clusterers.EM; E. Frank, M. A. Hall, I. H. Witten: The WEKA Workbench, 4th ed."
                        + " Morgan Kaufmann (2016).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        int k = values.getInt(K);
        if (k > 0 && data.rows() < k) {
            problems.add(K, k + " clusters need at least " + k + " rows, but the data has " + data.rows()
                    + " rows; use k up to " + data.rows() + " or 0");
        }
        if (values.getDouble(MIN_STD_DEV) <= 0) {
            problems.add(MIN_STD_DEV, "the minimum standard deviation must be greater than 0");
        }
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Gaussian mixture (EM)", 10);
        progress.checkCanceled();
        WekaRuntime.prepare();
        Clusterer.requireValid(this, values, points);
        progress.split(1);
        int dimensions = points.length == 0 ? 0 : points[0].length;
        Instances data = WekaData.numeric("em", points, dimensions);
        int k = values.getInt(K);
        EM em = new EM();
        int[] assignment = new int[points.length];
        progress.split(8);
        try {
            em.setNumClusters(k == 0 ? -1 : k);
            em.setMaxIterations(values.getInt(MAX_ITERATIONS));
            em.setMinStdDev(values.getDouble(MIN_STD_DEV));
            em.setSeed(WekaClassifiers.wekaSeed(seed));
            em.setNumExecutionSlots(1);
            em.buildClusterer(data);
            for (int i = 0; i < points.length; i++) {
                assignment[i] = em.clusterInstance(data.instance(i));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Weka's EM failed: " + e.getMessage(), e);
        }
        progress.checkCanceled();
        progress.split(1);
        return Clustering.of(points, assignment);
    }
}
