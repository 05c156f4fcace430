// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.data.Column;

/**
 * The model's terms over the process conditions: each condition standardized (so that squares and
 * products are of comparable size and the least-squares problem is well conditioned), and for the
 * quadratic model also their squares and pairwise products. The intercept is left to the fit.
 */
final class Terms {

    static final String LINEAR = "linear";
    static final String QUADRATIC = "quadratic";

    private final double[] centre;
    private final double[] scale;
    private final boolean quadratic;
    private final List<String> names = new ArrayList<>();

    private Terms(List<Column> conditions, boolean quadratic) {
        int d = conditions.size();
        this.quadratic = quadratic;
        centre = new double[d];
        scale = new double[d];
        for (int k = 0; k < d; k++) {
            double[] v = conditions.get(k).values();
            double mean = java.util.Arrays.stream(v).average().orElse(0.0);
            double ss = 0.0;
            for (double value : v) {
                ss += (value - mean) * (value - mean);
            }
            double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0.0;
            centre[k] = mean;
            // A constant condition keeps its raw scale: the fit then reports it as undetermined.
            scale[k] = sd > 0 ? sd : 1.0;
            names.add(conditions.get(k).key());
        }
        if (quadratic) {
            for (int k = 0; k < d; k++) {
                names.add(conditions.get(k).key() + "²");
            }
            for (int k = 0; k < d; k++) {
                for (int l = k + 1; l < d; l++) {
                    names.add(conditions.get(k).key() + "·" + conditions.get(l).key());
                }
            }
        }
    }

    static Terms of(String model, List<Column> conditions) {
        return new Terms(conditions, QUADRATIC.equals(model));
    }

    /** How many terms the model has over {@code conditions} conditions, the intercept not counted. */
    static int count(String model, int conditions) {
        return QUADRATIC.equals(model) ? 2 * conditions + conditions * (conditions - 1) / 2 : conditions;
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /** The terms of one recipe, given by its conditions in the data's order. */
    double[] expand(double[] conditions) {
        int d = conditions.length;
        double[] z = new double[d];
        for (int k = 0; k < d; k++) {
            z[k] = (conditions[k] - centre[k]) / scale[k];
        }
        if (!quadratic) {
            return z;
        }
        double[] t = new double[names.size()];
        System.arraycopy(z, 0, t, 0, d);
        int at = d;
        for (int k = 0; k < d; k++) {
            t[at++] = z[k] * z[k];
        }
        for (int k = 0; k < d; k++) {
            for (int l = k + 1; l < d; l++) {
                t[at++] = z[k] * z[l];
            }
        }
        return t;
    }
}
