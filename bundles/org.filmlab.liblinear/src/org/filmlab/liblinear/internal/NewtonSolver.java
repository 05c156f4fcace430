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

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * LIBLINEAR's truncated Newton method with a preconditioned conjugate-gradient inner solver and a
 * backtracking line search (LIBLINEAR 2.4x's {@code Newton}; Galli and Lin, IEEE TNNLS 2022),
 * on {@link SquaredHingeFunction}. The operations and their order are LIBLINEAR's, so the weights
 * are bit for bit LIBLINEAR's; its diagnostic printing is left out (FilmLab turns it off).
 */
final class NewtonSolver {

    private static final double ALPHA_PCG = 0.01;
    private static final double EPS_CG = 0.5;

    private final SquaredHingeFunction function;
    private final double eps;
    private final int maxIter;

    /**
     * @param eps stop when the gradient norm is at most eps times its norm at w = 0
     * @param maxIter the most Newton iterations
     */
    NewtonSolver(SquaredHingeFunction function, double eps, int maxIter) {
        this.function = function;
        this.eps = eps;
        this.maxIter = maxIter;
    }

    /**
     * Minimizes from w = 0 (LIBLINEAR's start without an initial solution).
     *
     * @param w zeros on entry, the minimizer on exit
     * @param monitor checked for cancellation once per Newton iteration; may be {@code null}
     */
    void minimize(double[] w, IProgressMonitor monitor) {
        int n = function.variables();
        for (int j = 0; j < n; j++) {
            if (w[j] != 0) {
                throw new IllegalArgumentException("the Newton solver starts from w = 0");
            }
        }
        double[] s = new double[n];
        double[] r = new double[n];
        double[] g = new double[n];
        double[] m = new double[n];
        // LIBLINEAR evaluates f and its gradient at w = 0 for the stopping condition, then again at the
        // start w; from w = 0 the two evaluations are the same computation, so one serves both.
        double[] f = {function.fun(w)};
        function.grad(w, g);
        double gnorm0 = Blas.dnrm2(n, g);
        double gnorm = gnorm0;
        boolean search = !(gnorm <= eps * gnorm0);
        int iter = 1;
        while (iter <= maxIter && search) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            function.diagonalPreconditioner(m);
            for (int j = 0; j < n; j++) {
                m[j] = (1 - ALPHA_PCG) + ALPHA_PCG * m[j];
            }
            pcg(g, m, s, r);
            double fold = f[0];
            double stepSize = function.linesearchAndUpdate(w, s, f, g, 1);
            if (stepSize == 0) {
                break; // the line search failed
            }
            function.grad(w, g);
            gnorm = Blas.dnrm2(n, g);
            if (gnorm <= eps * gnorm0) {
                break;
            }
            if (f[0] < -1.0e+32) {
                break;
            }
            double actred = fold - f[0];
            if (Math.abs(actred) <= 1.0e-12 * Math.abs(f[0])) {
                break;
            }
            iter++;
        }
    }

    /** Preconditioned conjugate gradients for H s = -g, stopped by the quadratic model's decrease. */
    private void pcg(double[] g, double[] m, double[] s, double[] r) {
        int n = function.variables();
        double[] d = new double[n];
        double[] hd = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 0;
            r[i] = -g[i];
            z[i] = r[i] / m[i];
            d[i] = z[i];
        }
        double zTr = Blas.ddot(n, z, r);
        double gMinvNorm = Math.sqrt(zTr);
        double cgtol = Math.min(EPS_CG, Math.sqrt(gMinvNorm));
        int cgIter = 0;
        int maxCgIter = Math.max(n, 5);
        double q = 0;
        while (cgIter < maxCgIter) {
            cgIter++;
            function.hv(d, hd);
            double dHd = Blas.ddot(n, d, hd);
            // avoid 0/0 in getting alpha
            if (dHd <= 1.0e-16) {
                break;
            }
            double alpha = zTr / dHd;
            Blas.daxpy(n, alpha, d, s);
            alpha = -alpha;
            Blas.daxpy(n, alpha, hd, r);
            double newQ = -0.5 * (Blas.ddot(n, s, r) - Blas.ddot(n, s, g));
            double qdiff = newQ - q;
            if (newQ <= 0 && qdiff <= 0) {
                if (cgIter * qdiff >= cgtol * newQ) {
                    break;
                }
            } else {
                break; // the quadratic approximation is positive or increasing
            }
            q = newQ;
            for (int i = 0; i < n; i++) {
                z[i] = r[i] / m[i];
            }
            double znewTrnew = Blas.ddot(n, z, r);
            double beta = znewTrnew / zTr;
            Blas.dscal(n, beta, d);
            Blas.daxpy(n, 1, z, d);
            zTr = znewTrnew;
        }
    }
}
