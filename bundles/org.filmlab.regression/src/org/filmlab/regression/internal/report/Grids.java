// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal.report;

import java.util.List;

import org.filmlab.regression.PropertyMaps;

/** The extremes of a property's maps, over all its panels: for scales and tables. */
final class Grids {

    private Grids() {
    }

    static double min(PropertyMaps.Property p, boolean sd) {
        return extreme(p.panels(), sd, -1);
    }

    static double max(PropertyMaps.Property p, boolean sd) {
        return extreme(p.panels(), sd, 1);
    }

    /** The extreme of the means (or the standard errors) of the given panels, the maximum for sign 1. */
    static double extreme(List<PropertyMaps.Panel> panels, boolean sd, int sign) {
        double best = Double.NEGATIVE_INFINITY;
        for (PropertyMaps.Panel panel : panels) {
            for (double[] row : sd ? panel.sd() : panel.mean()) {
                for (double v : row) {
                    best = Math.max(best, sign * v);
                }
            }
        }
        return sign * best;
    }
}
