// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.math.BigDecimal;

/**
 * A value of the data that a contribution cannot compute with (the log of a zero RD, say, or a
 * column or the data as a whole: a condition at too few levels for a quadratic model), found
 * only once the values are read, while the step runs: configure sees columns, not values. It is
 * the user's to correct, like an {@link InputException}, not a failure of the contribution, so the
 * engine reports it in the same words (file, row, column) and the command line exits as for bad
 * input. Contributions throw it from their computing methods, which declare no checked exceptions.
 */
public final class DataValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private DataValueException(InputException where) {
        super(where.getMessage(), where);
    }

    /**
     * @param data the data set the value is in
     * @param index the value's row in {@code data} (0-based)
     * @param column the value's column
     * @param message what is wrong with the value and what to change, in the user's terms
     */
    public static DataValueException at(Dataset data, int index, Column column, String message) {
        return new DataValueException(InputException.at(data.source(), data.sourceRow(index), column.header(),
                message));
    }

    /**
     * A column as a whole that a contribution cannot compute with (a condition at too few levels for
     * the model asked for, say).
     */
    public static DataValueException inColumn(Dataset data, Column column, String message) {
        return new DataValueException(InputException.at(data.source(), 0, column.header(), message));
    }

    /** The data as a whole (conditions that vary together, say). */
    public static DataValueException inData(Dataset data, String message) {
        return new DataValueException(InputException.inFile(data.source(), message));
    }

    /** Where the value is: the file, its row and column. */
    public InputException input() {
        return (InputException) getCause();
    }

    /**
     * The film of row {@code index} as a message names it: "film S006", or "the film" when the data
     * have no label column (the row number already says which).
     */
    public static String film(Dataset data, int index) {
        String label = data.rowLabels().get(index);
        return label.equals("row " + data.sourceRow(index)) ? "the film" : "film " + label;
    }

    /** A value as a person would write it: 0 rather than 0.0. */
    public static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }
}
