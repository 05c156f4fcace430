// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The report's charts and class colours for other programs (the desktop), built from a results.json
 * tree: {@link org.filmlab.report.charts.FilmLabCharts} and {@link org.filmlab.report.charts.Palette}; the
 * heat maps both draw, {@link org.filmlab.report.charts.HeatMaps}.
 */
package org.filmlab.report.charts;
