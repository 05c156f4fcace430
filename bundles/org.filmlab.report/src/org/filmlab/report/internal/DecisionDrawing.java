// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.LevelSupport;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.report.charts.Palette;
import org.filmlab.report.charts.Viridis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.util.ShapeUtils;

/**
 * What every drawing of one set of decision maps shares: the colours of the predicted classes,
 * lighter where the classifier's probability for the class is lower, the CV-agreement scale, the
 * legends and a fresh chart per level (charts are drawn on several threads, so none is shared).
 */
final class DecisionDrawing {

    private static final int TOP = Palette.PROBABILITY_BANDS.length;

    static final String AGREEMENT_CAPTION = "The share of the cross-validation models (the folds of the first"
            + " repeat, each trained on the other folds' films) that predict the class the final model predicts at"
            + " each grid point: 1 where all agree, low near class boundaries and far from the films. Dots: the films"
            + " measured at that level, coloured by quality class.";

    private final Study study;
    private final DecisionMaps map;
    private final String name;
    private final boolean classTints;
    private final Optional<NextExperiments> next;
    private final LookupPaintScale scale;
    private final Viridis agreementScale = new Viridis(0, 1, 10);
    private final List<Charts.Swatch> swatches = new ArrayList<>();
    private final List<Charts.Swatch> marks = new ArrayList<>();
    private final boolean shaded;

    DecisionDrawing(Study study, DecisionMaps map, String name, boolean classTints, Optional<NextExperiments> next) {
        this.study = study;
        this.map = map;
        this.name = name;
        this.classTints = classTints;
        this.next = next;
        this.shaded = !map.panels().isEmpty() && map.panels().get(0).probabilities().length > 0;
        TreeSet<Integer> predicted = new TreeSet<>();
        for (DecisionMaps.Panel pn : map.panels()) {
            int[][] rows = pn.classes();
            if (rows.length != map.ys().length) {
                throw new Node.Malformed(name + ".classes", "has " + rows.length + " rows for " + map.ys().length + " ys");
            }
            for (int j = 0; j < rows.length; j++) {
                if (rows[j].length != map.xs().length) {
                    throw new Node.Malformed(name + ".classes[" + j + "]", "has " + rows[j].length + " classes for "
                            + map.xs().length + " xs");
                }
                for (int c : rows[j]) {
                    predicted.add(c);
                }
            }
        }
        scale = new LookupPaintScale(predicted.isEmpty() ? 0 : predicted.first() - 0.5,
                predicted.isEmpty() ? 1 : predicted.last() + 0.5, Color.WHITE);
        int shade = 0;
        for (int c : predicted) {
            Color full = classTints ? Palette.classTint(c) : MapFigures.grey(shade++, predicted.size());
            // z = class + 0.1 · band: the band's colour from just above the previous band's value.
            for (int b = 0; b <= TOP; b++) {
                scale.add(b == 0 ? c - 0.5 : c + 0.1 * b - 0.05, Palette.shade(full, b));
            }
            swatches.add(Charts.Swatch.square(full, "predicted " + Study.labelled(c, map.labels())));
        }
        for (int c : study.classIds()) {
            marks.add(Charts.Swatch.dot(Study.classColour(c), "film of class " + c));
        }
        if (map.window() != null) {
            marks.add(new Charts.Swatch(Color.WHITE, "most robust recipe", Charts.star(8)));
        }
        if (next.isPresent()) {
            marks.add(new Charts.Swatch(Color.WHITE, "next experiment", ShapeUtils.createDiamond(6)));
        }
    }


    /** The legend lines of the class maps: classes, probability bands (when drawn), marks. */
    List<List<Charts.Swatch>> classLegend() {
        List<List<Charts.Swatch>> lines = new ArrayList<>();
        lines.add(swatches);
        if (shaded) {
            Color neutral = new Color(0xA0, 0xA0, 0xA0);
            lines.add(List.of(Charts.Swatch.square(Palette.shade(neutral, 0), "class probability < 0.5"),
                    Charts.Swatch.square(Palette.shade(neutral, 1), "0.5–0.7"),
                    Charts.Swatch.square(Palette.shade(neutral, 2), "0.7–0.9"),
                    Charts.Swatch.square(Palette.shade(neutral, 3), "≥ 0.9")));
        }
        lines.add(marks);
        return lines;
    }

    List<Charts.Swatch> agreementLegend() {
        List<Charts.Swatch> out = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double share = i / 4.0;
            out.add(Charts.Swatch.square((Color) agreementScale.getPaint(Math.min(share, 0.999)),
                    (i == 0 ? "CV models agreeing: " : "") + Html.number(share, 2)));
        }
        return out;
    }

    String caption(String what) {
        MapFigures.Plane plane = new MapFigures.Plane(map.x(), map.y(), map.panel());
        Study.Column panel = study.column(plane.panel());
        Optional<DecisionMaps.ProcessWindow> window = Optional.ofNullable(map.window());
        List<String> held = map.held();
        return what + " over " + study.column(plane.x()).symbol() + " × " + study.column(plane.y()).symbol()
                + ", one panel per " + panel.symbol() + " level (" + map.panels().size() + " panels; levels with films"
                + " are marked “measured”, " + (map.panels().stream().anyMatch(p -> map.support(p)
                        == LevelSupport.EXTRAPOLATED) ? "those between them “interpolated”, those beyond them"
                                + " “extrapolated”: no film backs the classifier there" : "the others “interpolated”")
                + "), on a " + map.xs().length + " × "
                + map.ys().length + " grid" + (held.isEmpty() ? "" : "; held at their medians: " + String.join(", ",
                        held.stream().map(h -> study.column(h.split("=")[0]).symbol()).toList()))
                + (shaded ? ". Lighter where the classifier's probability for the class it predicts is lower (bands"
                        + " below 0.5, 0.5–0.7, 0.7–0.9, from 0.9)" : ". These results carry no class probabilities,"
                        + " so the map is not shaded by them")
                + ". Dots: the films measured at that level, coloured by quality class."
                + Charts.dotStrideNote(study.values(plane.panel()).length)
                + (window.isPresent() ? " Star: the most robust recipe of the process window at that level ("
                        + (window.get().robustRule().isEmpty() ? "the point of the window farthest from any other class"
                                : window.get().robustRule())
                        + "); dotted outline: that measured region. The window's class is good by the workflow's rule: "
                        + window.get().criterion() + "." : "")
                + (next.isPresent() ? " Diamonds: next experiments at that level (recipes the classifier is least sure of)."
                        : "");
    }

    /** The predicted class at level {@code k}, shaded by probability, with films, robust recipe and next experiments. */
    JFreeChart classPanel(int k) {
        DecisionMaps.Panel pn = map.panels().get(k);
        int[][] classes = pn.classes();
        double[][] z = new double[classes.length][];
        for (int j = 0; j < classes.length; j++) {
            z[j] = new double[classes[j].length];
            for (int i = 0; i < classes[j].length; i++) {
                z[j][i] = classes[j][i] + 0.1 * (shaded ? Palette.probabilityBand(pn.probabilities()[j][i]) : TOP);
            }
        }
        XYPlot plot = plot(k, z, scale);
        for (DecisionMaps.PanelWindow w : Optional.ofNullable(map.window()).map(DecisionMaps.ProcessWindow::panels)
                .orElse(List.of())) {
            if (Math.abs(w.level() - pn.level()) < 1e-9 && w.points() > 0) {
                if (pn.region().length >= 3) {
                    plot.addAnnotation(new MapFigures.Outline(pn.region()));
                }
                plot.addAnnotation(new MapFigures.Mark(name + "-robust-" + Html.id(Html.level(pn.level())),
                        Charts.star(8), w.robustX(), w.robustY()));
            }
        }
        List<NextExperiment> recipes = next.map(NextExperiments::recipes).orElse(List.of());
        for (int i = 0; i < recipes.size(); i++) {
            Map<String, Double> r = recipes.get(i).recipe();
            if (r.containsKey(map.panel()) && r.containsKey(map.x()) && r.containsKey(map.y())
                    && Math.abs(r.get(map.panel()) - pn.level()) < 1e-9) {
                plot.addAnnotation(new MapFigures.Mark(name + "-next-" + (i + 1), ShapeUtils.createDiamond(6),
                        r.get(map.x()), r.get(map.y())));
            }
        }
        return Charts.chart(title(pn), plot, false);
    }

    /** The share of CV models agreeing with the final model at level {@code k}. */
    JFreeChart agreementPanel(int k) {
        DecisionMaps.Panel pn = map.panels().get(k);
        double[][] z = new double[pn.agreement().length][];
        for (int j = 0; j < z.length; j++) {
            z[j] = new double[pn.agreement()[j].length];
            for (int i = 0; i < z[j].length; i++) {
                // The scale's top band is half-open: full agreement takes its colour just below 1.
                z[j][i] = Math.min(pn.agreement()[j][i], 0.999);
            }
        }
        return Charts.chart(title(pn) + ": CV agreement", plot(k, z, agreementScale), false);
    }

    private String title(DecisionMaps.Panel pn) {
        Study.Column panel = study.column(map.panel());
        return panel.symbol() + " = " + Html.level(pn.level()) + " " + panel.unit()
                + " (" + map.support(pn).word() + ")";
    }

    private XYPlot plot(int k, double[][] z, org.jfree.chart.renderer.PaintScale paint) {
        MapFigures.Plane plane = new MapFigures.Plane(map.x(), map.y(), map.panel());
        double level = map.panels().get(k).level();
        XYPlot plot = MapFigures.heatPlot(study, plane, map.xs(), map.ys(), z, paint);
        double[] x = study.values(plane.x());
        double[] y = study.values(plane.y());
        double[] p = study.values(plane.panel());
        int[] classes = study.classAssignment();
        List<double[]> points = new ArrayList<>();
        List<Integer> pointClasses = new ArrayList<>();
        for (int r = 0; r < p.length; r += Charts.dotStride(p.length)) {
            if (Math.abs(p[r] - level) < 1e-9) {
                points.add(new double[] {x[r], y[r]});
                pointClasses.add(classes[r]);
            }
        }
        MapFigures.overlay(plot, points, pointClasses.stream().mapToInt(Integer::intValue).toArray(),
                study.classIds());
        return plot;
    }
}
