// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal.report;

import java.util.List;

import org.filmlab.regression.PropertyMaps;
import org.filmlab.report.charts.HeatMaps;

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

    /** The sd of a single film's value predicted at each point: √(se² + s²), s the residual sd. */
    static double[][] predictionSd(PropertyMaps.Panel panel, double residualSd) {
        double[][] se = panel.sd();
        double[][] out = new double[se.length][];
        for (int j = 0; j < se.length; j++) {
            out[j] = new double[se[j].length];
            for (int i = 0; i < se[j].length; i++) {
                out[j][i] = Math.sqrt(se[j][i] * se[j][i] + residualSd * residualSd);
            }
        }
        return out;
    }

    /** The extreme of the means (or the standard errors) of the given panels, the maximum for sign 1. */
    static double extreme(List<PropertyMaps.Panel> panels, boolean sd, int sign) {
        return HeatMaps.extreme(panels.stream().map(p -> sd ? p.sd() : p.mean()).toList(), sign);
    }
}
