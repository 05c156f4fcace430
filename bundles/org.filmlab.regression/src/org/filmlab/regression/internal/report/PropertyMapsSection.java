// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.regression.PropertyMaps;
import org.filmlab.report.sections.DataLabels;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/**
 * The report section of property maps: per property, how well the regression fits and its predicted
 * mean as a heat map at the measured levels of the panel condition. Loaded only by the report, so the
 * step itself runs where the report is not installed.
 */
public final class PropertyMapsSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer,
            ResultPart part) {
        PropertyMaps maps = (PropertyMaps) part;
        DataLabels labels = DataLabels.of(results);
        String x = labels.symbol(maps.x());
        String y = labels.symbol(maps.y());
        String panelSymbol = labels.symbol(maps.panel());
        out.title("Property maps: " + maps.model() + " least squares on the conditions (" + producer.label() + ")");
        out.paragraph("Each property is fitted by ordinary least squares on the standardized conditions (terms: "
                + String.join(", ", maps.features()) + ", and an intercept) and predicted over " + x + " × " + y
                + (maps.panel().isEmpty() ? "" : ", one panel per level of " + panelSymbol)
                + ", any other condition held at its median. Two uncertainties are drawn: the standard error of the"
                + " predicted mean (se, the table's), and the prediction sd of a single film, √(se² + s²) with s the"
                + " residual sd; both grow away from the measured recipes.");
        for (PropertyMaps.Property p : maps.properties()) {
            String property = labels.symbol(p.key());
            out.heading(property);
            out.table(List.of("R²", "residual sd", "predicted mean", "largest standard error"),
                    List.of(List.of(number(p.rSquared()), number(p.residualSd()),
                            number(Grids.min(p, false)) + " – " + number(Grids.max(p, false)),
                            number(Grids.max(p, true)))));
            String name = "property-map-" + p.key().replaceAll("[^A-Za-z0-9]+", "-");
            List<PropertyMaps.Panel> measured = p.panels().stream().filter(PropertyMaps.Panel::measured).toList();
            if (measured.isEmpty()) {
                out.notDrawn(name, "no panel of " + property + " is at a measured level of " + panelSymbol);
                continue;
            }
            // Wide enough per panel for its axis title, "L:S (µL/mg), P% = 3 wt%".
            int width = 200 * measured.size() + 120;
            out.figure(name, "Predicted " + property, "The predicted mean of " + property + " ("
                    + maps.model() + " least squares, R² " + number(p.rSquared()) + ")"
                    + (maps.panel().isEmpty() ? "" : " at the measured levels of " + panelSymbol) + ".",
                    PropertyMapChart.of(maps, labels, p.key(), measured), width, 260);
            out.figure(name + "-sd", "Prediction sd of " + property, "The standard deviation of one film's " + property
                    + " predicted at each recipe, √(se² + s²): se the standard error of the predicted mean, s = "
                    + number(p.residualSd()) + " the residual sd. Lowest among the measured recipes, growing away from"
                    + " them" + (maps.panel().isEmpty() ? "" : "; at the measured levels of " + panelSymbol) + ".",
                    PropertyMapChart.of(maps, labels, p.key(), measured, true, p.residualSd()), width, 260);
            if (!maps.panel().isEmpty() && p.panels().size() > 1) {
                List<ReportSection.Frame> frames = new ArrayList<>();
                for (PropertyMaps.Panel panel : p.panels()) {
                    String level = labels.level(maps.panel(), panel.level()) + " (" + maps.support(panel).word() + ")";
                    frames.add(new ReportSection.Frame(level, PropertyMapChart.frame(maps, labels, p, panel)));
                }
                out.frames(name + "-movie", "Movie: predicted " + property + " across " + panelSymbol, "The fitted"
                        + " maps one level of " + panelSymbol + " at a time, as each level's label says (the paper's"
                        + " Movies S1–S3 as fitted maps): the predicted mean beside its prediction sd, on the scales of"
                        + " all levels. Press Play, or move the slider.", panelSymbol, frames, 560, 300);
            }
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
