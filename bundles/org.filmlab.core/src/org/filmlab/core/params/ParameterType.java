// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.params;

/** The kinds of value a contribution's parameter takes; the UI builds its field from it. */
public enum ParameterType {
    /** A whole number within optional bounds. */
    INTEGER,
    /** A finite real number within optional bounds. */
    REAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of a fixed list of words. */
    CHOICE,
    /** Free text (a column name, say). */
    TEXT
}
