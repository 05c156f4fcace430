// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The port against its original: {@link DenseGaussianProcess}'s mean and standard deviation against
 * Weka's {@code GaussianProcesses.classifyInstance} and {@code getStandardDeviation} on the same
 * built process, compared with {@code assertEquals} on doubles (the same bits). Random problems of the
 * shapes the port branches on: 1 to 70 films (fewer than four, and every remainder of the four rows
 * computed side by side), 1 to 4 inputs, inputs on a small integer grid (duplicate films, equal
 * distances) or continuous, large offsets (rounding), noise from 0.01 to 1, the kernel's γ = 1/2
 * (FilmLab's) or another, and recipes at films, near them and far from them (kernel entries that
 * underflow to 0).
 * <p>
 * Checked to fail (each mutation made by hand, the test run, the mutation undone): the sum above the
 * diagonal added after the row's tail instead of before it; in the four rows side by side, a row's
 * diagonal term added after its first term to the right, or one of the last row's own-block terms
 * taken in another order; the kernel's exponent as -γ u·u + 2γ u·x - γ x·x, or as u·u + x·x - 2 u·x;
 * y·k summed in another order; the mean's average added before the dot product.
 */
class DenseGaussianProcessTest {

    @Test
    void predictsTheSameDoublesAsWekasGaussianProcesses() throws Exception {
        SplittableRandom random = new SplittableRandom(20261205);
        int compared = 0;
        for (int problem = 0; problem < 400; problem++) {
            int n = 1 + random.nextInt(problem % 10 == 0 ? 5 : 70);
            int d = 1 + random.nextInt(4);
            double offset = problem % 7 == 0 ? 1e4 : 0;
            boolean grid = problem % 3 == 0;
            double noise = Math.pow(10, -2 + 2 * random.nextDouble());
            Instances data = films(n, d);
            for (int i = 0; i < n; i++) {
                double[] row = new double[d + 1];
                for (int k = 0; k < d; k++) {
                    row[k] = offset + (grid ? random.nextInt(3) : 4 * random.nextDouble());
                }
                row[d] = 2 * random.nextDouble() - 1 + offset / 1e3;
                data.add(new DenseInstance(1.0, row));
            }
            // FilmLab's width, and others: with γ = 1/2 some reorderings of the exponent are exact.
            double gamma = problem % 2 == 0 ? 0.5 : 0.1 + 2 * random.nextDouble();
            DenseGaussianProcess.Weka weka = new DenseGaussianProcess.Weka(gamma, noise);
            weka.buildClassifier(data);
            DenseGaussianProcess dense = weka.dense(data);
            for (int c = 0; c < 40; c++) {
                double[] u = new double[d];
                for (int k = 0; k < d; k++) {
                    u[k] = switch (c % 4) {
                        case 0 -> data.instance(random.nextInt(n)).value(k);
                        case 1 -> data.instance(random.nextInt(n)).value(k) + 0.1 * random.nextDouble();
                        case 2 -> offset + 30 + 10 * random.nextDouble();
                        default -> offset - 1 + 6 * random.nextDouble();
                    };
                }
                Instance recipe = new DenseInstance(1.0, Arrays.copyOf(u, d + 1));
                recipe.setDataset(data);
                double[] k = new double[n];
                double uu = DenseGaussianProcess.dot(u, u);
                for (int i = 0; i < n; i++) {
                    k[i] = dense.kernel(u, uu, i);
                }
                String where = "problem " + problem + " (" + n + " films, " + d + " inputs), recipe " + c;
                assertEquals(weka.classifyInstance(recipe), dense.mean(k), where + ": mean");
                assertEquals(weka.getStandardDeviation(recipe), dense.sd(k), where + ": sd");
                compared++;
            }
        }
        assertEquals(16_000, compared);
    }

    @Test
    void keptKernelsPredictAsFromScratchAfterFilmsAreAdded() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[30][];
        double[] y = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {random.nextDouble(), random.nextDouble()};
            y[i] = Math.exp(Math.sin(4 * x[i][0]) + x[i][1] + 0.1 * random.nextDouble());
        }
        PropertyProcess process = PropertyProcess.fit(x, y, new NullProgressMonitor());
        double[][] recipes = new double[50][];
        for (int c = 0; c < recipes.length; c++) {
            recipes[c] = new double[] {random.nextDouble(), random.nextDouble()};
        }
        PropertyProcess.Recipes kept = process.at(recipes);
        double before = kept.predict(0).sd();
        for (int round = 0; round < 4; round++) {
            for (int c = 0; c < recipes.length; c++) {
                assertEquals(process.predict(recipes[c]), kept.predict(c), "round " + round + ", recipe " + c);
            }
            // As the kriging believer does: a film at a recipe, believed at its prediction.
            double[] at = recipes[round * 7];
            process.add(at, process.predict(at).mean());
            process.refit();
        }
        assertTrue(kept.predict(0).sd() < before, "a film believed at recipe 0 narrows the prediction there");
    }

    private static Instances films(int n, int d) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            attributes.add(new Attribute("x" + k));
        }
        attributes.add(new Attribute("y"));
        Instances data = new Instances("films", attributes, n);
        data.setClassIndex(d);
        return data;
    }
}
