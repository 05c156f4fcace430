// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.util.Optional;

/**
 * The one documented error for bad input: a data file that cannot be read as a data set, or a
 * workflow or parameter that cannot be run. Its message names where the problem is (file, row and
 * column, or the parameter) and, where FilmLab knows it, what to change. Importers throw nothing
 * else for malformed files.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int row;
    private final String column;
    private final String parameter;

    private InputException(String source, int row, String column, String parameter, String message, Throwable cause) {
        super(compose(source, row, column, parameter, message), cause);
        this.source = source;
        this.row = row;
        this.column = column;
        this.parameter = parameter;
    }

    /** A problem with a file as a whole (empty, unreadable, not the format it claims). */
    public static InputException inFile(String file, String message) {
        return new InputException(file, 0, null, null, message, null);
    }

    /** A problem with a file as a whole, caused by a library exception. */
    public static InputException inFile(String file, String message, Throwable cause) {
        return new InputException(file, 0, null, null, message, cause);
    }

    /**
     * A problem at one place of a file.
     *
     * @param row the row as the user sees it (the line number of a text file, the row number of
     *        a sheet), or 0 if the problem is not tied to a row
     * @param column the column header, or {@code null}
     */
    public static InputException at(String file, int row, String column, String message) {
        return new InputException(file, row, column, null, message, null);
    }

    /** A problem with a parameter of a workflow or of the command line. */
    public static InputException inParameter(String parameter, String message) {
        return new InputException(null, 0, null, parameter, message, null);
    }

    /** The file the problem is in, if it is in one. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The row the problem is in, or 0. */
    public int row() {
        return row;
    }

    /** The column the problem is in, if any. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** The parameter the problem is with, if any. */
    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }

    private static String compose(String source, int row, String column, String parameter, String message) {
        StringBuilder where = new StringBuilder();
        if (source != null) {
            where.append(source);
        }
        if (row > 0) {
            where.append(where.length() > 0 ? ", " : "").append("row ").append(row);
        }
        if (column != null) {
            where.append(where.length() > 0 ? ", " : "").append("column '").append(column).append('\'');
        }
        if (parameter != null) {
            where.append(where.length() > 0 ? ", " : "").append("parameter '").append(parameter).append('\'');
        }
        return where.length() == 0 ? message : where + ": " + message;
    }
}
