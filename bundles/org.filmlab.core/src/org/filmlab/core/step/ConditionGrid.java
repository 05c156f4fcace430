// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.Arrays;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterValues;

/**
 * A grid over two conditions, one panel per level of a third: where decision maps and property maps
 * are drawn (the paper's L:S × X:B per P%). Each axis spans the measured range in {@code resolution}
 * steps; the panel levels are the ones named, else the measured ones. A level named beyond every
 * measured one is mapped too, and every view calls it extrapolated ({@code LevelSupport}).
 * Steps that map declare {@link #settings} among their own and build the grid with {@link #of}.
 *
 * @param x the condition on the horizontal axis
 * @param y the condition on the vertical axis
 * @param panel the condition that changes between panels, or {@code ""} for one panel
 * @param xs the x values, ascending
 * @param ys the y values, ascending
 * @param levels the panel levels, or empty when there is no panel
 * @param measured the levels of the panel condition films were made at, ascending
 */
public record ConditionGrid(String x, String y, String panel, double[] xs, double[] ys, double[] levels,
        double[] measured) {

    /** The settings of a grid, with the axes a workflow uses when it names none. */
    public static Parameter[] settings(String x, String y, String panel) {
        return new Parameter[] {
            Parameter.text("x", "Horizontal axis", "The condition on the map's x axis.", x),
            Parameter.text("y", "Vertical axis", "The condition on the map's y axis.", y),
            Parameter.text("panel", "Panels", "The condition that changes from panel to panel; empty for one panel.",
                    panel),
            Parameter.text("panelLevels", "Panel levels", "Comma-separated levels of the panel condition, measured"
                    + " or interpolated (a level beyond the measured ones is mapped and called extrapolated); empty"
                    + " for the measured levels.", ""),
            Parameter.integer("resolution", "Resolution", "Grid points along each axis.", 41, 5, 401)};
    }

    /**
     * The grid the resolved {@link #settings} give on this data. The axes and the panel must be
     * columns of the data (configure checks that, with {@link #levels} for the levels).
     */
    public static ConditionGrid of(ParameterValues s, Dataset data) {
        String x = s.getString("x").strip();
        String y = s.getString("y").strip();
        String panel = s.getString("panel").strip();
        int n = s.getInt("resolution");
        double[] xs = axis(data.column(x).orElseThrow().values(), n);
        double[] ys = axis(data.column(y).orElseThrow().values(), n);
        if (panel.isEmpty()) {
            return new ConditionGrid(x, y, panel, xs, ys, new double[0], new double[0]);
        }
        double[] measured = Arrays.stream(data.column(panel).orElseThrow().values()).distinct().sorted().toArray();
        double[] given = levels(s.getString("panelLevels"));
        return new ConditionGrid(x, y, panel, xs, ys, given.length > 0 ? given : measured, measured);
    }

    /** Whether films were made at this panel level (else the level is interpolated). */
    public boolean isMeasured(double level) {
        return Arrays.stream(measured).anyMatch(m -> m == level);
    }

    /**
     * The check every step declaring {@link #settings} makes of them: a {@code panelLevels} that is not
     * a comma-separated list of numbers is a problem of that setting.
     */
    public static void checkLevels(StepConfiguration c) {
        String text = c.settings().getString("panelLevels");
        try {
            levels(text);
        } catch (NumberFormatException e) {
            c.problem("panelLevels", "'" + text + "' is not a comma-separated list of numbers");
        }
    }

    /**
     * Comma-separated numbers, as the {@code panelLevels} setting holds them.
     *
     * @throws NumberFormatException for anything else
     */
    public static double[] levels(String text) {
        if (text.isBlank()) {
            return new double[0];
        }
        return Arrays.stream(text.split(",")).mapToDouble(t -> {
            double v = Double.parseDouble(t.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(t);
            }
            return v;
        }).toArray();
    }

    /** {@code n} evenly spaced values over the measured range. */
    private static double[] axis(double[] values, int n) {
        double lo = Arrays.stream(values).min().orElseThrow();
        double hi = Arrays.stream(values).max().orElseThrow();
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = lo + (hi - lo) * i / (n - 1);
        }
        return g;
    }
}
