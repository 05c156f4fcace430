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
        for (int problem = 0; problem < 200_000; problem++) {
            // From pairwise probabilities near 1/2 (few rounds) to near 0 and 1 (hundreds).
            double spread = new double[] {0.5, 2, 8, 30}[problem % 4];
            double[][] n = new double[3][3];
            double[][] r = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = i + 1; j < 3; j++) {
                    n[i][j] = problem % 7 == 0 ? 0.5 + random.nextDouble() * 80 : 20 + random.nextInt(70);
                    r[i][j] = 1 / (1 + Math.exp(-spread * random.nextGaussian()));
                }
            }
            assertSameOutcome(n, r, "problem " + problem);
        }
    }

    @Test
    void edgeCasesEndAsWekasDo() {
        double[][][] rs = {{{}, {0, 0, 1}, {0, 0, 0}}, {{0, 1, 1}, {0, 0, 1}}, {{0, 0, 0}, {0, 0, 0}},
            {{0, 1, 0}, {0, 0, 0.5}}, {{0, 0.3, 0.9}, {0, 0, Double.NaN}}, {{0, 1e-300, 1 - 1e-16}, {0, 0, 1e-300}}};
        double[][][] ns = {{{0, 40, 40}, {0, 0, 40}}, {{0, 0, 30}, {0, 0, 30}}, {{0, 40, 0}, {0, 0, 0}}};
        for (int a = 0; a < rs.length; a++) {
            for (int b = 0; b < ns.length; b++) {
                assertSameOutcome(full(ns[b]), full(rs[a]), "r case " + a + ", n case " + b);
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
            for (int row = 0; row < 400; row++) {
                // The training rows, and points far outside them, as a map's corners are.
                Instance inst = row < data.numInstances() ? data.instance(row) : far(data, random);
                double[] expected = weka.distributionForInstance(inst);
                double[] actual = coupled.distributionForInstance(inst);
                for (int c = 0; c < 3; c++) {
                    assertEquals(Double.doubleToRawLongBits(expected[c]), Double.doubleToRawLongBits(actual[c]),
                            "seed " + seed + ", row " + row + ", class " + c);
                }
            }
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

    private static void assertSameOutcome(double[][] n, double[][] r, String what) {
        double[] expected;
        try {
            expected = MultiClassClassifier.pairwiseCoupling(copy(n), copy(r));
        } catch (IllegalArgumentException e) {
            IllegalArgumentException thrown = assertThrows(
                    IllegalArgumentException.class, () -> PairwiseCoupling.ofThree(n, r), what);
            assertEquals(e.getMessage(), thrown.getMessage(), what);
            return;
        }
        double[] actual = PairwiseCoupling.ofThree(n, r);
        for (int c = 0; c < 3; c++) {
            assertEquals(Double.doubleToRawLongBits(expected[c]), Double.doubleToRawLongBits(actual[c]),
                    what + ", class " + c);
        }
    }

    private static double[][] full(double[][] upper) {
        double[][] out = new double[3][3];
        for (int i = 0; i < upper.length; i++) {
            System.arraycopy(upper[i], 0, out[i], 0, upper[i].length);
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
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
