// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.filmlab.clustercount.KChoice;
import org.filmlab.report.charts.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The figures of a choice of k, for the report and the desktop alike: the diagnostics against k
 * (elbow, mean silhouette, gap with its standard error, stability) and the per-film silhouettes of
 * one k. The chosen k is marked on every panel.
 */
public final class KChoiceCharts {

    private KChoiceCharts() {
    }

    /** Four panels sharing the k axis: W_k, mean silhouette, Gap(k) ± s_k, adjusted Rand indices. */
    public static JFreeChart diagnostics(KChoice choice) {
        NumberAxis k = new NumberAxis("k (number of clusters)");
        k.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        k.setRange(choice.candidates().get(0).k() - 0.5, choice.candidates().get(choice.candidates().size() - 1).k() + 0.5);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(k);
        XYSeries sse = new XYSeries("W_k (SSE)");
        XYSeries silhouette = new XYSeries("mean silhouette");
        YIntervalSeries gap = new YIntervalSeries("Gap(k) ± s_k");
        XYSeries seeds = new XYSeries("ARI, other seeds");
        XYSeries boot = new XYSeries("ARI, bootstrap");
        for (KChoice.Candidate c : choice.candidates()) {
            sse.add(c.k(), c.withinSumOfSquares());
            silhouette.add(c.k(), c.silhouette());
            gap.add(c.k(), c.gap(), c.gap() - c.gapSe(), c.gap() + c.gapSe());
            if (choice.seeds() > 0) {
                seeds.add(c.k(), c.seedAgreement());
            }
            if (choice.bootstraps() > 0) {
                boot.add(c.k(), c.bootstrapAgreement());
            }
        }
        combined.add(lines("W_k (elbow)", new XYSeriesCollection(sse), choice.chosen()), 1);
        combined.add(lines("silhouette", new XYSeriesCollection(silhouette), choice.chosen()), 1);
        YIntervalSeriesCollection gaps = new YIntervalSeriesCollection();
        gaps.addSeries(gap);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDefaultShapesVisible(true);
        errors.setDefaultLinesVisible(true);
        errors.setSeriesPaint(0, Palette.classColour(1));
        XYPlot gapPlot = new XYPlot(gaps, null, axis("gap"), errors);
        mark(gapPlot, choice.chosen());
        combined.add(gapPlot, 1);
        XYSeriesCollection stability = new XYSeriesCollection();
        stability.addSeries(seeds);
        stability.addSeries(boot);
        XYPlot ari = lines("ARI", stability, choice.chosen());
        ari.getRangeAxis().setRange(-0.05, 1.05);
        combined.add(ari, 1);
        combined.setGap(8);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Each film's silhouette width at the given k, as bars grouped by cluster and sorted within it
     * (Rousseeuw's silhouette plot); films below zero sit closer to another cluster than to their own.
     */
    public static JFreeChart silhouettes(KChoice choice, int kShown) {
        KChoice.Candidate c = choice.candidates().stream().filter(x -> x.k() == kShown).findFirst().orElseThrow();
        int[] assignment = c.assignment();
        double[] w = c.filmSilhouettes();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            order.add(i);
        }
        Comparator<Integer> byCluster = Comparator.comparingInt(i -> assignment[i]);
        order.sort(byCluster.thenComparing(i -> -w[i]));
        XYSeriesCollection bars = new XYSeriesCollection();
        List<XYSeries> series = new ArrayList<>();
        for (int pos = 0; pos < order.size(); pos++) {
            int film = order.get(pos);
            int cluster = assignment[film];
            while (series.size() <= cluster) {
                series.add(new XYSeries("cluster " + (series.size() + 1)));
            }
            series.get(cluster).add(pos + 1, w[film]);
        }
        series.forEach(bars::addSeries);
        XYBarRenderer renderer = new XYBarRenderer(0.1);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, Palette.classColour(s + 1));
        }
        NumberAxis films = new NumberAxis("films, by cluster, widest first");
        films.setTickLabelsVisible(false);
        XYPlot plot = new XYPlot(bars, films, axis("silhouette width"), renderer);
        plot.getRangeAxis().setRange(Math.min(-0.1, min(w) - 0.05), 1.0);
        ValueMarker mean = new ValueMarker(c.silhouette(), Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        mean.setLabel(String.format(java.util.Locale.ROOT, "mean %.3f", c.silhouette()));
        plot.addRangeMarker(mean);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot lines(String label, XYSeriesCollection data, int chosen) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            r.setSeriesPaint(s, Palette.classColour(s + 1));
        }
        XYPlot plot = new XYPlot(data, null, axis(label), r);
        mark(plot, chosen);
        return plot;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static void mark(XYPlot plot, int chosen) {
        plot.addDomainMarker(new ValueMarker(chosen, Color.GRAY, new BasicStroke(1.5f)));
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }
}
