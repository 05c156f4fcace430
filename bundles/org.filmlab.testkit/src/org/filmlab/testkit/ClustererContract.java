// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterType;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;

/**
 * The contract of a {@link Clusterer}, on two coordinates of the {@link ContractData} films. Besides
 * the checks of {@link ContributionContract}: a clusterer that declares the number of clusters
 * {@value Clusterer#K} refuses fewer rows than clusters on {@value Clusterer#K}
 * ({@link Clusterer#requireRowsForK}). A test is as short as:
 *
 * <pre>
 * class KMedoidsClustererContractTest extends ClustererContract&lt;KMedoidsClusterer&gt; {
 *     protected KMedoidsClusterer contribution() { return new KMedoidsClusterer(); }
 *     protected String id() { return "org.filmlab.examples.kmedoids"; }
 * }
 * </pre>
 *
 * Clients may extend this class.
 *
 * @param <C> the clusterer
 */
public abstract class ClustererContract<C extends Clusterer> extends ContributionContract<C, double[][]> {

    @Override
    protected final ContributionKind kind() {
        return ContributionKind.CLUSTERER;
    }

    @Override
    protected double[][] input() {
        return ContractData.points();
    }

    @Override
    protected DataShape shape() {
        return ContractData.shape(input().length, List.of("sigmaN", "RD"), 0);
    }

    @Override
    protected Clustering run(C clusterer, double[][] input, ParameterValues values, long seed,
            IProgressMonitor monitor) {
        return clusterer.cluster(input, values, seed, monitor);
    }

    /** With a number of clusters: at least two of them, on one row fewer. */
    @Override
    protected List<Refusal> refusals() {
        Parameter k = contribution().parameters().get(Clusterer.K).orElse(null);
        if (k == null || k.type() != ParameterType.INTEGER) {
            return List.of();
        }
        int clusters = Math.max(2, (Integer) k.defaultValue());
        if (k.max() != null && clusters > k.max()) {
            return List.of();
        }
        return List.of(new Refusal(Map.of(Clusterer.K, clusters),
                new DataShape(clusters - 1, shape().variables(), List.of(), List.of(), 0), Clusterer.K));
    }
}
