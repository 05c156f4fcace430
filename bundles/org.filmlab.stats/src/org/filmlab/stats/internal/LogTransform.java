// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.DataValueException;
import org.filmlab.core.data.Dataset;

/** The natural log of a column, refusing values it is not defined for. */
final class LogTransform {

    private LogTransform() {
    }

    /**
     * @return a fresh array with {@code ln} of each value of {@code column}
     * @throws DataValueException at the first value that is zero or negative, naming its file, row and
     *         column: the user's to correct, found only now because configure does not read values
     */
    static double[] apply(Dataset dataset, Column column) {
        double[] values = column.values();
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw DataValueException.at(dataset, i, column, DataValueException.film(dataset, i) + " has "
                        + column.symbol() + " = " + DataValueException.number(values[i]) + ", and the test analyses"
                        + " ln " + column.symbol() + ", defined only above 0: correct the value, remove the film,"
                        + " or turn the test's log transform off (parameter logTransform: false) in the workflow");
            }
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }
}
