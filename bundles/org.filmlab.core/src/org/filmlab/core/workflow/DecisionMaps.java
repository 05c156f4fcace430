// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;

import org.filmlab.core.step.ResultPart;

/**
 * The classifier's predictions over a grid of two conditions, one panel per level of a third
 * (the paper's decision maps over L:S × X:B for each P%), and the process window read from them.
 *
 * @param x the condition on the horizontal axis
 * @param y the condition on the vertical axis
 * @param panel the condition that changes between panels, or {@code ""}
 * @param xs the grid's x values, ascending
 * @param ys the grid's y values, ascending
 * @param held other features held at their median, as "key=value", if the classifier has more
 * @param panels one per level
 * @param window where the good class is predicted, or {@code null} when no class is good by the
 *        workflow's quality rule (then {@code noWindow} says why)
 * @param noWindow why there is no window, or {@code ""}
 * @param labels what each class number means (index = class − 1)
 * @param title what the maps show ("Decision maps of the classifier", "σN-only classes")
 * @param measuredLevels the levels of the panel condition films were made at, ascending; empty
 *        without a panel, and in results written before FilmLab recorded them
 */
public record DecisionMaps(String x, String y, String panel, double[] xs, double[] ys, List<String> held,
        List<Panel> panels, ProcessWindow window, String noWindow, List<String> labels, String title,
        double[] measuredLevels) implements ResultPart {

    public DecisionMaps {
        measuredLevels = measuredLevels == null ? new double[0] : measuredLevels;
    }

    /** Maps that do not say which levels films were made at, as results were before FilmLab recorded them. */
    public DecisionMaps(String x, String y, String panel, double[] xs, double[] ys, List<String> held,
            List<Panel> panels, ProcessWindow window, String noWindow, List<String> labels, String title) {
        this(x, y, panel, xs, ys, held, panels, window, noWindow, labels, title, null);
    }

    /** How the films back this panel's level. */
    public LevelSupport support(Panel p) {
        return LevelSupport.of(p.level(), p.measured(), measuredLevels);
    }

    /** How the films back this window's level. */
    public LevelSupport support(PanelWindow w) {
        return LevelSupport.of(w.level(), w.measured(), measuredLevels);
    }

    /** The levels of the panels beyond every level films were made at, which the overall window leaves out. */
    public List<Double> extrapolatedLevels() {
        return panels.stream().filter(p -> support(p) == LevelSupport.EXTRAPOLATED).map(Panel::level).toList();
    }

    /**
     * @param level the panel condition's value
     * @param measured whether films were made at this level (else it is interpolated or extrapolated:
     *        {@link DecisionMaps#support(Panel)})
     * @param classes [y index][x index] predicted class number
     * @param margins [y index][x index] the prediction's margin (best minus second score)
     * @param probabilities [y index][x index] the classifier's score for the class it predicts (its
     *        probability for classifiers that give one); empty in results written before FilmLab drew it
     * @param agreement [y index][x index] the share of the cross-validation models (the first repeat's
     *        folds) that predict the same class as the final model; empty when there are none
     * @param region the measured region the most robust recipe is chosen in: the vertices of the convex
     *        hull of the films' (x, y) at this level (at an interpolated level, at the measured levels
     *        either side), counter-clockwise; empty when those films span no area
     */
    public record Panel(double level, boolean measured, int[][] classes, double[][] margins,
            double[][] probabilities, double[][] agreement, double[][] region) {

        public Panel {
            probabilities = probabilities == null ? new double[0][] : probabilities;
            agreement = agreement == null ? new double[0][] : agreement;
            region = region == null ? new double[0][] : region;
        }

        /** A panel of classes and margins only, as maps were before they carried their uncertainty. */
        public Panel(double level, boolean measured, int[][] classes, double[][] margins) {
            this(level, measured, classes, margins, null, null, null);
        }
    }

    /**
     * Where the window class is predicted: the best class the workflow's quality rule calls good.
     * The overall figures ({@code points} and the means) leave out the panels at extrapolated levels,
     * where no film backs the prediction; each panel still has its own {@link PanelWindow}.
     *
     * @param windowClass the class the window is for
     * @param criterion why that class is good, as the rule states it
     * @param panels per panel level
     * @param points grid points predicted the window class over the panels not extrapolated
     * @param xMean mean x of those points
     * @param xSd standard deviation of x over those points (the paper's "L:S ≈ 0.92 ± 0.23")
     * @param yMean mean y
     * @param ySd standard deviation of y
     * @param robustRule how the most robust recipe of each panel was chosen, in words
     */
    public record ProcessWindow(int windowClass, String criterion, List<PanelWindow> panels, int points, double xMean, double xSd,
            double yMean, double ySd, String robustRule) {

        public ProcessWindow {
            robustRule = robustRule == null ? "" : robustRule;
        }
    }

    /**
     * The window in one panel. Ranges are empty ({@code points == 0}) when the class is never
     * predicted at that level.
     *
     * @param level the panel condition's value
     * @param measured whether films were made at this level
     * @param points grid points predicted the window class
     * @param fraction their share of the panel
     * @param xMin smallest x predicted the window class
     * @param xMax largest x
     * @param yMin smallest y
     * @param yMax largest y
     * @param robustX x of the most robust recipe: the window point inside the measured region farthest
     *        from both any other class and the region's edge
     * @param robustY y of that recipe
     * @param robustDistance that distance, the smaller of the two, in grid-range units (0..√2)
     * @param robustMargin the classifier's margin at that recipe
     * @param robustInside whether the recipe lies inside the measured region; false when no window point
     *        does, and the recipe is then the window point farthest from any other class
     */
    public record PanelWindow(double level, boolean measured, int points, double fraction, double xMin, double xMax,
            double yMin, double yMax, double robustX, double robustY, double robustDistance, double robustMargin,
            boolean robustInside) {
    }
}
