// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.report.sections.ReportSection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;

/** Records what a section writes; draws each figure once, so that a chart that cannot be drawn fails. */
final class FakeSection implements ReportSection {

    final List<String> text = new ArrayList<>();
    /** Every axis title of every figure: the plots' and the colour scales'. */
    final List<String> axes = new ArrayList<>();
    int figures;

    @Override
    public void title(String t) {
        text.add("title: " + t);
    }

    @Override
    public void heading(String t) {
        text.add("heading: " + t);
    }

    @Override
    public void paragraph(String t) {
        text.add(t);
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        rows.forEach(r -> {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + r.size() + " cells under " + header);
            }
        });
        text.add("table: " + header + " " + rows);
    }

    @Override
    public void figure(String name, String title, String caption, JFreeChart chart, int width, int height) {
        chart.createBufferedImage(width, height);
        figures++;
        text.add("figure: " + title);
        if (chart.getPlot() instanceof CombinedRangeXYPlot combined) {
            axes.add(combined.getRangeAxis().getLabel());
            for (XYPlot plot : combined.getSubplots()) {
                axes.add(plot.getDomainAxis().getLabel());
            }
        }
        chart.getSubtitles().stream().filter(PaintScaleLegend.class::isInstance)
                .map(t -> ((PaintScaleLegend) t).getAxis()).map(Axis::getLabel).forEach(axes::add);
    }

    @Override
    public void notDrawn(String name, String why) {
        text.add("not drawn: " + name + ": " + why);
    }
}
