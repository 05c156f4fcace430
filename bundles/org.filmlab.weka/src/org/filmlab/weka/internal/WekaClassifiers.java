// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.filters.AllFilter;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Normalize;
import weka.filters.unsupervised.attribute.Standardize;

/**
 * What every Weka classifier contribution of this bundle shares: the feature-scaling parameter,
 * the checks before training, training inside a {@link FilteredClassifier} (so that scaling is
 * fitted on the training rows only and applied unchanged to every row to predict) and the trained
 * model. The Standardize and Normalize filters use weighted means and variances, and
 * {@code FilteredClassifier} passes row weights on to the inner classifier unchanged.
 */
final class WekaClassifiers {

    /** Parameter key: feature scaling, {@code standardize}, {@code normalize} or {@code none}. */
    static final String SCALING = "scaling";
    static final String STANDARDIZE = "standardize";
    static final String NORMALIZE = "normalize";
    static final String NONE = "none";

    private WekaClassifiers() {
    }

    /** The scaling parameter, with the default a classifier family needs. */
    static Parameter scaling(String defaultValue) {
        return Parameter.choice(SCALING, "Feature scaling",
                "How the features are scaled before training, fitted on the training rows only: standardize"
                        + " (mean 0, standard deviation 1), normalize (range [0, 1]) or none.",
                defaultValue, STANDARDIZE, NORMALIZE, NONE);
    }

    /**
     * Validates, copies the samples into Weka's data, and trains {@code inner} after the scaling
     * {@code values} names (or none if the contribution declares no scaling).
     *
     * @param name the method's name for progress and messages ("SMO")
     * @param wekaSeed the seed of the FilteredClassifier (the inner classifier is seeded by the caller)
     */
    static TrainedModel train(String name, Contribution contribution, LabeledSamples training,
            ParameterValues values, Classifier inner, int wekaSeed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, name, 10);
        progress.checkCanceled();
        Problems problems = new Problems();
        contribution.validate(values, new DataShape(training.size(), training.features(), List.of(), List.of(),
                training.classCount()), problems);
        problems.requireNone();
        if (training.size() == 0 || training.classCount() < 2) {
            throw new IllegalArgumentException("a classifier needs training rows and at least 2 classes, got "
                    + training.size() + " rows of " + training.classCount() + " classes");
        }
        progress.split(1);
        Instances data = WekaData.labeled(name, training);
        Instances header = new Instances(data, 0);
        LabellingFilteredClassifier classifier = new LabellingFilteredClassifier();
        String scaling = contribution.parameters().get(SCALING).isPresent() ? values.getString(SCALING) : NONE;
        classifier.setFilter(filter(scaling));
        classifier.setClassifier(inner);
        classifier.setSeed(wekaSeed);
        progress.split(9);
        try {
            classifier.buildClassifier(data);
        } catch (Exception e) {
            throw new IllegalStateException("Weka's " + name + " failed: " + e.getMessage(), e);
        }
        return new Model(name, classifier, header);
    }

    /** The label of a distribution: its highest score's class, the first of equal ones (Weka's Utils.maxIndex). */
    static int firstMax(double[] distribution) {
        int label = 0;
        for (int c = 1; c < distribution.length; c++) {
            if (distribution[c] > distribution[label]) {
                label = c;
            }
        }
        return label;
    }

    /** Weka's seeds are ints: fold the workflow's long seed so that both halves count. */
    static int wekaSeed(long seed) {
        return (int) (seed ^ (seed >>> 32));
    }

    private static Filter filter(String scaling) {
        return switch (scaling) {
            case STANDARDIZE -> new Standardize();
            case NORMALIZE -> new Normalize();
            case NONE -> new AllFilter();
            default -> throw new IllegalArgumentException("unknown scaling '" + scaling + "'");
        };
    }

    /** A trained classifier. Weka's filters keep state while they convert a row, hence one thread at a time. */
    private static final class Model implements TrainedModel {

        private final String name;
        private final LabellingFilteredClassifier classifier;
        private final Instances header;

        Model(String name, LabellingFilteredClassifier classifier, Instances header) {
            this.name = name;
            this.classifier = classifier;
            this.header = header;
        }

        @Override
        public synchronized Prediction predict(double[] features) {
            try {
                return prediction(classifier.distributionForInstance(WekaData.unlabeled(header, features)));
            } catch (Exception e) {
                throw failed(e);
            }
        }

        /**
         * In one batch where the classifier predicts batches faster (Weka's
         * {@code BatchPredictor}: SMO with logistic models for three classes, see CoupledSMO); the
         * same predictions as row by row.
         */
        @Override
        public synchronized Prediction[] predictAll(double[][] rows) {
            if (!classifier.implementsMoreEfficientBatchPrediction()) {
                return TrainedModel.super.predictAll(rows);
            }
            Prediction[] out = new Prediction[rows.length];
            try {
                double[][] distributions = classifier.distributionsForInstances(batch(rows));
                for (int i = 0; i < out.length; i++) {
                    out[i] = prediction(distributions[i]);
                }
            } catch (Exception e) {
                throw failed(e);
            }
            return out;
        }

        /** Labels alone where the classifier finds them faster (LabellingFilteredClassifier); the same labels. */
        @Override
        public synchronized int[] labelAll(double[][] rows) {
            if (!classifier.labelsDirectly()) {
                return TrainedModel.super.labelAll(rows);
            }
            try {
                return classifier.labelsForInstances(batch(rows));
            } catch (Exception e) {
                throw failed(e);
            }
        }

        private Instances batch(double[][] rows) {
            Instances batch = new Instances(header, rows.length);
            for (double[] row : rows) {
                batch.add(WekaData.unlabeled(header, row));
            }
            return batch;
        }

        private static Prediction prediction(double[] distribution) {
            return new Prediction(firstMax(distribution), distribution);
        }

        private IllegalStateException failed(Exception e) {
            return new IllegalStateException("Weka's " + name + " failed to classify a row: " + e.getMessage(), e);
        }
    }
}
