// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.filmlab.core.analysis.LabeledSamples;
import org.junit.jupiter.api.Test;

import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.classifiers.meta.MultiClassClassifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * CoupledSMO and PairwiseCoupling must give Weka's distributions to the bit: the decision maps,
 * the golden results and every class probability a user reads come from them.
 */
class CoupledSMOTest {

    @Test
    void couplingIsWekasToTheBit() {
        Random random = new Random(11);
        for (int batch = 0; batch < 4000; batch++) {
            // From pairwise probabilities near 1/2 (few rounds) to near 0 and 1 (hundreds), in
            // batches of 1 to 60 rows, so that rows leave their lanes in every order.
            double spread = new double[] {0.5, 2, 8, 30}[batch % 4];
            double[] n = new double[3];
            for (int p = 0; p < 3; p++) {
                n[p] = batch % 7 == 0 ? 0.5 + random.nextDouble() * 80 : 20 + random.nextInt(70);
            }
            double[][] r = new double[1 + random.nextInt(60)][3];
            for (double[] row : r) {
                for (int p = 0; p < 3; p++) {
                    row[p] = 1 / (1 + Math.exp(-spread * random.nextGaussian()));
                }
            }
            assertSameOutcome(n, r, "batch " + batch);
        }
    }

    @Test
    void edgeCasesEndAsWekasDo() {
        double[][] rs = {{0, 1, 0}, {1, 1, 1}, {0, 0, 0}, {1, 0, 0.5}, {0.3, 0.9, Double.NaN},
            {1e-300, 1 - 1e-16, 1e-300}, {0.5, 0.5, 0.5}};
        double[][] ns = {{40, 40, 40}, {0, 30, 30}, {40, 0, 0}, {0, 0, 0}};
        for (int a = 0; a < rs.length; a++) {
            for (int b = 0; b < ns.length; b++) {
                assertSameOutcome(ns[b], new double[][] {rs[a]}, "r case " + a + ", n case " + b);
            }
        }
    }

    @Test
    void smoDistributionsAreWekasToTheBit() throws Exception {
        for (int seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            Instances data = threeClasses(random, 60 + 30 * seed, seed % 2 == 0);
            SMO weka = trained(new SMO(), data, seed);
            CoupledSMO coupled = (CoupledSMO) trained(new CoupledSMO(), data, seed);
            assertTrue(coupled.coupled(), "seed " + seed + ": three calibrated classes take the unrolled coupling");
            assertTrue(coupled.calibratesDirectly(), "seed " + seed + ": Logistic's arithmetic without its filters");
            // The training rows, and points far outside them, as a map's corners are.
            Instances rows = new Instances(data, 400);
            for (int row = 0; row < 400; row++) {
                rows.add(row < data.numInstances() ? data.instance(row) : far(data, random));
            }
            assertTrue(coupled.implementsMoreEfficientBatchPrediction());
            double[][] batch = coupled.distributionsForInstances(rows);
            int[] labels = coupled.labelsForInstances(rows);
            for (int row = 0; row < rows.numInstances(); row++) {
                double[] expected = weka.distributionForInstance(rows.instance(row));
                assertEquals(WekaClassifiers.firstMax(expected), labels[row],
                        "seed " + seed + ", row " + row + ": label");
                double[] single = coupled.distributionForInstance(rows.instance(row));
                for (int c = 0; c < 3; c++) {
                    String where = "seed " + seed + ", row " + row + ", class " + c;
                    assertEquals(Double.doubleToRawLongBits(expected[c]), Double.doubleToRawLongBits(single[c]), where);
                    assertEquals(Double.doubleToRawLongBits(expected[c]), Double.doubleToRawLongBits(batch[row][c]),
                            where + " (batch)");
                }
            }
        }
    }

    /**
     * The labels of {@link PairwiseCoupling#labelsOfThree} are those of Weka's coupling, and for
     * equal weights most rows far from a boundary are decided without it (the point of the method).
     */
    @Test
    void labelsAreThoseOfWekasCoupling() {
        Random random = new Random(23);
        int clear = 0;
        int extreme = 0;
        for (int batch = 0; batch < 3000; batch++) {
            boolean equal = batch % 5 != 0;
            double weight = 2 * (1 + random.nextInt(150));
            double[] n = equal ? new double[] {weight, weight, weight}
                    : new double[] {weight, weight + 2, weight + 2 * random.nextInt(3)};
            double spread = new double[] {0.5, 2, 8, 30, 300}[batch % 5];
            double[][] r = new double[1 + random.nextInt(40)][3];
            for (double[] row : r) {
                for (int p = 0; p < 3; p++) {
                    row[p] = 1 / (1 + Math.exp(-spread * random.nextGaussian()));
                }
                if (batch % 3 == 0) {
                    nearTie(row, random);
                }
            }
            int[] labels = PairwiseCoupling.labelsOfThree(n, r);
            for (int i = 0; i < r.length; i++) {
                double[] weka = MultiClassClassifier.pairwiseCoupling(matrix(n), matrix(r[i]));
                assertEquals(WekaClassifiers.firstMax(weka), labels[i], "batch " + batch + ", row " + i);
                if (equal && spread >= 30 && batch % 3 != 0) {
                    extreme++;
                    clear += PairwiseCoupling.clearLeader(n, r[i]) >= 0 ? 1 : 0;
                }
            }
        }
        assertTrue(clear > 0.8 * extreme,
                clear + " of " + extreme + " rows far from a boundary decided without coupling");
    }

    @Test
    void labelsOfEdgeCasesAreWekas() {
        double[][] rs = {{0, 1, 0}, {1, 1, 1}, {0, 0, 0}, {1, 0, 0.5}, {1, 1, 0}, {1e-300, 1 - 1e-16, 1e-300},
            {1e-250, 1e-250, 0.5}, {0.5, 0.5, 0.5}, {0.9794976867191083, 0.041004626561783386, 1.0}};
        for (int a = 0; a < rs.length; a++) {
            double[] weka = MultiClassClassifier.pairwiseCoupling(matrix(new double[] {40, 40, 40}), matrix(rs[a]));
            assertEquals(WekaClassifiers.firstMax(weka),
                    PairwiseCoupling.labelsOfThree(new double[] {40, 40, 40}, new double[][] {rs[a]})[0], "case " + a);
        }
        double[][] nan = {{0.3, 0.9, Double.NaN}};
        assertThrows(IllegalArgumentException.class,
                () -> PairwiseCoupling.labelsOfThree(new double[] {40, 40, 40}, nan),
                "a NaN probability is coupled, and fails as Weka's coupling does");
    }

    /**
     * Moves the row's (0, 2) probability so that classes 0 and 1 have first sums within 10⁻¹⁷ to 1
     * of each other.
     */
    private static void nearTie(double[] row, Random random) {
        double d = (random.nextBoolean() ? 1 : -1) * Math.pow(10, -17 * random.nextDouble());
        double r02 = (1 - row[0] + row[2]) * (1 + d) - row[0];
        if (r02 >= 0 && r02 <= 1) {
            row[1] = r02;
        }
    }

    @Test
    void otherModelsKeepWekasPath() throws Exception {
        Random random = new Random(5);
        CoupledSMO votes = new CoupledSMO();
        votes.setKernel(linear());
        votes.buildClassifier(threeClasses(random, 90, false));
        assertFalse(votes.coupled(), "without logistic models SMO votes");

        CoupledSMO pair = (CoupledSMO) trained(new CoupledSMO(), classes(random, 90, 2, false), 3);
        assertFalse(pair.coupled(), "two classes need no coupling");
    }

    /** Each row as Weka's method couples it alone: the same bits, or the same exception for the batch. */
    private static void assertSameOutcome(double[] n, double[][] r, String what) {
        double[][] expected = new double[r.length][];
        try {
            for (int i = 0; i < r.length; i++) {
                expected[i] = MultiClassClassifier.pairwiseCoupling(matrix(n), matrix(r[i]));
            }
        } catch (IllegalArgumentException e) {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> PairwiseCoupling.ofThree(n, r), what);
            assertEquals(e.getMessage(), thrown.getMessage(), what);
            return;
        }
        double[][] actual = PairwiseCoupling.ofThree(n, r);
        for (int i = 0; i < r.length; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(Double.doubleToRawLongBits(expected[i][c]), Double.doubleToRawLongBits(actual[i][c]),
                        what + ", row " + i + ", class " + c);
            }
        }
    }

    /** Pairs (0, 1), (0, 2), (1, 2) into the upper triangle of Weka's matrix. */
    private static double[][] matrix(double[] pairs) {
        double[][] m = new double[3][3];
        m[0][1] = pairs[0];
        m[0][2] = pairs[1];
        m[1][2] = pairs[2];
        return m;
    }

    private static Instances threeClasses(Random random, int rows, boolean weighted) {
        return classes(random, rows, 3, weighted);
    }

    private static Instances classes(Random random, int rows, int classes, boolean weighted) {
        double[][] x = new double[rows][3];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = r % classes;
            for (int f = 0; f < 3; f++) {
                x[r][f] = y[r] * (f + 1) * 0.6 + random.nextGaussian();
            }
        }
        Instances data = WekaData.labeled("coupling", LabeledSamples.of(List.of("a", "b", "c"), classes, x, y));
        if (weighted) {
            for (Instance inst : data) {
                inst.setWeight(0.25 + random.nextDouble() * 2);
            }
        }
        return data;
    }

    private static Instance far(Instances data, Random random) {
        Instance inst = (Instance) data.instance(0).copy();
        for (int f = 0; f < 3; f++) {
            inst.setValue(f, random.nextGaussian() * 12);
        }
        return inst;
    }

    private static SMO trained(SMO smo, Instances data, int seed) throws Exception {
        smo.setFilterType(new SelectedTag(seed % 3 == 0 ? SMO.FILTER_STANDARDIZE : SMO.FILTER_NONE, SMO.TAGS_FILTER));
        smo.setKernel(linear());
        smo.setBuildCalibrationModels(true);
        smo.setRandomSeed(seed);
        smo.buildClassifier(data);
        return smo;
    }

    private static PolyKernel linear() {
        PolyKernel kernel = new PolyKernel();
        kernel.setExponent(1.0);
        kernel.setUseLowerOrder(false);
        return kernel;
    }
}
