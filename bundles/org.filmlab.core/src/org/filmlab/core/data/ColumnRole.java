// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

/**
 * What a column of a data set means to an analysis.
 */
public enum ColumnRole {
    /** A manufacturing condition the experimenter set (P%, L:S, X:B): the classifier's input. */
    CONDITION,
    /** A measured property of the film (thickness, ρ, Ω, σN, DoT, RD): what the classes are built from. */
    PROPERTY,
    /** A label that names a row (film number); kept for reports, never analysed. */
    ID,
    /** Read but not used. */
    IGNORED
}
