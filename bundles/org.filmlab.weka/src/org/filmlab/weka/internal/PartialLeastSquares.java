// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.ArrayList;
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

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.filters.Filter;
import weka.filters.supervised.attribute.PLSFilter;

/**
 * Supervised reduction by partial least squares, Weka's {@link PLSFilter} (contribution
 * {@code org.filmlab.weka.pls}, from the Weka package partialLeastSquares): components are the
 * directions of the other variables that covary most with one response, the variable
 * {@value #RESPONSE} names (by default σN, the property the paper optimises). The response must be
 * one of the variables handed to the reducer; it supervises the components and is not a predictor.
 * <ul>
 * <li>Scores are Weka's, in input row order; with SIMPLS they are mutually orthogonal.</li>
 * <li>Loadings are, as for the PCA, correlations of every input variable (the response included)
 * with each component's scores.</li>
 * <li>Signs: each component is turned so that its correlation with the response is positive (a
 * higher score means a higher response); a component uncorrelated with the response is turned so
 * that its largest loading is positive.</li>
 * <li>Explained variance is the share of the predictors' total variance (of the standardised
 * predictors when standardising) that each component's scores explain, Σ var(xⱼ) r²(xⱼ, t) /
 * Σ var(xⱼ); it says how much of the predictors a component carries, not how well it predicts.</li>
 * </ul>
 * No randomness: the seed is not used. Cancellation is checked before and after Weka's fit.
 * Stateless.
 */
public final class PartialLeastSquares implements Reducer {

    /** Parameter key: the key of the variable that supervises the components. */
    public static final String RESPONSE = "response";
    /** Parameter key: how many components. */
    public static final String COMPONENTS = "components";
    /** Parameter key: {@code simpls} or {@code pls1}. */
    public static final String ALGORITHM = "algorithm";
    /** Parameter key: standardise the predictors and response first (else only centre them). */
    public static final String STANDARDIZE = "standardize";

    static final String SIMPLS = "simpls";
    static final String PLS1 = "pls1";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.text(RESPONSE, "Response",
                    "The key of the variable the components should explain (a property such as sigmaN); it must be"
                            + " among the reduced variables and is not used as a predictor.",
                    "sigmaN"),
            Parameter.integer(COMPONENTS, "Components",
                    "How many PLS components to extract; at most the number of predictors and rows - 1.", 2, 1, 100),
            Parameter.choice(ALGORITHM, "Algorithm",
                    "simpls (de Jong) or pls1 (the NIPALS-style algorithm for one response); for one response both"
                            + " span the same components.",
                    SIMPLS, SIMPLS, PLS1),
            Parameter.bool(STANDARDIZE, "Standardize",
                    "Scale the predictors and the response to unit variance first, so that variables in large units"
                            + " do not dominate; off only centres them.",
                    true));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("S. de Jong: SIMPLS: an alternative approach to partial least squares regression."
                + " Chemometrics and Intelligent Laboratory Systems 18(3) (1993) 251-263."
                + " doi:10.1016/0169-7439(93)85002-X",
                "S. Wold, M. Sjöström, L. Eriksson: PLS-regression: a basic tool of chemometrics. Chemometrics and"
                        + " Intelligent Laboratory Systems 58(2) (2001) 109-130. doi:10.1016/S0169-7439(01)00155-1",
                "Weka package partialLeastSquares 1.0.5, weka.filters.supervised.attribute.PLSFilter (P. Reutemann).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        String response = values.getString(RESPONSE);
        if (!data.variables().contains(response)) {
            problems.add(RESPONSE, "the response '" + response + "' is not among the reduced variables; use one of: "
                    + (data.variables().isEmpty() ? "none" : String.join(", ", data.variables())));
            return;
        }
        int predictors = data.variables().size() - 1;
        int available = Math.min(predictors, data.rows() - 1);
        int components = values.getInt(COMPONENTS);
        if (components > available) {
            problems.add(COMPONENTS, components + " components asked for, but " + predictors + " predictors and "
                    + data.rows() + " rows give at most " + Math.max(available, 0) + "; use fewer");
        }
    }

    @Override
    public Reduction reduce(VariableMatrix data, ParameterValues values, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Partial least squares", 10);
        progress.checkCanceled();
        WekaRuntime.prepare();
        double[][] rows = data.rows();
        Problems problems = new Problems();
        validate(values, new DataShape(rows.length, data.variables(), List.of(), List.of(), 0), problems);
        problems.requireNone();
        int response = data.variables().indexOf(values.getString(RESPONSE));
        int variables = data.variables().size();
        int components = values.getInt(COMPONENTS);
        progress.split(1);

        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int j = 0; j < variables - 1; j++) {
            attributes.add(new Attribute(WekaData.attributeName(j)));
        }
        attributes.add(new Attribute("response"));
        Instances input = new Instances("pls", attributes, rows.length);
        input.setClassIndex(variables - 1);
        for (double[] row : rows) {
            double[] v = new double[variables];
            int a = 0;
            for (int j = 0; j < variables; j++) {
                if (j != response) {
                    v[a++] = row[j];
                }
            }
            v[variables - 1] = row[response];
            input.add(new DenseInstance(1.0, v));
        }

        PLSFilter pls = new PLSFilter();
        pls.setNumComponents(components);
        pls.setAlgorithm(new SelectedTag(SIMPLS.equals(values.getString(ALGORITHM)) ? PLSFilter.ALGORITHM_SIMPLS
                : PLSFilter.ALGORITHM_PLS1, PLSFilter.TAGS_ALGORITHM));
        pls.setPreprocessing(new SelectedTag(values.getBoolean(STANDARDIZE) ? PLSFilter.PREPROCESSING_STANDARDIZE
                : PLSFilter.PREPROCESSING_CENTER, PLSFilter.TAGS_PREPROCESSING));
        pls.setReplaceMissing(false);
        pls.setPerformPrediction(false);
        Instances output;
        progress.split(7);
        try {
            pls.setInputFormat(input);
            output = Filter.useFilter(input, pls);
        } catch (Exception e) {
            throw new IllegalStateException("Weka's PLSFilter failed: " + e.getMessage(), e);
        }
        progress.checkCanceled();
        progress.split(2);

        double[][] scores = new double[rows.length][components];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < components; c++) {
                scores[i][c] = output.instance(i).value(c);
            }
        }
        double[][] loadings = new double[variables][components];
        double[] explained = new double[components];
        double[] variance = new double[variables];
        double totalPredictorVariance = 0;
        for (int j = 0; j < variables; j++) {
            variance[j] = values.getBoolean(STANDARDIZE) ? (variance(rows, j) > 0 ? 1 : 0) : variance(rows, j);
            totalPredictorVariance += j == response ? 0 : variance[j];
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            double[] t = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                t[i] = scores[i][c];
            }
            double[] r = new double[variables];
            for (int j = 0; j < variables; j++) {
                r[j] = correlation(rows, j, t);
            }
            double sign = Math.signum(r[response]);
            if (sign == 0) {
                int largest = 0;
                for (int j = 1; j < variables; j++) {
                    largest = Math.abs(r[j]) > Math.abs(r[largest]) ? j : largest;
                }
                sign = r[largest] < 0 ? -1 : 1;
            }
            double share = 0;
            for (int j = 0; j < variables; j++) {
                loadings[j][c] = sign * r[j];
                share += j == response ? 0 : variance[j] * r[j] * r[j];
            }
            for (int i = 0; i < rows.length; i++) {
                scores[i][c] *= sign;
            }
            explained[c] = totalPredictorVariance > 0 ? share / totalPredictorVariance : 0;
            names.add("PLS" + (c + 1));
        }
        return new Reduction(data.variables(), names, scores, loadings, explained);
    }

    private static double variance(double[][] rows, int j) {
        double mean = 0;
        for (double[] row : rows) {
            mean += row[j];
        }
        mean /= rows.length;
        double ss = 0;
        for (double[] row : rows) {
            ss += (row[j] - mean) * (row[j] - mean);
        }
        return ss / (rows.length - 1);
    }

    /** Pearson's r of column j with t, 0 when either is constant. */
    private static double correlation(double[][] rows, int j, double[] t) {
        int n = rows.length;
        double mx = 0;
        double mt = 0;
        for (int i = 0; i < n; i++) {
            mx += rows[i][j];
            mt += t[i];
        }
        mx /= n;
        mt /= n;
        double sxt = 0;
        double sxx = 0;
        double stt = 0;
        for (int i = 0; i < n; i++) {
            double dx = rows[i][j] - mx;
            double dt = t[i] - mt;
            sxt += dx * dt;
            sxx += dx * dx;
            stt += dt * dt;
        }
        return sxx > 0 && stt > 0 ? sxt / Math.sqrt(sxx * stt) : 0;
    }
}
