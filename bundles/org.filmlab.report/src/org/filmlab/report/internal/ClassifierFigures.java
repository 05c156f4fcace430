// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

import org.filmlab.core.workflow.ClassifierEvaluation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/** The classifier's figures: confusion matrix of the split, CV macro-F1 spread, F1 per class. */
public final class ClassifierFigures {

    private ClassifierFigures() {
    }

    /** White to dark blue by the share of the true class's films in a cell. */
    private record Shares(double upper) implements PaintScale {

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, value));
            return new Color((int) Math.round(255 - 225 * t), (int) Math.round(255 - 155 * t),
                    (int) Math.round(255 - 75 * t));
        }
    }

    /** The confusion figure's chart. */
    public static JFreeChart confusionChart(Study study, ClassifierEvaluation evaluation) {
        ClassifierEvaluation.Split split = evaluation.split();
        int[][] matrix = split.confusion();
        int k = matrix.length;
        List<Integer> ids = study.classIds();
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            names[c] = c < ids.size() ? "class " + ids.get(c) : "class " + (c + 1);
        }
        double[][] s = new double[3][k * k];
        DefaultXYZDataset data = new DefaultXYZDataset();
        int n = 0;
        int[][] counts = new int[k][];
        for (int a = 0; a < k; a++) {
            counts[a] = matrix[a];
            if (counts[a].length != k) {
                throw new Node.Malformed("classifierEvaluation.split.confusion[" + a + "]", "has " + counts[a].length + " columns for " + k + " classes");
            }
        }
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(new Shares(1));
        SymbolAxis predicted = new SymbolAxis("predicted class", names);
        SymbolAxis actual = new SymbolAxis("true class", names);
        predicted.setLabelFont(Charts.LABEL);
        actual.setLabelFont(Charts.LABEL);
        predicted.setTickLabelFont(Charts.TICK);
        actual.setTickLabelFont(Charts.TICK);
        predicted.setGridBandsVisible(false);
        actual.setGridBandsVisible(false);
        // True class 1 at the top, as confusion matrices are printed.
        actual.setInverted(true);
        XYPlot plot = new XYPlot(data, predicted, actual, blocks);
        for (int a = 0; a < k; a++) {
            int total = 0;
            for (int v : counts[a]) {
                total += v;
            }
            for (int b = 0; b < k; b++) {
                double share = total == 0 ? 0 : counts[a][b] / (double) total;
                s[0][n] = b;
                s[1][n] = a;
                s[2][n] = share;
                n++;
                XYTextAnnotation label = new XYTextAnnotation(Integer.toString(counts[a][b]), b, a);
                label.setFont(new Font("SansSerif", Font.BOLD, 16));
                label.setPaint(share > 0.55 ? Color.WHITE : Color.BLACK);
                label.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(label);
            }
        }
        data.addSeries("confusion", s);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = Charts.chart("Confusion matrix of the held-out films", plot, false);
        Charts.subtitle(chart, "test rows: " + split.testRows() + ", accuracy "
                + Html.number(split.accuracy(), 3) + ", macro-F1 " + Html.number(split.f1Macro(), 3));
        return chart;
    }

    /** The cvDistribution figure's chart. */
    public static JFreeChart cvDistributionChart(ClassifierEvaluation evaluation) {
        ClassifierEvaluation.CrossValidation cv = evaluation.cv();
        double[] f1 = cv.foldF1Macro();
        double mean = cv.f1MacroMean();
        double sd = cv.f1MacroSd();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : f1) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            lo = Math.max(0, lo - 0.05);
            hi = Math.min(1, hi + 0.05);
            if (!(hi > lo)) {
                hi = lo + 0.1;
            }
        }
        HistogramDataset data = new HistogramDataset();
        if (f1.length > 0) {
            data.addSeries("folds", f1, 12, lo, hi);
        }
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x88, 0xA8, 0xD0));
        NumberAxis count = Charts.axis("folds");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, Charts.axis("macro-F1 of a fold"), count, bars);
        IntervalMarker band = new IntervalMarker(mean - sd, mean + sd, new Color(0xFF, 0xCC, 0x88, 90));
        plot.addDomainMarker(band, Layer.BACKGROUND);
        ValueMarker line = new ValueMarker(mean, Color.BLACK, new BasicStroke(1.5f));
        line.setLabel("mean " + Html.number(mean, 3));
        line.setLabelFont(Charts.NOTE);
        line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(line);
        JFreeChart chart = Charts.chart("Cross-validated macro-F1", plot, false);
        String spread = spread(cv);
        Charts.subtitle(chart, spread);
        return chart;
    }

    private static String spread(ClassifierEvaluation.CrossValidation cv) {
        double[] f1 = cv.foldF1Macro();
        double mean = cv.f1MacroMean();
        double sd = cv.f1MacroSd();
        return cv.repeats() + " × " + cv.folds() + "-fold stratified CV: macro-F1 "
                + Html.number(mean, 3) + " ± " + Html.number(sd, 2) + " (mean ± sd over " + f1.length + " folds)";
    }

    /** The f1PerClass figure's chart. */
    public static JFreeChart f1PerClassChart(ClassifierEvaluation evaluation) {
        java.util.Map<String, Double> f1 = evaluation.split().f1();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> keys = f1.keySet().stream().sorted((a, b) -> {
            try {
                return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }).toList();
        for (String key : keys) {
            data.addValue(f1.get(key), "F1", "class " + key);
        }
        BarRenderer bars = new BarRenderer() {

            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                try {
                    return Study.classColour(Integer.parseInt(keys.get(column)));
                } catch (NumberFormatException e) {
                    return Color.GRAY;
                }
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.25);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.000", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        bars.setDefaultItemLabelFont(Charts.NOTE);
        NumberAxis axis = Charts.axis("F1 on the held-out films");
        axis.setRange(0, 1.05);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("quality class"), axis, bars);
        JFreeChart chart = Charts.chart("F1 per class", plot, false);
        Charts.subtitle(chart, "macro-F1 " + Html.number(evaluation.split().f1Macro(), 3));
        return chart;
    }

    static Figure confusion(Study study, ClassifierEvaluation evaluation) {
        JFreeChart chart = confusionChart(study, evaluation);
        return new Figure("confusion-matrix", "Confusion matrix (stratified split)",
                "Films of the held-out test set by true class (rows) and predicted class (columns); the number is "
                        + "the count of films, the shade the share of the row's films.",
                480, 460, (g2, area) -> chart.draw(g2, area));
    }

    static Figure cvDistribution(ClassifierEvaluation evaluation) {
        JFreeChart chart = cvDistributionChart(evaluation);
        String spread = spread(evaluation.cv());
        return new Figure("cv-f1-distribution", "Distribution of the cross-validated macro-F1",
                "Histogram of the macro-F1 of every fold; the line marks the mean and the shaded band mean ± sd. "
                        + spread + ".",
                560, 400, (g2, area) -> chart.draw(g2, area));
    }

    static Figure f1PerClass(ClassifierEvaluation evaluation) {
        JFreeChart chart = f1PerClassChart(evaluation);
        return new Figure("f1-per-class", "F1 per quality class (stratified split)",
                "F1 score of each class on the held-out test films; the macro-F1 is their unweighted mean.",
                480, 380, (g2, area) -> chart.draw(g2, area));
    }
}
