// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;

/** The natural log of a column, refusing values it is not defined for. */
final class LogTransform {

    private LogTransform() {
    }

    /**
     * @return a fresh array with {@code ln} of each value of {@code column}
     * @throws IllegalArgumentException at the first value that is zero or negative, naming its row
     */
    static double[] apply(Dataset dataset, Column column) {
        double[] values = column.values();
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException("cannot take the log of " + column.key() + " = " + values[i]
                        + " in row '" + dataset.rowLabels().get(i) + "' (row " + dataset.sourceRow(i) + " of "
                        + dataset.source() + "): every value must be positive; correct the value or turn the"
                        + " log transform off");
            }
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }
}
