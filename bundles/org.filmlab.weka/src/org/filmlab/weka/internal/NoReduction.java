// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.Reducer;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * No reduction (contribution {@code org.filmlab.weka.noReduction}): the "components" are the
 * variables themselves, standardised (mean 0, standard deviation 1 with n − 1) unless
 * {@value #STANDARDIZE} is off, in which case they are the values as given. It lets a workflow
 * cluster on all variables and shows what a reduction adds. Components are named after the
 * variables; loadings are, as for the PCA, correlations of each variable with each component, here
 * the variables' correlation matrix; each component's share of variance is its variance over the
 * total (1/variables when standardised). A constant variable gives scores of 0 when standardised
 * and loadings of 0. Plain Java; no randomness. Stateless.
 */
public final class NoReduction implements Reducer {

    /** Parameter key: standardise every variable first. */
    public static final String STANDARDIZE = "standardize";

    private static final ParameterSet PARAMETERS = ParameterSet.of(Parameter.bool(STANDARDIZE, "Standardize",
            "Scale every variable to mean 0 and unit variance, so that variables in large units do not dominate"
                    + " distances; off passes the values through unchanged.",
            true));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("A. K. Jain, M. N. Murty, P. J. Flynn: Data Clustering: A Review. ACM Computing Surveys 31(3)"
                + " (1999) 264-323, section 5 (pattern representation: normalisation before clustering)."
                + " doi:10.1145/331499.331504");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        if (values.getBoolean(STANDARDIZE) && data.rows() < 2) {
            problems.add(STANDARDIZE, "standardizing needs at least 2 rows, but the data has " + data.rows());
        }
    }

    @Override
    public Reduction reduce(VariableMatrix data, ParameterValues values, long seed, IProgressMonitor monitor) {
        boolean standardize = values.getBoolean(STANDARDIZE);
        double[][] rows = data.rows();
        int n = rows.length;
        int p = data.variables().size();
        SubMonitor progress = SubMonitor.convert(monitor, "No reduction", p + 1);
        progress.checkCanceled();
        if (standardize && n < 2) {
            throw new IllegalArgumentException("standardizing needs at least 2 rows, but the data has " + n);
        }
        double[] mean = new double[p];
        double[] sd = new double[p];
        for (int j = 0; j < p; j++) {
            progress.checkCanceled();
            progress.split(1);
            for (double[] row : rows) {
                mean[j] += row[j];
            }
            mean[j] /= n;
            double ss = 0;
            for (double[] row : rows) {
                ss += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
            sd[j] = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        }
        progress.split(1);
        double[][] scores = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double centred = rows[i][j] - mean[j];
                scores[i][j] = !standardize ? rows[i][j] : sd[j] > 0 ? centred / sd[j] : 0;
            }
        }
        double[][] loadings = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                if (sd[a] > 0 && sd[b] > 0) {
                    double s = 0;
                    for (double[] row : rows) {
                        s += (row[a] - mean[a]) * (row[b] - mean[b]);
                    }
                    loadings[a][b] = s / (n - 1) / (sd[a] * sd[b]);
                }
            }
        }
        double total = 0;
        double[] variance = new double[p];
        for (int j = 0; j < p; j++) {
            variance[j] = standardize ? (sd[j] > 0 ? 1 : 0) : sd[j] * sd[j];
            total += variance[j];
        }
        double[] explained = new double[p];
        for (int j = 0; j < p; j++) {
            explained[j] = total > 0 ? variance[j] / total : 0;
        }
        return new Reduction(data.variables(), data.variables(), scores, loadings, explained);
    }
}
