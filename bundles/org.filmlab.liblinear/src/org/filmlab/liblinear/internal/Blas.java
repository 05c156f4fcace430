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
 * The four BLAS level-1 routines LIBLINEAR's Newton solver calls, as LIBLINEAR for Java writes them
 * (its class {@code Blas} is not exported): the same unrolling, so the same sums in the same
 * association and the same doubles. Only unit strides occur in the solver, so only they are kept.
 */
final class Blas {

    private Blas() {
    }

    /** The Euclidean norm, scaled against overflow (Hammarling's DNRM2), summed from the last element. */
    static double dnrm2(int n, double[] x) {
        if (n <= 0) {
            return 0.0;
        }
        if (n == 1) {
            return Math.abs(x[0]);
        }
        double scale = 0.0;
        double ssq = 1.0;
        for (int ix = n - 1; ix >= 0; ix--) {
            if (x[ix] != 0.0) {
                double absxi = Math.abs(x[ix]);
                if (scale < absxi) {
                    double temp = scale / absxi;
                    ssq = ssq * (temp * temp) + 1.0;
                    scale = absxi;
                } else {
                    double temp = absxi / scale;
                    ssq += temp * temp;
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }

    /** The dot product, five terms at a time (LINPACK's unrolling decides the association). */
    static double ddot(int n, double[] sx, double[] sy) {
        double stemp = 0.0;
        if (n > 0) {
            int m = n - 4;
            int i;
            for (i = 0; i < m; i += 5) {
                stemp += sx[i] * sy[i] + sx[i + 1] * sy[i + 1] + sx[i + 2] * sy[i + 2] + sx[i + 3] * sy[i + 3]
                        + sx[i + 4] * sy[i + 4];
            }
            for (; i < n; i++) {
                stemp += sx[i] * sy[i];
            }
        }
        return stemp;
    }

    /** {@code sy += sa * sx}; nothing at all when {@code sa} is 0 (so a -0.0 in sy stays). */
    static void daxpy(int n, double sa, double[] sx, double[] sy) {
        if (n > 0 && sa != 0.0) {
            for (int i = 0; i < n; i++) {
                sy[i] += sa * sx[i];
            }
        }
    }

    /** {@code sx *= sa}. */
    static void dscal(int n, double sa, double[] sx) {
        for (int i = 0; i < n; i++) {
            sx[i] = sa * sx[i];
        }
    }
}
