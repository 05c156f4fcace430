// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.filmlab.core.analysis.LabeledSamples;
import org.junit.jupiter.api.Test;

import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * SupportVectorClassifier keeps the whole linear-kernel matrix of a small training set instead of
 * Weka's 16 MB default cache: the models must be the same to the bit. (Not so for the RBF kernel,
 * whose values depend on the order of the two rows in the last bit; it keeps Weka's cache.)
 */
class KernelCacheTest {

    @Test
    void wholeMatrixOnlyWhenSmallerThanWekasDefaultCache() {
        assertEquals(0, SupportVectorClassifier.cacheSize(110));
        assertEquals(0, SupportVectorClassifier.cacheSize(1413));
        assertEquals(250007, SupportVectorClassifier.cacheSize(1415));
        assertEquals(250007, SupportVectorClassifier.cacheSize(800_000));
    }

    @Test
    void wholeMatrixAndDefaultCacheGiveTheSameModel() throws Exception {
        Random random = new Random(7);
        int rows = 150;
        double[][] x = new double[rows][3];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = r % 3;
            for (int f = 0; f < 3; f++) {
                x[r][f] = y[r] * (f + 1) * 0.7 + random.nextGaussian();
            }
        }
        Instances data = WekaData.labeled("cache", LabeledSamples.of(List.of("a", "b", "c"), 3, x, y));
        for (boolean standardized : new boolean[] {false, true}) {
            SMO whole = smo(standardized, 0, data);
            SMO cached = smo(standardized, 250007, data);
            for (int r = 0; r < rows; r++) {
                double[] a = whole.distributionForInstance(data.instance(r));
                double[] b = cached.distributionForInstance(data.instance(r));
                for (int c = 0; c < a.length; c++) {
                    assertEquals(Double.doubleToRawLongBits(b[c]), Double.doubleToRawLongBits(a[c]),
                            (standardized ? "standardized" : "raw") + ", row " + r + ", class " + c);
                }
            }
        }
    }

    private static SMO smo(boolean standardized, int cacheSize, Instances data) throws Exception {
        PolyKernel kernel = new PolyKernel();
        kernel.setExponent(1.0);
        kernel.setUseLowerOrder(false);
        kernel.setCacheSize(cacheSize);
        SMO smo = new SMO();
        smo.setFilterType(new SelectedTag(standardized ? SMO.FILTER_STANDARDIZE : SMO.FILTER_NONE, SMO.TAGS_FILTER));
        smo.setKernel(kernel);
        smo.setBuildCalibrationModels(true);
        smo.setRandomSeed(3);
        smo.buildClassifier(data);
        return smo;
    }
}
