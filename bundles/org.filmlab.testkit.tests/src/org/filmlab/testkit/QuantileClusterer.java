// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * A clusterer small enough to keep the contract by inspection: the films ordered by their first
 * coordinate (ties by row) and cut into k groups of equal size. The kit's tests break it one promise
 * at a time by overriding one method.
 */
public class QuantileClusterer implements Clusterer {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of(Parameter.integer(K, "Clusters (k)", "How many groups to cut the films into.", 3, 1,
                10));
    }

    @Override
    public List<String> references() {
        return List.of("Quantiles: any textbook of descriptive statistics.");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        Clusterer.requireRowsForK(values.getInt(K), data.rows(), problems);
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Quantiles", 1);
        progress.checkCanceled();
        Clusterer.requireValid(this, values, points);
        return Clustering.of(points, cut(order(points), values.getInt(K)));
    }

    /** Row indices by first coordinate, ties by row. */
    static int[] order(double[][] points) {
        return IntStream.range(0, points.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> points[i][0]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The group of each row when the rows in {@code order} are cut into {@code k} equal runs. */
    static int[] cut(int[] order, int k) {
        int[] assignment = new int[order.length];
        for (int rank = 0; rank < order.length; rank++) {
            assignment[order[rank]] = rank * k / order.length;
        }
        return assignment;
    }
}
