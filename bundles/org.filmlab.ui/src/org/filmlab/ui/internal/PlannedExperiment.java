// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

/**
 * A film the user means to make next, picked on a decision map: its three conditions, the class the
 * classifier predicts there and the classifier's margin (how sure it is).
 *
 * @param dataset the file name of the data set the map was drawn from: a list kept across runs and
 *        restarts mixes data sets, and a film planned on one says nothing about another
 * @param panel the panel condition's key ({@code "P"}), or {@code ""} for a single map
 * @param level its value at the picked panel
 * @param measured whether films were made at that level (else the panel was interpolated)
 * @param x the key of the map's x condition ({@code "LS"})
 * @param xValue its value
 * @param y the key of the map's y condition ({@code "XB"})
 * @param yValue its value
 * @param predictedClass the class predicted there
 * @param classLabel that class's label
 * @param margin the classifier's margin there
 */
record PlannedExperiment(String dataset, String panel, double level, boolean measured, String x, double xValue, String y,
        double yValue, int predictedClass, String classLabel, double margin) {
}
