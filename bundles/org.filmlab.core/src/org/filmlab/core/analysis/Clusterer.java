// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * Groups films by their coordinates (usually reduction scores). Contributed through
 * {@code org.filmlab.core.clusterers}. A clusterer that takes a number of clusters declares it as
 * the integer parameter {@value #K}, which the command line's {@code --k} sets. Clients may
 * implement this interface.
 */
public interface Clusterer extends Contribution {

    /**
     * How many clusters this configuration gives, when that is known before the run (a fixed k), or
     * empty when the run decides (EM choosing k by cross-validation, say). The steps after
     * clustering are checked against it before any data is touched. The default is "the run
     * decides"; a clusterer with a fixed number of clusters should say so.
     */
    default java.util.OptionalInt clusterCount(ParameterValues values) {
        return java.util.OptionalInt.empty();
    }

    /** The conventional key of the number-of-clusters parameter. */
    String K = "k";

    /**
     * @param points rows × dimensions, finite
     * @param values the parameters
     * @param seed the seed for initialisation, derived from the workflow's seed
     * @param monitor progress and cancellation, checked every iteration; may be {@code null}
     */
    Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor);

    /**
     * The check every clusterer with a number of clusters makes in {@link #validate}: no more
     * clusters than rows. Adds one problem on {@value #K}, naming both numbers and the largest k
     * that fits.
     */
    static void requireRowsForK(int k, int rows, Problems problems) {
        if (rows < k) {
            problems.add(K, k + " clusters need at least " + k + " rows, but the data has " + rows
                    + " rows; use k up to " + rows);
        }
    }

    /**
     * What {@link #validate} found, as an exception, for a clusterer called directly rather than
     * by the engine (which validates before any step runs).
     *
     * @throws IllegalArgumentException listing every problem
     */
    static void requireValid(Clusterer clusterer, ParameterValues values, double[][] points) {
        Problems problems = new Problems();
        clusterer.validate(values, new DataShape(points.length, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), 0), problems);
        problems.requireNone();
    }

    /** One run of a restarted clusterer, from its own seed. */
    @FunctionalInterface
    interface Run {
        Clustering cluster(long seed);
    }

    /**
     * Runs a clusterer {@code runs} times and keeps the best ({@link Clustering#isBetterThan}), the
     * first of equals. Run r gets the r-th {@code nextLong()} of {@code SplittableRandom(seed)}, so
     * runs differ and depend on the seed alone. The runs share the cores (the system property
     * {@code filmlab.threads} caps them) and are compared in run order, so the result is the same
     * on any number of cores; {@code run} must therefore be safe to call from several threads.
     * Cancellation is checked before each run.
     *
     * @param monitor progress, one unit per run, and cancellation; may be {@code null}
     */
    static Clustering bestOfRuns(int runs, long seed, IProgressMonitor monitor, Run run) {
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(seed);
        long[] runSeeds = new long[runs];
        for (int r = 0; r < runs; r++) {
            runSeeds[r] = seeds.nextLong();
        }
        java.util.List<Clustering> results = org.filmlab.core.internal.Parallel.map("clustering runs", runs, monitor,
                (r, m) -> {
                    if (m.isCanceled()) {
                        throw new org.eclipse.core.runtime.OperationCanceledException();
                    }
                    return run.cluster(runSeeds[r]);
                });
        Clustering best = null;
        for (Clustering candidate : results) {
            if (best == null || candidate.isBetterThan(best)) {
                best = candidate;
            }
        }
        return best;
    }
}
