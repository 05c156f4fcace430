// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.analysis.LabeledSamples;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Copies FilmLab's arrays into Weka's {@code Instances}. Attributes are named by position
 * ({@code x0}, {@code x1}, ...) rather than by the variables' keys, so that no key (duplicate,
 * empty, with odd characters) can upset Weka.
 */
final class WekaData {

    /** The name of the class attribute of labelled data. */
    static final String CLASS = "class";

    private WekaData() {
    }

    static String attributeName(int column) {
        return "x" + column;
    }

    /** Numeric rows of unit weight, copied. */
    static Instances numeric(String relation, double[][] rows, int columns) {
        Instances data = new Instances(relation, numericAttributes(columns), rows.length);
        for (double[] row : rows) {
            data.add(new DenseInstance(1.0, row.clone()));
        }
        return data;
    }

    /**
     * Labelled rows, copied, with their weights and a nominal class attribute, last, whose values
     * are {@code "0".."classCount-1"} so that Weka's class index equals FilmLab's label.
     */
    static Instances labeled(String relation, LabeledSamples samples) {
        Instances data = header(relation, samples.features().size(), samples.classCount(), samples.size());
        int features = samples.features().size();
        for (int i = 0; i < samples.size(); i++) {
            double[] row = samples.x()[i];
            if (row.length != features) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " features, expected "
                        + features);
            }
            double[] values = new double[features + 1];
            System.arraycopy(row, 0, values, 0, features);
            values[features] = samples.y()[i];
            data.add(new DenseInstance(samples.weights()[i], values));
        }
        return data;
    }

    /** An empty data set of {@code features} numeric attributes and the nominal class, last. */
    static Instances header(String relation, int features, int classCount, int capacity) {
        ArrayList<Attribute> attributes = numericAttributes(features);
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            labels.add(Integer.toString(c));
        }
        attributes.add(new Attribute(CLASS, labels));
        Instances data = new Instances(relation, attributes, capacity);
        data.setClassIndex(features);
        return data;
    }

    /** One row to classify: its features, copied, and a missing class, attached to {@code header}. */
    static Instance unlabeled(Instances header, double[] features) {
        int n = header.numAttributes() - 1;
        if (features.length != n) {
            throw new IllegalArgumentException("expected " + n + " features, got " + features.length);
        }
        double[] values = new double[n + 1];
        System.arraycopy(features, 0, values, 0, n);
        values[n] = weka.core.Utils.missingValue();
        Instance row = new DenseInstance(1.0, values);
        row.setDataset(header);
        return row;
    }

    private static ArrayList<Attribute> numericAttributes(int columns) {
        ArrayList<Attribute> attributes = new ArrayList<>(columns + 1);
        for (int j = 0; j < columns; j++) {
            attributes.add(new Attribute(attributeName(j)));
        }
        return attributes;
    }
}
