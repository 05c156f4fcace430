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

/**
 * The weights of a trained LIBLINEAR model and its predictions on a dense row: {@code Linear.predictValues}
 * and {@code predictProbability}, with the same sums in the same order, so the same doubles as LIBLINEAR's
 * on a {@code Feature} array holding every value. Immutable once built (the arrays are not handed out).
 *
 * @param labels the class labels in LIBLINEAR's order (first occurrence in the training rows)
 * @param w the weights: one per feature if there are 2 classes, else one per feature and class, the
 *            classes' weights of feature 1 first
 * @param n the features of a row, the bias column included
 */
record LinearWeights(int[] labels, double[] w, int n) {

    /** One decision function for two classes (for the first label), else one a class. */
    private int functions() {
        return labels.length == 2 ? 1 : labels.length;
    }

    /**
     * @param x a row of n values
     * @return the decision value of each function
     */
    double[] decisionValues(double[] x) {
        int nrW = functions();
        double[] dec = new double[nrW];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < nrW; i++) {
                dec[i] += w[j * nrW + i] * x[j];
            }
        }
        return dec;
    }

    /**
     * Logistic regression's probability of each label (in {@link #labels()}'s order): the logistic function of
     * each decision value, the complement for two classes, else normalized to sum 1 (one-vs-rest).
     */
    double[] probabilities(double[] x) {
        int nrClass = labels.length;
        double[] prob = new double[nrClass];
        double[] dec = decisionValues(x);
        for (int i = 0; i < dec.length; i++) {
            prob[i] = 1 / (1 + Math.exp(-dec[i]));
        }
        if (nrClass == 2) {
            prob[1] = 1. - prob[0];
        } else {
            double sum = 0;
            for (int i = 0; i < nrClass; i++) {
                sum += prob[i];
            }
            for (int i = 0; i < nrClass; i++) {
                prob[i] = prob[i] / sum;
            }
        }
        return prob;
    }
}
