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
 * The objective of the L2-regularized squared-hinge-loss SVM, {@code w'w/2 + sum_i C_i max(0, 1 - y_i w'x_i)^2},
 * with its gradient, Hessian-vector product and line search: LIBLINEAR's {@code L2R_ErmFunction} and
 * {@code L2R_L2_SvcFunction} over a dense row-major matrix instead of one {@code Feature} object per
 * value. Every loop visits rows and features in LIBLINEAR's order and writes each expression with
 * LIBLINEAR's association, so every double is the one LIBLINEAR computes (its rows hold every feature,
 * zeros included, in index order, as FilmLab builds them). The bias is regularized like the other
 * weights (LIBLINEAR's default; FilmLab never turns it off). Not thread-safe. A solve starts with
 * {@link #fun}, which sets every piece of state from the weights, so one instance may serve one
 * binary problem after another once its {@link #signs()} and {@link #lossWeights()} are refilled.
 * <p>
 * Rows of 4 values (three conditions and the bias: the classify step of the paper's chain) take
 * loops written out for 4, which keep the four sums in registers rather than in an array between
 * rows; each sum still adds the same terms in the same order.
 */
final class SquaredHingeFunction {

    private final double[] x;
    private final int l;
    private final int n;
    private final double[] y;
    private final double[] c;
    /** w'x_i of the current weights, kept up to date by the line search. */
    private final double[] wx;
    /** A working array: the line search's direction s'x_i, the gradient's coefficients. */
    private final double[] tmp;
    /** The rows with a positive loss at the current weights (LIBLINEAR's I), the first sizeI of them. */
    private final int[] active;
    private int sizeI;
    private double wTw;

    /**
     * @param x l rows of n values, row after row
     * @param y +1 or -1 per row
     * @param c the loss weight C_i per row
     */
    SquaredHingeFunction(double[] x, int n, double[] y, double[] c) {
        this.x = x;
        this.n = n;
        this.l = y.length;
        this.y = y;
        this.c = c;
        this.wx = new double[l];
        this.tmp = new double[l];
        this.active = new int[l];
    }

    int variables() {
        return n;
    }

    /** The signs (+1, -1) of the rows, which the caller may refill between solves. */
    double[] signs() {
        return y;
    }

    /** The loss weight C_i of each row, which the caller may refill between solves. */
    double[] lossWeights() {
        return c;
    }

    private void xv(double[] v, double[] xv) {
        if (n == 4) {
            double v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
            for (int i = 0, row = 0; i < l; i++, row += 4) {
                double ret = 0;
                ret += v0 * x[row];
                ret += v1 * x[row + 1];
                ret += v2 * x[row + 2];
                ret += v3 * x[row + 3];
                xv[i] = ret;
            }
            return;
        }
        for (int i = 0, row = 0; i < l; i++, row += n) {
            double ret = 0;
            for (int j = 0; j < n; j++) {
                ret += v[j] * x[row + j];
            }
            xv[i] = ret;
        }
    }

    private double cTimesLoss(int i, double wxi) {
        double d = 1 - y[i] * wxi;
        if (d > 0) {
            return c[i] * d * d;
        }
        return 0;
    }

    double fun(double[] w) {
        wTw = 0;
        xv(w, wx);
        for (int j = 0; j < n; j++) {
            wTw += w[j] * w[j];
        }
        double f = 0;
        for (int i = 0; i < l; i++) {
            f += cTimesLoss(i, wx[i]);
        }
        return f + 0.5 * wTw;
    }

    void grad(double[] w, double[] g) {
        sizeI = 0;
        for (int i = 0; i < l; i++) {
            tmp[i] = wx[i] * y[i];
            if (tmp[i] < 1) {
                tmp[sizeI] = c[i] * y[i] * (tmp[i] - 1);
                active[sizeI] = i;
                sizeI++;
            }
        }
        if (n == 4) {
            double g0 = 0, g1 = 0, g2 = 0, g3 = 0;
            for (int k = 0; k < sizeI; k++) {
                int row = active[k] * 4;
                double a = tmp[k];
                g0 += a * x[row];
                g1 += a * x[row + 1];
                g2 += a * x[row + 2];
                g3 += a * x[row + 3];
            }
            g[0] = w[0] + 2 * g0;
            g[1] = w[1] + 2 * g1;
            g[2] = w[2] + 2 * g2;
            g[3] = w[3] + 2 * g3;
            return;
        }
        for (int j = 0; j < n; j++) {
            g[j] = 0;
        }
        for (int k = 0; k < sizeI; k++) {
            int row = active[k] * n;
            double a = tmp[k];
            for (int j = 0; j < n; j++) {
                g[j] += a * x[row + j];
            }
        }
        for (int j = 0; j < n; j++) {
            g[j] = w[j] + 2 * g[j];
        }
    }

    void diagonalPreconditioner(double[] m) {
        if (n == 4) {
            double m0 = 1, m1 = 1, m2 = 1, m3 = 1;
            for (int k = 0; k < sizeI; k++) {
                int idx = active[k];
                int row = idx * 4;
                double ci = c[idx];
                double x0 = x[row], x1 = x[row + 1], x2 = x[row + 2], x3 = x[row + 3];
                m0 += x0 * x0 * ci * 2;
                m1 += x1 * x1 * ci * 2;
                m2 += x2 * x2 * ci * 2;
                m3 += x3 * x3 * ci * 2;
            }
            m[0] = m0;
            m[1] = m1;
            m[2] = m2;
            m[3] = m3;
            return;
        }
        for (int j = 0; j < n; j++) {
            m[j] = 1;
        }
        for (int k = 0; k < sizeI; k++) {
            int idx = active[k];
            int row = idx * n;
            for (int j = 0; j < n; j++) {
                m[j] += x[row + j] * x[row + j] * c[idx] * 2;
            }
        }
    }

    void hv(double[] s, double[] hs) {
        if (n == 4) {
            double s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
            double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
            for (int k = 0; k < sizeI; k++) {
                int i = active[k];
                int row = i * 4;
                double x0 = x[row], x1 = x[row + 1], x2 = x[row + 2], x3 = x[row + 3];
                double xTs = 0;
                xTs += s0 * x0;
                xTs += s1 * x1;
                xTs += s2 * x2;
                xTs += s3 * x3;
                xTs = c[i] * xTs;
                h0 += xTs * x0;
                h1 += xTs * x1;
                h2 += xTs * x2;
                h3 += xTs * x3;
            }
            hs[0] = s0 + 2 * h0;
            hs[1] = s1 + 2 * h1;
            hs[2] = s2 + 2 * h2;
            hs[3] = s3 + 2 * h3;
            return;
        }
        for (int j = 0; j < n; j++) {
            hs[j] = 0;
        }
        for (int k = 0; k < sizeI; k++) {
            int row = active[k] * n;
            double xTs = 0;
            for (int j = 0; j < n; j++) {
                xTs += s[j] * x[row + j];
            }
            xTs = c[active[k]] * xTs;
            for (int j = 0; j < n; j++) {
                hs[j] += xTs * x[row + j];
            }
        }
        for (int j = 0; j < n; j++) {
            hs[j] = s[j] + 2 * hs[j];
        }
    }

    /**
     * Backtracking along s from step alpha, halving up to 20 times until the Armijo condition holds.
     *
     * @param f the objective at w on entry; on exit the objective at the updated w (or unchanged)
     * @return the step taken, 0 if none satisfied the condition (w and f unchanged)
     */
    double linesearchAndUpdate(double[] w, double[] s, double[] f, double[] g, double alpha) {
        double sTs = 0;
        double wTs = 0;
        double gTs = 0;
        double eta = 0.01;
        int maxNumLinesearch = 20;
        double fold = f[0];
        xv(s, tmp);
        for (int j = 0; j < n; j++) {
            sTs += s[j] * s[j];
            wTs += s[j] * w[j];
            gTs += s[j] * g[j];
        }
        int numLinesearch;
        for (numLinesearch = 0; numLinesearch < maxNumLinesearch; numLinesearch++) {
            double loss = 0;
            for (int i = 0; i < l; i++) {
                double innerProduct = tmp[i] * alpha + wx[i];
                loss += cTimesLoss(i, innerProduct);
            }
            f[0] = loss + (alpha * alpha * sTs + wTw) / 2.0 + alpha * wTs;
            if (f[0] - fold <= eta * alpha * gTs) {
                for (int i = 0; i < l; i++) {
                    wx[i] += alpha * tmp[i];
                }
                break;
            }
            alpha *= 0.5;
        }
        if (numLinesearch >= maxNumLinesearch) {
            f[0] = fold;
            return 0;
        }
        for (int j = 0; j < n; j++) {
            w[j] += alpha * s[j];
        }
        wTw += alpha * alpha * sTs + 2 * alpha * wTs;
        return alpha;
    }
}
