// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.examples.kmedoids.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.FixedKClusterer;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/**
 * k-medoids by Partitioning Around Medoids (PAM, Kaufman &amp; Rousseeuw 1990, chapter 2), contribution
 * {@code org.filmlab.examples.kmedoids}. Each cluster is represented by one of the films, its medoid,
 * and PAM minimises the sum of Euclidean distances of the films to their nearest medoid.
 * <ol>
 * <li>BUILD: the first medoid is the film with the smallest sum of distances to all others; each
 * further medoid is the film whose addition lowers that sum the most.</li>
 * <li>SWAP: each pass looks at every exchange of a medoid for a non-medoid and makes the one that
 * lowers the sum the most, until no exchange lowers it or {@value #MAX_SWAPS} exchanges were made.
 * The result is a local optimum: no single exchange improves it.</li>
 * </ol>
 * <b>Deterministic.</b> PAM draws nothing at random, so the seed is not used. Ties (two candidates
 * whose sums differ by less than {@value #RELATIVE_TOLERANCE} of the one-medoid sum, so that sums of
 * the same distances added in different orders count as equal) go to the lower row index: in BUILD
 * the candidate row, in SWAP the medoid's row and then the incoming row, and a film equally near two
 * medoids joins the one with the lower row index. A medoid always belongs to its own cluster, so all
 * k clusters are non-empty even when films coincide.
 * <p>
 * <b>Output.</b> Clusters are numbered by first appearance in row order (the first row is in
 * cluster 0), as FilmLab's K-means numbers them; the centroids are the medoids' coordinates (rows of
 * the input, not means) and the within-cluster sum of squares is the sum of squared distances of the
 * films to their medoid.
 * <p>
 * <b>Cost.</b> All n² distances are kept (n = 1000 films: 8 MB) and one SWAP pass takes about
 * k·(n − k)·n steps. Cancellation is checked for every row of distances, every BUILD medoid and
 * every SWAP pass. Stateless.
 */
public final class KMedoidsClusterer implements FixedKClusterer {

    /** Parameter key: the most medoid exchanges the SWAP phase makes. */
    public static final String MAX_SWAPS = "maxSwaps";

    /**
     * Sums closer than this fraction of the one-medoid sum, the largest sum PAM ever compares, are
     * ties: round-off must neither break a tie by chance nor make SWAP exchange medoids for nothing.
     */
    static final double RELATIVE_TOLERANCE = 1e-12;

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.integer(K, "Clusters (k)", "How many clusters to form, each represented by one film (its"
                    + " medoid).", 3, 2, 20),
            Parameter.integer(MAX_SWAPS, "Maximum swaps", "The most exchanges of a medoid for another film the SWAP"
                    + " phase makes; it stops earlier when no exchange lowers the sum of distances to the medoids."
                    + " 0 keeps the medoids BUILD chose.", 100, 0, 100000));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of(
                "L. Kaufman, P. J. Rousseeuw: Finding Groups in Data: An Introduction to Cluster Analysis, chapter 2"
                        + " (Partitioning Around Medoids). Wiley (1990). doi:10.1002/9780470316801",
                "L. Kaufman, P. J. Rousseeuw: Clustering by means of medoids. In Y. Dodge (ed.): Statistical Data"
                        + " Analysis Based on the L1-Norm and Related Methods. North-Holland (1987) 405-416.");
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        int k = values.getInt(K);
        int maxSwaps = values.getInt(MAX_SWAPS);
        checkPoints(points, k);
        SubMonitor progress = SubMonitor.convert(monitor, "k-medoids (PAM)", 100);
        double[][] distance = distances(points, progress.split(10));
        Medoids medoids = build(distance, k, progress.split(10));
        swap(medoids, maxSwaps, progress.split(75));
        Clustering result = summarise(points, medoids);
        progress.split(5);
        return result;
    }

    private static void checkPoints(double[][] points, int k) {
        if (points.length < k) {
            throw new IllegalArgumentException(k + " medoids need at least " + k + " rows, but the data has "
                    + points.length);
        }
        int dimensions = points[0].length;
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != dimensions) {
                throw new IllegalArgumentException("row " + i + " has " + points[i].length + " coordinates, row 0 has "
                        + dimensions);
            }
            for (double x : points[i]) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("row " + i + " has a coordinate that is not finite: " + x);
                }
            }
        }
    }

    static double[][] distances(double[][] points, SubMonitor monitor) {
        int n = points.length;
        monitor.setWorkRemaining(n);
        double[][] distance = new double[n][n];
        for (int i = 0; i < n; i++) {
            monitor.split(1);
            for (int j = 0; j < i; j++) {
                double sum = 0;
                for (int d = 0; d < points[i].length; d++) {
                    double diff = points[i][d] - points[j][d];
                    sum += diff * diff;
                }
                distance[i][j] = distance[j][i] = Math.sqrt(sum);
            }
        }
        return distance;
    }

    /**
     * The medoids (row indices, ascending) and, for every film, the distance to its nearest medoid,
     * which medoid that is (the lower row on a tie) and the distance to the second nearest.
     */
    static final class Medoids {
        final double[][] distance;
        final double tolerance;
        int[] rows = new int[0];
        final double[] nearest;
        final double[] second;
        final int[] owner;

        Medoids(double[][] distance, double tolerance) {
            this.distance = distance;
            this.tolerance = tolerance;
            int n = distance.length;
            nearest = new double[n];
            second = new double[n];
            owner = new int[n];
        }

        boolean contains(int row) {
            return Arrays.binarySearch(rows, row) >= 0;
        }

        void add(int row) {
            rows = Arrays.copyOf(rows, rows.length + 1);
            rows[rows.length - 1] = row;
            Arrays.sort(rows);
            refresh();
        }

        void exchange(int out, int in) {
            rows[Arrays.binarySearch(rows, out)] = in;
            Arrays.sort(rows);
            refresh();
        }

        private void refresh() {
            for (int o = 0; o < distance.length; o++) {
                double best = Double.POSITIVE_INFINITY;
                double next = Double.POSITIVE_INFINITY;
                int bestRow = -1;
                for (int m : rows) {
                    double d = distance[o][m];
                    if (d < best) {
                        next = best;
                        best = d;
                        bestRow = m;
                    } else if (d < next) {
                        next = d;
                    }
                }
                nearest[o] = best;
                second[o] = next;
                owner[o] = bestRow;
            }
        }
    }

    static Medoids build(double[][] distance, int k, SubMonitor monitor) {
        int n = distance.length;
        monitor.setWorkRemaining(k);
        monitor.split(1);
        double[] sums = new double[n];
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sums[i] += distance[i][j];
            }
            smallest = Math.min(smallest, sums[i]);
        }
        Medoids medoids = new Medoids(distance, RELATIVE_TOLERANCE * smallest);
        int first = 0;
        for (int i = 1; i < n; i++) {
            if (sums[i] < sums[first] - medoids.tolerance) {
                first = i;
            }
        }
        medoids.add(first);
        while (medoids.rows.length < k) {
            monitor.split(1);
            int chosen = -1;
            double bestGain = 0;
            for (int i = 0; i < n; i++) {
                if (medoids.contains(i)) {
                    continue;
                }
                // The decrease of the total distance if i became a medoid; j = i counts too, as i's own
                // distance drops to zero.
                double gain = 0;
                for (int j = 0; j < n; j++) {
                    gain += Math.max(medoids.nearest[j] - distance[j][i], 0);
                }
                if (chosen < 0 || gain > bestGain + medoids.tolerance) {
                    chosen = i;
                    bestGain = gain;
                }
            }
            medoids.add(chosen);
        }
        return medoids;
    }

    static void swap(Medoids medoids, int maxSwaps, SubMonitor monitor) {
        int n = medoids.distance.length;
        monitor.setWorkRemaining(maxSwaps + 1);
        for (int swaps = 0; swaps < maxSwaps; swaps++) {
            // split() checks cancellation only every so many calls; one pass can take a while.
            monitor.checkCanceled();
            monitor.split(1);
            int out = -1;
            int in = -1;
            double bestChange = -medoids.tolerance;
            for (int m : medoids.rows) {
                for (int h = 0; h < n; h++) {
                    if (medoids.contains(h)) {
                        continue;
                    }
                    double change = change(medoids, m, h);
                    if (change < bestChange - (out < 0 ? 0 : medoids.tolerance)) {
                        out = m;
                        in = h;
                        bestChange = change;
                    }
                }
            }
            if (out < 0) {
                return;
            }
            medoids.exchange(out, in);
        }
    }

    /** How the total distance changes if medoid m gives its place to film h. */
    private static double change(Medoids medoids, int m, int h) {
        double change = 0;
        for (int o = 0; o < medoids.distance.length; o++) {
            double toH = medoids.distance[o][h];
            if (medoids.owner[o] == m) {
                change += Math.min(toH, medoids.second[o]) - medoids.nearest[o];
            } else if (toH < medoids.nearest[o]) {
                change += toH - medoids.nearest[o];
            }
        }
        return change;
    }

    private static Clustering summarise(double[][] points, Medoids medoids) {
        int n = points.length;
        int k = medoids.rows.length;
        int[] clusterOfMedoid = new int[n];
        Arrays.fill(clusterOfMedoid, -1);
        int[] assignment = new int[n];
        double[][] centroids = new double[k][];
        int next = 0;
        double withinSumOfSquares = 0;
        for (int i = 0; i < n; i++) {
            int medoid = medoids.contains(i) ? i : medoids.owner[i];
            if (clusterOfMedoid[medoid] < 0) {
                clusterOfMedoid[medoid] = next;
                centroids[next] = points[medoid].clone();
                next++;
            }
            assignment[i] = clusterOfMedoid[medoid];
            for (int d = 0; d < points[i].length; d++) {
                double diff = points[i][d] - points[medoid][d];
                withinSumOfSquares += diff * diff;
            }
        }
        return new Clustering(assignment, centroids, withinSumOfSquares);
    }
}
