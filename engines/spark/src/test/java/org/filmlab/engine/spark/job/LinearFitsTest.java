// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * The Spark fits minimize LIBLINEAR's own objective: on the same standardized rows with the same
 * bias column, their weights are LIBLINEAR's (run to a tight tolerance) to 1e-6, for both losses,
 * with three classes and with two, and a film trained twice weighs as two copies.
 */
class LinearFitsTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("LinearFitsTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        Linear.disableDebugOutput();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Three overlapping classes in 3 features of different scales and offsets, as the films' conditions. */
    private static List<LinearFits.Film> films(int n, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LinearFits.Film> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int cls = random.nextInt(classes);
            double[] x = {3 + cls + random.nextGaussian(), 0.1 * cls + 0.2 * random.nextGaussian(),
                    60 + 5 * random.nextGaussian() - 2 * cls};
            short times = (short) (1 + (i % 7 == 0 ? 1 : 0));
            out.add(new LinearFits.Film(x, cls, new short[] {times}, new boolean[] {true}, i));
        }
        return out;
    }

    private static double[][] liblinear(List<LinearFits.Film> films, LinearFits.Scaling s, boolean logistic,
            double c, int classes) {
        List<Feature[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (LinearFits.Film f : films) {
            for (int t = 0; t < f.times[0]; t++) {
                Feature[] row = new Feature[4];
                for (int j = 0; j < 3; j++) {
                    row[j] = new FeatureNode(j + 1, (f.x[j] - s.mean()[0][j]) / s.scale()[0][j]);
                }
                row[3] = new FeatureNode(4, 1.0);
                rows.add(row);
                labels.add((double) f.cls);
            }
        }
        Problem p = new Problem();
        p.l = rows.size();
        p.n = 4;
        p.bias = 1;
        p.x = rows.toArray(Feature[][]::new);
        p.y = labels.stream().mapToDouble(Double::doubleValue).toArray();
        Model m = Linear.train(p, new Parameter(logistic ? SolverType.L2R_LR : SolverType.L2R_L2LOSS_SVC, c, 1e-9));
        // LIBLINEAR's weights as [feature][class], for its labels in order of first appearance.
        double[] w = m.getFeatureWeights();
        int[] label = m.getLabels();
        int perModel = classes == 2 ? 1 : classes;
        double[][] out = new double[perModel][4];
        for (int k = 0; k < perModel; k++) {
            int column = k;
            double sign = 1;
            if (classes == 2) {
                column = 0;
                sign = label[0] == 0 ? 1 : -1;
            } else {
                for (int q = 0; q < classes; q++) {
                    if (label[q] == k) {
                        column = q;
                    }
                }
            }
            for (int j = 0; j < 4; j++) {
                out[k][j] = sign * w[j * perModel + column];
            }
        }
        return out;
    }

    private void agree(int classes, boolean logistic, double c) {
        List<LinearFits.Film> data = films(3000, classes, 7 + classes);
        JavaRDD<LinearFits.Film> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(data, 3);
        LinearFits fits = new LinearFits(1, classes, 3, logistic, c, 1.0);
        LinearFits.Scaling s = fits.scaling(rdd.treeAggregate(new LinearFits.Moments(1, 3), LinearFits.Moments::add,
                LinearFits.Moments::merge, 2), true);
        double[][] w = fits.fit(rdd, s, pass -> { });
        double[][] expected = liblinear(data, s, logistic, c, classes);
        for (int k = 0; k < expected.length; k++) {
            assertArrayEquals(expected[k], w[k], 1e-6, "class " + k + " of " + classes + (logistic ? ", logistic" : ""));
        }
    }

    @Test
    void squaredHingeThreeClassesIsLiblinears() {
        agree(3, false, 1.0);
    }

    @Test
    void squaredHingeTwoClassesIsLiblinears() {
        agree(2, false, 0.5);
    }

    @Test
    void logisticIsLiblinears() {
        agree(3, true, 1.0);
    }

    @Test
    void standardizationCountsCopiesAndUsesPopulationDeviation() {
        List<LinearFits.Film> data = List.of(new LinearFits.Film(new double[] {1, 5}, 0, new short[] {2}, new boolean[1], 0),
                new LinearFits.Film(new double[] {4, 5}, 1, new short[] {1}, new boolean[1], 1),
                new LinearFits.Film(new double[] {9, 5}, 1, new short[] {0}, new boolean[1], 2));
        JavaRDD<LinearFits.Film> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(data, 2);
        LinearFits fits = new LinearFits(1, 2, 2, false, 1, 1);
        LinearFits.Scaling s = fits.scaling(rdd.treeAggregate(new LinearFits.Moments(1, 2), LinearFits.Moments::add,
                LinearFits.Moments::merge, 2), true);
        // Rows 1, 1, 4: mean 2, population variance (1 + 1 + 4) / 3 = 2; the constant feature only centred.
        assertEquals(2.0, s.mean()[0][0], 1e-12);
        assertEquals(Math.sqrt(2.0), s.scale()[0][0], 1e-12);
        assertEquals(5.0, s.mean()[0][1], 1e-12);
        assertEquals(1.0, s.scale()[0][1], 1e-12);
    }

    @Test
    void decisionsInOwnUnitsPredictAsTheStandardizedModel() {
        LinearFits fits = new LinearFits(1, 3, 2, false, 1, 1);
        LinearFits.Scaling s = new LinearFits.Scaling(new double[][] {{1, 2}}, new double[][] {{2, 4}});
        double[][] w = {{1, -1, 0.5}, {-2, 0, 0.1}, {0, 3, -1}};
        double[][] d = fits.decisions(w, s, 0, new boolean[] {true, true, false});
        double[] x = {3, -2};
        double[] z = {(3 - 1) / 2.0, (-2 - 2) / 4.0};
        assertEquals(w[0][0] * z[0] + w[0][1] * z[1] + w[0][2], d[0][0] * x[0] + d[0][1] * x[1] + d[0][2], 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, d[2][2]);
        assertEquals(0, LinearFits.predict(d, x));
    }
}
