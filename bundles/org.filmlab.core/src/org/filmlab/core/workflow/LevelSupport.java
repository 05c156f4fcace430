// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Locale;

/**
 * How the films back a map's panel level: made at it, made either side of it, or made only on one
 * side. A map at a level beyond every level made (P% = 10 from films at 3 to 7) shows where the
 * model extrapolates, which no film supports; every view names it so.
 */
public enum LevelSupport {

    /** Films were made at this level. */
    MEASURED,
    /** No film was made at this level, but some were below it and some above: the model interpolates. */
    INTERPOLATED,
    /** Every film was made below this level, or every film above it: the model extrapolates. */
    EXTRAPOLATED;

    /**
     * @param level the panel condition's value
     * @param measured whether films were made at {@code level}
     * @param measuredLevels the levels films were made at, ascending; empty when unknown (results
     *        written before FilmLab recorded them), which makes an unmeasured level interpolated, as
     *        those results said
     */
    public static LevelSupport of(double level, boolean measured, double[] measuredLevels) {
        if (measured) {
            return MEASURED;
        }
        boolean beyond = measuredLevels.length > 0
                && (level < measuredLevels[0] || level > measuredLevels[measuredLevels.length - 1]);
        return beyond ? EXTRAPOLATED : INTERPOLATED;
    }

    /** The word every view shows beside the level: "measured", "interpolated", "extrapolated". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
