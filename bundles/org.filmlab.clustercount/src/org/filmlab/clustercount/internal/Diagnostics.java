// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.clustercount.KChoice;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.workflow.StepFailedException;

/**
 * The diagnostics of each k: the clusterer on the films, on reference data sets for the gap
 * statistic (Tibshirani, Walther and Hastie 2001, J. R. Statist. Soc. B 63, 411–423: reference
 * sets uniform over the range of each clustered component, their option (a)), from other seeds and
 * on bootstrap resamples. Every random choice comes from one seed, drawn in a fixed order, so the
 * same seed gives the same numbers.
 */
final class Diagnostics {

    /** Clusters points into k clusters with a seed; the step wraps the contributed clusterer. */
    @FunctionalInterface
    interface Clusterings {
        int[] cluster(double[][] points, int k, long seed) throws StepFailedException;
    }

    /** How much to compute. */
    record Plan(int kMin, int kMax, int references, int seeds, int bootstraps) {

        int runsPerK() {
            return 1 + references + seeds + bootstraps;
        }
    }

    private Diagnostics() {
    }

    static List<KChoice.Candidate> compute(double[][] points, Plan plan, long seed, Clusterings clusterer,
            IProgressMonitor monitor) throws StepFailedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Diagnosing k = " + plan.kMin() + "…" + plan.kMax(),
                (plan.kMax() - plan.kMin() + 1) * plan.runsPerK());
        SplittableRandom random = new SplittableRandom(seed);
        // The same reference sets and resamples for every k, as Tibshirani et al. compare each k on them.
        double[][][] references = new double[plan.references()][][];
        for (int b = 0; b < references.length; b++) {
            references[b] = uniformInBox(points, random.split());
        }
        int[][] resamples = new int[plan.bootstraps()][];
        for (int b = 0; b < resamples.length; b++) {
            resamples[b] = random.ints(points.length, 0, points.length).toArray();
        }
        List<KChoice.Candidate> out = new ArrayList<>();
        for (int k = plan.kMin(); k <= plan.kMax(); k++) {
            SplittableRandom seeds = random.split();
            progress.split(1);
            int[] assignment = clusterer.cluster(points, k, seeds.nextLong());
            Clustering films = Clustering.of(points, assignment);
            double logW = Math.log(films.withinSumOfSquares());
            double[] logRef = new double[references.length];
            for (int b = 0; b < references.length; b++) {
                progress.split(1);
                logRef[b] = Math.log(Clustering.of(references[b], clusterer.cluster(references[b], k,
                        seeds.nextLong())).withinSumOfSquares());
            }
            double[] bySeed = new double[plan.seeds()];
            for (int r = 0; r < bySeed.length; r++) {
                progress.split(1);
                bySeed[r] = Clustering.adjustedRand(assignment, clusterer.cluster(points, k, seeds.nextLong()));
            }
            double[] byResample = new double[resamples.length];
            for (int b = 0; b < resamples.length; b++) {
                progress.split(1);
                double[][] drawn = new double[points.length][];
                int[] same = new int[points.length];
                for (int i = 0; i < drawn.length; i++) {
                    drawn[i] = points[resamples[b][i]];
                    same[i] = assignment[resamples[b][i]];
                }
                byResample[b] = Clustering.adjustedRand(same, clusterer.cluster(drawn, k, seeds.nextLong()));
            }
            double[] widths = silhouettes(points, films.assignment(), films.clusterCount());
            double meanRef = mean(logRef);
            // Tibshirani et al.: sd_k with 1/B, and s_k = sd_k √(1 + 1/B) for the simulation error.
            double sdRef = Math.sqrt(meanSquare(logRef, meanRef));
            out.add(new KChoice.Candidate(k, films.clusterCount(), films.assignment(),
                    films.withinSumOfSquares(), mean(widths), widths,
                    meanRef - logW, sdRef * Math.sqrt(1 + 1.0 / references.length), mean(bySeed), min(bySeed),
                    mean(byResample), Math.sqrt(meanSquare(byResample, mean(byResample)))));
        }
        return out;
    }

    /** As many points as given, uniform over the range of each dimension of theirs. */
    private static double[][] uniformInBox(double[][] points, SplittableRandom random) {
        int d = points[0].length;
        double[] lo = new double[d];
        double[] hi = new double[d];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], p[j]);
                hi[j] = Math.max(hi[j], p[j]);
            }
        }
        double[][] out = new double[points.length][d];
        for (double[] p : out) {
            for (int j = 0; j < d; j++) {
                p[j] = lo[j] + (hi[j] - lo[j]) * random.nextDouble();
            }
        }
        return out;
    }

    /**
     * Each film's silhouette width (Rousseeuw 1987): (b − a) / max(a, b), a the mean distance to
     * the other films of its cluster, b the smallest mean distance to another cluster's films; 0 for
     * a film alone in its cluster, as Rousseeuw defines it.
     */
    static double[] silhouettes(double[][] points, int[] assignment, int clusters) {
        int n = points.length;
        int[] size = new int[clusters];
        for (int a : assignment) {
            size[a]++;
        }
        double[] out = new double[n];
        double[] sum = new double[clusters];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sum, 0.0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[assignment[j]] += distance(points[i], points[j]);
                }
            }
            int own = assignment[i];
            if (size[own] == 1) {
                continue;
            }
            double a = sum[own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < clusters; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            double m = Math.max(a, b);
            out[i] = b == Double.POSITIVE_INFINITY || m == 0 ? 0.0 : (b - a) / m;
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    static double mean(double[] v) {
        if (v.length == 0) {
            return 0.0;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double meanSquare(double[] v, double m) {
        if (v.length == 0) {
            return 0.0;
        }
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / v.length;
    }

    private static double min(double[] v) {
        double m = v.length == 0 ? 0.0 : Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }
}
