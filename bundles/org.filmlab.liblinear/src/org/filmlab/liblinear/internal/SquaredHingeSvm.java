// SPDX-License-Identifier: GPL-3.0-or-later AND BSD-3-Clause
//
// Ported from LIBLINEAR for Java 2.44 (de.bwaldvogel:liblinear, B. Waldvogel), itself a port of
// LIBLINEAR (C++), whose notice follows; FilmLab's changes are under GPL-3.0-or-later.
//
// Copyright (c) 2007-2022 The LIBLINEAR Project.
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions
// are met:
//
// 1. Redistributions of source code must retain the above copyright
// notice, this list of conditions and the following disclaimer.
//
// 2. Redistributions in binary form must reproduce the above copyright
// notice, this list of conditions and the following disclaimer in the
// documentation and/or other materials provided with the distribution.
//
// 3. Neither name of copyright holders nor the names of its contributors
// may be used to endorse or promote products derived from this software
// without specific prior written permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
// ``AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
// A PARTICULAR PURPOSE ARE DISCLAIMED.  IN NO EVENT SHALL THE REGENTS OR
// CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
// EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO,
// PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR
// PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF
// LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
// NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
// SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
package org.filmlab.liblinear.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * LIBLINEAR's L2-regularized L2-loss linear SVM in the primal ({@code -s 2}, {@code L2R_L2LOSS_SVC}),
 * trained on a dense row-major matrix: {@code Linear.train}'s grouping of the rows by class, its class
 * weights and its one-vs-rest loop, and {@code train_one}'s per-row C and relative tolerance, around
 * {@link NewtonSolver}. The weights are bit for bit those of {@code Linear.train} on the same rows
 * given as {@code Feature} arrays holding every value (see {@code DenseSolverTest}); at 10^6 films
 * the matrix takes 4 doubles a row instead of 4 objects and an array.
 */
final class SquaredHingeSvm {

    /** LIBLINEAR's default limit on Newton iterations ({@code Parameter.max_iters}). */
    private static final int MAX_ITERATIONS = 1000;

    private SquaredHingeSvm() {
    }

    /** Writes the n values of a row into a matrix being filled. */
    @FunctionalInterface
    interface Rows {
        void write(int row, double[] into, int offset);
    }

    /**
     * @param rows writes each row's n values (a bias column, if any, included) straight into the solver's
     *            matrix, where they are grouped by class; no other copy of them is made
     * @param y each row's class label, 0 or more
     * @param c the weight of the loss, LIBLINEAR's C
     * @param eps LIBLINEAR's stopping tolerance ({@code -e})
     * @param classWeights the factor on C for the rows of each class label (label = index), as LIBLINEAR's
     *            {@code Parameter.setWeights(classWeights, {0, 1, ...})}; every label must occur in y
     */
    static LinearWeights train(Rows rows, int n, int[] y, double c, double eps, double[] classWeights,
            IProgressMonitor monitor) {
        int l = y.length;
        if (n == 0) {
            throw new IllegalArgumentException("problem has zero features");
        }
        if (l == 0) {
            throw new IllegalArgumentException("problem has zero instances");
        }
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        Groups groups = Groups.of(y);
        int nrClass = groups.label.length;
        double[] weightedC = new double[nrClass];
        Arrays.fill(weightedC, c);
        for (int i = 0; i < classWeights.length; i++) {
            int j = 0;
            while (j < nrClass && groups.label[j] != i) {
                j++;
            }
            if (j == nrClass) {
                throw new IllegalArgumentException("class label " + i + " specified in weight is not found");
            }
            weightedC[j] *= classWeights[i];
        }
        // The rows grouped by class, in LIBLINEAR's order: sums over rows run in this order.
        double[] grouped = new double[Math.multiplyExact(l, n)];
        for (int k = 0; k < l; k++) {
            if (k % 65536 == 0) {
                progress.checkCanceled();
            }
            rows.write(groups.perm[k], grouped, k * n);
        }
        progress.split(1);
        // One function, its signs and per-row C refilled for each binary problem: at 10^6 rows each
        // array is megabytes, allocated once rather than once a class.
        double[] sign = new double[l];
        double[] cPerRow = new double[l];
        SquaredHingeFunction function = new SquaredHingeFunction(grouped, n, sign, cPerRow);
        if (nrClass == 2) {
            int e0 = groups.start[0] + groups.count[0];
            double[] w = new double[n];
            trainOne(function, 0, e0, w, weightedC[0], weightedC[1], eps, progress.split(9));
            return new LinearWeights(groups.label, w, n);
        }
        SubMonitor perClass = progress.split(9).setWorkRemaining(nrClass);
        double[] weights = new double[n * nrClass];
        for (int i = 0; i < nrClass; i++) {
            double[] w = new double[n];
            int si = groups.start[i];
            trainOne(function, si, si + groups.count[i], w, weightedC[i], c, eps, perClass.split(1));
            for (int j = 0; j < n; j++) {
                weights[j * nrClass + i] = w[j];
            }
        }
        return new LinearWeights(groups.label, weights, n);
    }

    /**
     * One binary problem, rows [positiveStart, positiveEnd) against the others: their signs and C per
     * row into the function's arrays, and the tolerance relative to the smaller side.
     */
    private static void trainOne(SquaredHingeFunction function, int positiveStart, int positiveEnd, double[] w,
            double cp, double cn, double eps, IProgressMonitor monitor) {
        double[] sign = function.signs();
        double[] cPerRow = function.lossWeights();
        int l = sign.length;
        int pos = 0;
        for (int i = 0; i < l; i++) {
            sign[i] = i >= positiveStart && i < positiveEnd ? +1 : -1;
            if (sign[i] > 0) {
                pos++;
                cPerRow[i] = cp;
            } else {
                cPerRow[i] = cn;
            }
        }
        int neg = l - pos;
        double primalSolverTol = eps * Math.max(Math.min(pos, neg), 1) / l;
        new NewtonSolver(function, primalSolverTol, MAX_ITERATIONS).minimize(w, monitor);
    }

    /**
     * LIBLINEAR's {@code groupClasses}: labels in order of first occurrence, each class's start and count,
     * and perm listing the rows class by class (each class's rows in their own order).
     */
    private record Groups(int[] label, int[] start, int[] count, int[] perm) {

        static Groups of(int[] y) {
            int l = y.length;
            int[] label = new int[16];
            int[] count = new int[16];
            int nrClass = 0;
            int[] dataLabel = new int[l];
            for (int i = 0; i < l; i++) {
                if (y[i] < 0) {
                    // LIBLINEAR would swap a -1/+1 pair; FilmLab's labels are class indices.
                    throw new IllegalArgumentException("class label " + y[i] + " of row " + (i + 1) + " is negative");
                }
                int j = 0;
                while (j < nrClass && y[i] != label[j]) {
                    j++;
                }
                if (j == nrClass) {
                    if (nrClass == label.length) {
                        label = Arrays.copyOf(label, 2 * nrClass);
                        count = Arrays.copyOf(count, 2 * nrClass);
                    }
                    label[nrClass++] = y[i];
                }
                count[j]++;
                dataLabel[i] = j;
            }
            int[] start = new int[nrClass];
            for (int i = 1; i < nrClass; i++) {
                start[i] = start[i - 1] + count[i - 1];
            }
            int[] next = start.clone();
            int[] perm = new int[l];
            for (int i = 0; i < l; i++) {
                perm[next[dataLabel[i]]++] = i;
            }
            return new Groups(Arrays.copyOf(label, nrClass), start, Arrays.copyOf(count, nrClass), perm);
        }
    }
}
