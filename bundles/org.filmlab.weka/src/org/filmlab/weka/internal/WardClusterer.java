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

import weka.clusterers.HierarchicalClusterer;
import weka.core.EuclideanDistance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.Tag;

/**
 * Agglomerative clustering with Ward's linkage, Weka's {@link HierarchicalClusterer} (contribution
 * {@code org.filmlab.weka.ward}): starting from single films, the two clusters whose merge increases
 * the within-cluster sum of squares least are merged until k remain. Plain Euclidean distance on the
 * coordinates as given (Weka's range normalisation turned off, as for K-means). Clusters are numbered
 * by first appearance in row order. No randomness: the seed is not used. Cancellation is checked
 * before and after the fit. Stateless.
 */
public final class WardClusterer implements FixedKClusterer {

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.integer(K, "Clusters (k)", "Where to cut the merge tree: how many clusters to keep.", 3, 2, 20));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("J. H. Ward: Hierarchical Grouping to Optimize an Objective Function. Journal of the American"
                + " Statistical Association 58(301) (1963) 236-244. doi:10.1080/01621459.1963.10500845",
                "Weka 3.8 weka.clusterers.HierarchicalClusterer.");
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Ward clustering", 10);
        progress.checkCanceled();
        WekaRuntime.prepare();
        Clusterer.requireValid(this, values, points);
        progress.split(1);
        int dimensions = points.length == 0 ? 0 : points[0].length;
        Instances data = WekaData.numeric("ward", points, dimensions);
        HierarchicalClusterer ward = new HierarchicalClusterer();
        EuclideanDistance distance = new EuclideanDistance();
        distance.setDontNormalize(true);
        ward.setDistanceFunction(distance);
        ward.setLinkType(wardLinkage());
        ward.setNumClusters(values.getInt(K));
        int[] assignment = new int[points.length];
        progress.split(8);
        try {
            ward.buildClusterer(data);
            for (int i = 0; i < points.length; i++) {
                assignment[i] = ward.clusterInstance(data.instance(i));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Weka's HierarchicalClusterer failed: " + e.getMessage(), e);
        }
        progress.checkCanceled();
        progress.split(1);
        return Clustering.of(points, assignment);
    }

    /** Weka's link-type constants are package-private; its tags name them. */
    private static SelectedTag wardLinkage() {
        for (Tag tag : HierarchicalClusterer.TAGS_LINK_TYPE) {
            if ("WARD".equals(tag.getReadable())) {
                return new SelectedTag(tag.getID(), HierarchicalClusterer.TAGS_LINK_TYPE);
            }
        }
        throw new IllegalStateException("this Weka has no WARD link type");
    }
}
