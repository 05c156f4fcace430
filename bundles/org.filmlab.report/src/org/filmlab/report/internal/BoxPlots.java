// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.workflow.Parts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/** Box plots of a property per quality class (the paper's Figure 2c/2d and one per property). */
public final class BoxPlots {

    private BoxPlots() {
    }

    /** The file name of a property's box plot: the paper's panels keep their figure numbers. */
    static String name(String key) {
        return switch (key) {
            case "sigmaN" -> "fig2c-box-sigmaN";
            case "RD" -> "fig2d-box-RD";
            default -> "box-" + Html.id(key);
        };
    }

    static Figure boxPlot(Study study, Study.Column property) {
        String name = name(property.key());
        List<Integer> ids = study.classIds();
        String test = kruskalWallis(study, property);
        JFreeChart chart = boxPlotChart(study, property);
        List<String> labels = ids.stream().map(study::classLabel).toList();
        String title = switch (property.key()) {
            case "sigmaN" -> "Figure 2c. ";
            case "RD" -> "Figure 2d. ";
            default -> "";
        } + property.symbol() + " per quality class";
        return new Figure(name, title,
                property.header() + " of the films of each quality class (" + String.join("; ", labels)
                        + "): box from the first to the third quartile, line at the median, "
                        + "whiskers to the farthest value within 1.5 IQR, outliers beyond. " + test + ".",
                520, 440, (g2, area) -> chart.draw(g2, area));
    }

    /** The first test across the classes with a row for the property, as "Title: H = …, df = …, p = …". */
    private static String kruskalWallis(Study study, Study.Column property) {
        for (TestResult t : study.results().all(Parts.TEST)) {
            for (TestResult.Row row : t.rows()) {
                if (row.term().equals(property.key())) {
                    return t.title() + ": " + String.join(", ", row.statistics().entrySet().stream()
                            .map(s -> s.getKey() + " = " + (s.getKey().equals("p") ? Html.p(s.getValue())
                                    : Html.number(s.getValue(), 4))).toList());
                }
            }
        }
        return "no test across the classes for this property in the results";
    }

    /** A property's box plot per class with the first test of it across the classes as subtitle; one category per class. */
    public static JFreeChart boxPlotChart(Study study, Study.Column property) {
        String name = name(property.key());
        double[] values = study.values(property.key());
        int[] classes = study.classAssignment();
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        List<Integer> ids = study.classIds();
        for (int c : ids) {
            List<Double> inClass = new ArrayList<>();
            for (int r = 0; r < values.length; r++) {
                if (classes[r] == c && !Double.isNaN(values[r])) {
                    inClass.add(values[r]);
                }
            }
            data.add(inClass, "films", "class " + c);
        }
        BoxAndWhiskerRenderer renderer = new GroupedBoxRenderer(name, ids);
        renderer.setFillBox(true);
        // JFreeChart sizes the mean marker by the box width, which hides the median in wide boxes.
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setMaximumBarWidth(0.6);
        renderer.setItemMargin(0);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setDefaultOutlinePaint(Color.DARK_GRAY);
        CategoryAxis x = new CategoryAxis("quality class");
        CategoryPlot plot = new CategoryPlot(data, x, Charts.axis(property.axisLabel()), renderer);
        JFreeChart chart = Charts.chart(property.symbol() + " by quality class", plot, false);
        Charts.subtitle(chart, kruskalWallis(study, property));
        return chart;
    }

    /**
     * Colours each class's box with the class colour and puts it in its own SVG group so that readers
     * and tests can find it.
     */
    private static final class GroupedBoxRenderer extends BoxAndWhiskerRenderer {

        private static final long serialVersionUID = 1L;

        private final String figure;
        private final List<Integer> classIds;

        GroupedBoxRenderer(String figure, List<Integer> classIds) {
            this.figure = figure;
            this.classIds = List.copyOf(classIds);
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            return Study.classColour(classIds.get(column));
        }

        @Override
        public void drawVerticalItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                int column) {
            Charts.beginGroup(g2, figure + "-box-" + Html.id(dataset.getColumnKey(column).toString()));
            super.drawVerticalItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column);
            Charts.endGroup(g2);
        }
    }
}
