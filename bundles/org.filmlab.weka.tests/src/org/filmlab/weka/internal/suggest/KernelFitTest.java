// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import weka.core.matrix.Matrix;

class KernelFitTest {

    /**
     * Films at n random recipes of two conditions, their property drawn from a Gaussian process with
     * the given hyperparameters (length scale {@code along} in the first condition, 100 in the second,
     * so the property does not depend on it) plus noise.
     */
    private static double[][] draw(int n, double amplitude, double along, double noise, long seed, double[] y) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {random.nextDouble(), random.nextDouble()};
        }
        Matrix k = new Matrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d0 = (x[i][0] - x[j][0]) / along;
                double d1 = (x[i][1] - x[j][1]) / 100;
                k.set(i, j, amplitude * amplitude * Math.exp(-0.5 * (d0 * d0 + d1 * d1)) + (i == j ? 1e-9 : 0));
            }
        }
        Matrix l = k.chol().getL();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = gaussian(random);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += l.get(i, j) * z[j];
            }
            y[i] = 3 + s + noise * gaussian(random);
        }
        return x;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void findsTheLengthScaleAmplitudeAndNoiseTheFilmsWereDrawnWith() {
        double[] y = new double[80];
        double[][] x = draw(80, 1.5, 0.2, 0.1, 7, y);
        KernelFit.Hyperparameters h = KernelFit.fit(x, y, new NullProgressMonitor());
        assertEquals(0.2, h.lengthScales()[0], 0.08, "length scale along the condition the property follows");
        assertTrue(h.lengthScales()[1] > 1, "the condition it does not follow gets a long length scale: "
                + h.lengthScales()[1]);
        assertEquals(1.5, h.amplitude(), 0.75, "amplitude");
        assertEquals(0.1, h.noise(), 0.05, "noise");
    }

    @Test
    void aShorterLengthScaleInTheDataGivesAShorterFittedOne() {
        double[] rough = new double[60];
        double[] smooth = new double[60];
        double[][] xr = draw(60, 1, 0.1, 0.05, 3, rough);
        double[][] xs = draw(60, 1, 0.5, 0.05, 3, smooth);
        double roughScale = KernelFit.fit(xr, rough, new NullProgressMonitor()).lengthScales()[0];
        double smoothScale = KernelFit.fit(xs, smooth, new NullProgressMonitor()).lengthScales()[0];
        assertTrue(roughScale < smoothScale, roughScale + " for the rough function, " + smoothScale + " for the smooth");
    }

    @Test
    void pureNoiseIsExplainedAsNoiseNotAsARoughFunction() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] x = new double[50][];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = new double[] {random.nextDouble(), random.nextDouble()};
            y[i] = 0.3 * gaussian(random);
        }
        KernelFit.Hyperparameters h = KernelFit.fit(x, y, new NullProgressMonitor());
        assertTrue(h.noise() > 0.2, "noise " + h.noise() + " of data that are noise with sd 0.3");
    }

    @Test
    void theSameFilmsGiveTheSameHyperparameters() {
        double[] y = new double[40];
        double[][] x = draw(40, 1, 0.3, 0.1, 5, y);
        KernelFit.Hyperparameters a = KernelFit.fit(x, y, new NullProgressMonitor());
        KernelFit.Hyperparameters b = KernelFit.fit(x, y.clone(), new NullProgressMonitor());
        assertArrayEquals(a.lengthScales(), b.lengthScales(), 0.0);
        assertEquals(a.amplitude(), b.amplitude(), 0.0);
        assertEquals(a.noise(), b.noise(), 0.0);
    }

    @Test
    void aCancelledMonitorStopsTheSearch() {
        double[] y = new double[30];
        double[][] x = draw(30, 1, 0.3, 0.1, 5, y);
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> KernelFit.fit(x, y, monitor));
    }

    @Test
    void nelderMeadFindsTheMaximumOfAQuadratic() {
        double[] best = NelderMead.maximise(t -> -(t[0] - 1) * (t[0] - 1) - 4 * (t[1] + 2) * (t[1] + 2), new double[] {0, 0},
                0.5, 500);
        assertEquals(1, best[0], 1e-2);
        assertEquals(-2, best[1], 1e-2);
    }
}
