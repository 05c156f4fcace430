// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.Kernel;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.classifiers.functions.supportVector.RBFKernel;
import weka.core.SelectedTag;

/**
 * A support vector machine trained by Weka's {@link SMO} (contribution {@code org.filmlab.weka.smo}),
 * inside a {@link FilteredClassifier} that scales the features.
 * <ul>
 * <li>Scaling is fitted on the training rows only and then applied unchanged to every row to
 * predict: that is what {@code FilteredClassifier} guarantees. SMO's own filter is set to none so
 * the features are scaled once.</li>
 * <li>Kernels: linear ({@code PolyKernel} with exponent 1) or Gaussian ({@code RBFKernel},
 * {@code K(x, y) = exp(-gamma |x - y|²)}); multi-class problems are solved pairwise (one against
 * one), and a row's distribution is the share of pairwise votes per class, or, with logistic
 * models, pairwise-coupled probabilities.</li>
 * <li>Weights: honoured. SMO bounds each row's multiplier by {@code C × weight} (a row of weight 2
 * counts like two copies) and drops rows of weight 0; the Standardize and Normalize filters use
 * weighted means and variances, so {@code FilteredClassifier} never resamples.</li>
 * <li>Determinism: Weka shuffles each pair's rows and fits logistic models with seeds set from
 * {@code seed}; no other randomness.</li>
 * </ul>
 * The input samples are copied into Weka's own data and never modified. Stateless; the trained
 * model holds its own Weka classifier.
 */
public final class SupportVectorClassifier implements Classifier {

    /** Parameter key: feature scaling, {@code standardize}, {@code normalize} or {@code none}. */
    public static final String SCALING = WekaClassifiers.SCALING;
    /** Parameter key: {@code linear} or {@code rbf}. */
    public static final String KERNEL = "kernel";
    /** Parameter key: the RBF kernel's gamma. */
    public static final String GAMMA = "gamma";
    /** Parameter key: the complexity constant C. */
    public static final String COMPLEXITY = "complexity";
    /** Parameter key: fit logistic models to the SVM outputs so that distributions are probabilities. */
    public static final String LOGISTIC_MODELS = "logisticModels";

    static final String LINEAR = "linear";
    static final String RBF = "rbf";
    /** Weka's default kernel cache size (a prime number of slots). */
    private static final int DEFAULT_CACHE_SIZE = 250007;

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            WekaClassifiers.scaling(WekaClassifiers.STANDARDIZE),
            Parameter.choice(KERNEL, "Kernel",
                    "linear separates the classes by planes; rbf (Gaussian) by curved boundaries.", LINEAR, LINEAR,
                    RBF),
            Parameter.real(GAMMA, "RBF gamma",
                    "The width of the Gaussian kernel, K(x, y) = exp(-gamma |x - y|²); used by the rbf kernel only."
                            + " Must be greater than 0.",
                    0.1, 0.0, 1000.0),
            Parameter.real(COMPLEXITY, "Complexity (C)",
                    "How hard misclassified training rows are penalised; larger C fits the training rows more"
                            + " closely. Must be greater than 0.",
                    1.0, 0.0, 10000.0),
            Parameter.bool(LOGISTIC_MODELS, "Logistic models",
                    "Fit logistic models to the SVM outputs, so that the class distribution is a probability rather"
                            + " than a share of pairwise votes.",
                    false));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of(
                "J. Platt: Fast Training of Support Vector Machines using Sequential Minimal Optimization. In B."
                        + " Schölkopf, C. Burges, A. Smola (eds.): Advances in Kernel Methods - Support Vector"
                        + " Learning. MIT Press (1998).",
                "S. S. Keerthi, S. K. Shevade, C. Bhattacharyya, K. R. K. Murthy: Improvements to Platt's SMO"
                        + " Algorithm for SVM Classifier Design. Neural Computation 13(3) (2001) 637-649.",
                "T. Hastie, R. Tibshirani: Classification by Pairwise Coupling. Advances in Neural Information"
                        + " Processing Systems 10 (1998).",
                "Weka 3.8 weka.classifiers.functions.SMO; E. Frank, M. A. Hall, I. H. Witten: The WEKA Workbench,"
                        + " 4th ed. Morgan Kaufmann (2016).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        if (values.getDouble(COMPLEXITY) <= 0) {
            problems.add(COMPLEXITY, "C must be greater than 0");
        }
        if (RBF.equals(values.getString(KERNEL)) && values.getDouble(GAMMA) <= 0) {
            problems.add(GAMMA, "gamma must be greater than 0 for the rbf kernel");
        }
    }

    @Override
    public TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor) {
        WekaRuntime.prepare();
        int wekaSeed = WekaClassifiers.wekaSeed(seed);
        SMO smo = new CoupledSMO();
        smo.setFilterType(new SelectedTag(SMO.FILTER_NONE, SMO.TAGS_FILTER));
        smo.setC(values.getDouble(COMPLEXITY));
        smo.setKernel(kernel(values, training.size()));
        smo.setBuildCalibrationModels(values.getBoolean(LOGISTIC_MODELS));
        smo.setRandomSeed(wekaSeed);
        return WekaClassifiers.train("SMO", this, training, values, smo, wekaSeed, monitor);
    }

    private static Kernel kernel(ParameterValues values, int rows) {
        if (RBF.equals(values.getString(KERNEL))) {
            RBFKernel rbf = new RBFKernel();
            rbf.setGamma(values.getDouble(GAMMA));
            return rbf;
        }
        PolyKernel linear = new PolyKernel();
        linear.setExponent(1.0);
        linear.setUseLowerOrder(false);
        linear.setCacheSize(cacheSize(rows));
        return linear;
    }

    /**
     * Weka's kernel cache by default allocates 4 × 250007 doubles and as many keys (16 MB) for every
     * pair of classes SMO trains, however few the rows: 150 such caches for the paper's 50
     * cross-validation folds of 3 classes. When the whole triangular kernel matrix of the rows is
     * smaller than that, the linear kernel keeps it instead (cache size 0). Its values, and so the
     * model, are the same to the bit: a dot product is the same sum whichever row comes first. Not
     * so the RBF kernel's {@code |x|² - 2x·y + |y|²}, whose rounding depends on which row SMO asks
     * about first, so it keeps Weka's cache.
     */
    static int cacheSize(int rows) {
        long matrix = (long) rows * (rows + 1) / 2;
        return matrix <= 4L * DEFAULT_CACHE_SIZE ? 0 : DEFAULT_CACHE_SIZE;
    }
}
