// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.filmlab.core.data.Dataset;

/**
 * A data set with the class of each row, the input of a {@link StatisticalTest}.
 *
 * @param dataset the films
 * @param classes for each row, its class number {@code 1..classCount}; not copied, never modify it
 * @param classCount the number of classes
 */
public record GroupedData(Dataset dataset, int[] classes, int classCount) {

    public GroupedData {
        if (classes.length != dataset.rowCount()) {
            throw new IllegalArgumentException("one class per row is needed");
        }
    }

    /** The values of one column for the rows of class {@code classNumber}, in row order. */
    public double[] valuesOfClass(double[] column, int classNumber) {
        int n = 0;
        for (int c : classes) {
            n += c == classNumber ? 1 : 0;
        }
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == classNumber) {
                out[k++] = column[i];
            }
        }
        return out;
    }
}
