// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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

import weka.core.matrix.EigenvalueDecomposition;
import weka.core.matrix.Matrix;

/**
 * Principal component analysis (contribution {@code org.filmlab.weka.pca}) on Weka's linear algebra:
 * the correlation matrix of the variables (or their covariance matrix if {@value #STANDARDIZE} is
 * off) is decomposed by Weka's {@link EigenvalueDecomposition} (its JAMA port, Householder
 * tridiagonalisation and QL); this class orders the components, makes their signs deterministic and
 * reports them in FilmLab's terms. It computes what Weka's {@code PrincipalComponents} computes
 * (standardisation and dispersion with n - 1, constant variables left out, negative round-off
 * eigenvalues set to 0) without calling it: that class needs MTJ and netlib-java's
 * {@code com.github.fommil.netlib}, which the target platform does not provide, so it fails at run
 * time with {@code NoClassDefFoundError: no/uib/cipr/matrix/Matrix}.
 * <ul>
 * <li>No "variance covered" cut-off: the number of components is {@value #COMPONENTS}, or all that
 * the data supports ({@code min(non-constant variables, rows - 1)}), never fewer without saying
 * so.</li>
 * <li>Scores are the standardised (or centred) rows times the eigenvectors, in input row order;
 * their variances are the eigenvalues.</li>
 * <li>Loadings are correlations of each variable with each component's scores: eigenvector ×
 * √eigenvalue on standardised data, divided by the variable's standard deviation on centred data.
 * A constant variable gets loadings of 0 (its correlation is undefined) and no share of the
 * variance.</li>
 * <li>Signs: an eigenvector's sign is arbitrary and differs between libraries, so each component is
 * turned so that its largest absolute loading (the first, on a tie) is positive.</li>
 * <li>Explained variance is each eigenvalue divided by the sum of all eigenvalues.</li>
 * </ul>
 * Stateless; the seed is not used (the analysis has no randomness).
 */
public final class PrincipalComponentAnalysis implements Reducer {

    /** Parameter key: analyse the correlation matrix (standardised variables) rather than the covariance matrix. */
    public static final String STANDARDIZE = "standardize";
    /** Parameter key: how many components to keep; 0 keeps all. */
    public static final String COMPONENTS = "components";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.bool(STANDARDIZE, "Standardize",
                    "Scale every variable to unit variance first, so that the PCA works on the correlation matrix and"
                            + " variables in large units do not dominate.",
                    true),
            Parameter.integer(COMPONENTS, "Components",
                    "How many principal components to keep; 0 keeps all that the data supports, min(variables, rows"
                            + " - 1).",
                    0, 0, null));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of(
                "K. Pearson: On lines and planes of closest fit to systems of points in space. Philosophical Magazine"
                        + " 2 (1901) 559-572. doi:10.1080/14786440109462720",
                "I. T. Jolliffe: Principal Component Analysis, 2nd ed. Springer, New York (2002).",
                "Weka 3.8 weka.core.matrix.EigenvalueDecomposition (after JAMA, NIST/MathWorks); E. Frank, M. A. Hall, I. H. Witten: The WEKA"
                        + " Workbench, 4th ed. Morgan Kaufmann (2016).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        int components = values.getInt(COMPONENTS);
        if (data.rows() < 2) {
            problems.add(COMPONENTS, "a PCA needs at least 2 rows, but the data has " + data.rows());
            return;
        }
        int available = Math.min(data.variables().size(), data.rows() - 1);
        if (components > available) {
            problems.add(COMPONENTS, components + " components asked for, but " + data.variables().size()
                    + " variables and " + data.rows() + " rows give at most " + available
                    + "; use a number up to " + available + " or 0 for all");
        }
    }

    @Override
    public Reduction reduce(VariableMatrix data, ParameterValues values, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Principal component analysis", 10);
        WekaRuntime.prepare();
        boolean standardize = values.getBoolean(STANDARDIZE);
        int requested = values.getInt(COMPONENTS);
        double[][] rows = data.rows();
        int variables = data.variables().size();
        if (rows.length < 2) {
            throw new IllegalArgumentException("a PCA needs at least 2 rows, but the data has " + rows.length);
        }
        progress.split(1);
        // Like Weka's PrincipalComponents, leave out constant variables: they have no correlation.
        int[] column = IntStream.range(0, variables).filter(j -> sampleVariance(rows, j, mean(rows, j)) > 0).toArray();
        if (column.length == 0) {
            throw new IllegalArgumentException("every variable is constant; a PCA needs variables that vary");
        }
        int available = Math.min(column.length, rows.length - 1);
        if (requested > available) {
            throw new IllegalArgumentException(requested + " components asked for, but the data supports at most "
                    + available + " (" + column.length + " non-constant variables, " + rows.length + " rows)");
        }
        int components = requested == 0 ? available : requested;
        double[] mean = new double[column.length];
        double[] sd = new double[column.length];
        Matrix z = new Matrix(rows.length, column.length);
        for (int a = 0; a < column.length; a++) {
            mean[a] = mean(rows, column[a]);
            sd[a] = Math.sqrt(sampleVariance(rows, column[a], mean[a]));
            for (int i = 0; i < rows.length; i++) {
                double centred = rows[i][column[a]] - mean[a];
                z.set(i, a, standardize ? centred / sd[a] : centred);
            }
        }

        progress.split(6);
        Matrix dispersion = z.transpose().times(z).times(1.0 / (rows.length - 1));
        EigenvalueDecomposition eigen = dispersion.eig();
        // Round-off can make a zero eigenvalue slightly negative; it explains nothing (as in Weka's PCA).
        double[] eigenvalues = Arrays.stream(eigen.getRealEigenvalues()).map(l -> Math.max(l, 0)).toArray();
        double[][] eigenvectors = eigen.getV().getArray();
        double total = Arrays.stream(eigenvalues).sum();
        Integer[] order = IntStream.range(0, eigenvalues.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -eigenvalues[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);

        progress.split(3);
        double[][] scores = new double[rows.length][components];
        double[][] loadings = new double[variables][components];
        double[] explained = new double[components];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            progress.checkCanceled();
            int e = order[c];
            double lambda = eigenvalues[e];
            double[] vector = new double[column.length];
            for (int a = 0; a < column.length; a++) {
                vector[a] = eigenvectors[a][e];
            }
            double[] correlation = new double[column.length];
            for (int a = 0; a < column.length; a++) {
                correlation[a] = vector[a] * Math.sqrt(lambda) / (standardize ? 1.0 : sd[a]);
            }
            double sign = Math.signum(correlation[largestMagnitude(correlation)]);
            sign = sign == 0 ? 1 : sign;
            for (int a = 0; a < column.length; a++) {
                loadings[column[a]][c] = sign * correlation[a];
            }
            for (int i = 0; i < rows.length; i++) {
                double score = 0;
                for (int a = 0; a < column.length; a++) {
                    score += vector[a] * z.get(i, a);
                }
                scores[i][c] = sign * score;
            }
            explained[c] = total > 0 ? lambda / total : 0;
            names.add("PC" + (c + 1));
        }
        return new Reduction(data.variables(), names, scores, loadings, explained);
    }

    private static int largestMagnitude(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i]) > Math.abs(values[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double mean(double[][] rows, int column) {
        double sum = 0;
        for (double[] row : rows) {
            sum += row[column];
        }
        return sum / rows.length;
    }

    /** With n - 1, as Weka's PrincipalComponents and Standardize filter use. */
    private static double sampleVariance(double[][] rows, int column, double mean) {
        double sum = 0;
        for (double[] row : rows) {
            double d = row[column] - mean;
            sum += d * d;
        }
        return sum / (rows.length - 1);
    }
}
