// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.report.RenderedReport;

/** Decides which figures the results allow, draws them, and writes the files and the HTML. */
public final class Report {

    /** A figure drawn and written, kept for the HTML. */
    record Rendered(Figure figure, byte[] png) {
    }

    /** A figure to draw, or the reason it cannot be. */
    private record Plan(String name, Supplier<Figure> figure, String skipped) {
    }

    /** The properties the paper maps over the plane (Movies S1–S3). */
    private static final List<String> MAPPED_PROPERTIES = List.of("thickness", "DoT", "sigmaN");

    private Report() {
    }

    public static RenderedReport render(Node root, Path folder, IProgressMonitor monitor) throws IOException {
        long start = System.nanoTime();
        Study study = new Study(root);
        // Read the sections every report needs up front, so a broken file fails before anything is written.
        study.classAssignment();
        root.get("pca").get("loadings");
        root.get("provenance");
        List<Plan> plans = plans(study);
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering the report", plans.size() + 1);
        Path figures = folder.resolve("figures");
        Files.createDirectories(figures);
        List<String> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Rendered> rendered = new ArrayList<>();
        // Figures are independent and each takes tens of milliseconds to draw twice (SVG and PNG), so they
        // are drawn on all cores; files are written here, in plan order, so the output never depends on
        // which thread finished first.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(plans.size(),
                Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "filmlab report");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<Drawn>> drawing = new ArrayList<>();
            for (Plan plan : plans) {
                drawing.add(plan.skipped() != null ? null : pool.submit(() -> {
                    Figure f = plan.figure().get();
                    return new Drawn(f, FigureFiles.svg(f), FigureFiles.png(f));
                }));
            }
            for (int i = 0; i < plans.size(); i++) {
                Plan plan = plans.get(i);
                SubMonitor step = progress.split(1);
                if (plan.skipped() != null) {
                    skipped.add(plan.skipped());
                    continue;
                }
                step.subTask(plan.name());
                Drawn d = await(drawing.get(i));
                Files.write(figures.resolve(d.figure().name() + ".svg"), d.svg());
                Files.write(figures.resolve(d.figure().name() + ".png"), d.png());
                files.add("figures/" + d.figure().name() + ".svg");
                files.add("figures/" + d.figure().name() + ".png");
                rendered.add(new Rendered(d.figure(), d.png()));
            }
        } finally {
            pool.shutdownNow();
        }
        progress.split(1);
        String html = HtmlReport.html(study, rendered, skipped);
        Files.write(folder.resolve("report.html"), html.getBytes(StandardCharsets.UTF_8));
        files.add("report.html");
        return new RenderedReport(files, skipped, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Draws one small chart to SVG and to pixels and throws the result away (see ReportRenderer.warmUp). */
    public static void warmUp() {
        org.jfree.data.xy.XYSeries series = new org.jfree.data.xy.XYSeries("warm-up");
        series.add(0, 0);
        series.add(1, 1);
        org.jfree.chart.JFreeChart chart = org.jfree.chart.ChartFactory.createScatterPlot("σN", "L:S", "X:B",
                new org.jfree.data.xy.XYSeriesCollection(series));
        java.awt.geom.Rectangle2D area = new java.awt.geom.Rectangle2D.Double(0, 0, 200, 150);
        chart.draw(new org.jfree.svg.SVGGraphics2D(200, 150), area);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 150,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        try {
            g2.setFont(Charts.LABEL);
            chart.draw(g2, area);
        } finally {
            g2.dispose();
        }
    }

    /** A figure drawn in both formats. */
    private record Drawn(Figure figure, byte[] svg, byte[] png) {
    }

    private static Drawn await(Future<Drawn> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private static List<Plan> plans(Study study) {
        Node root = study.root();
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan("fig2a-correlation-circle", () -> PcaFigures.correlationCircle(study), null));
        plans.add(new Plan("fig2b-scores", () -> PcaFigures.scores(study), null));
        List<Study.Column> properties = new ArrayList<>(study.columns("property"));
        // The paper's Figure 2c and 2d first, then the other properties in column order.
        properties.sort((a, b) -> Integer.compare(rank(a.key()), rank(b.key())));
        for (Study.Column p : properties) {
            plans.add(new Plan(BoxPlots.name(p.key()), () -> BoxPlots.boxPlot(study, p), null));
        }
        Optional<MapFigures.Plane> plane = MapFigures.Plane.of(study);
        String noPlane = "the results name no plane to map (no decisionMap, and no P, LS and XB columns)";
        if (plane.isEmpty()) {
            plans.add(skip("fig3-dot-map", noPlane));
        } else if (study.findColumn("DoT").isEmpty()) {
            plans.add(skip("fig3-dot-map", "the data have no DoT column"));
        } else {
            plans.add(new Plan("fig3-dot-map", () -> MapFigures.dotMap(study, plane.get(), "DoT"), null));
        }
        if (root.has("decisionMap")) {
            plans.add(new Plan("fig4-decision-maps", () -> MapFigures.decisionMaps(study, "decisionMap",
                    "fig4-decision-maps", "Figure 4. Decision maps of the classifier",
                    "The quality class the classifier predicts", true), null));
        } else {
            plans.add(skip("fig4-decision-maps", "the workflow has no classifier, so there is no decision map"));
        }
        if (root.has("decisionMapSigmaOnly")) {
            plans.add(new Plan("fig4-decision-maps-sigma-only", () -> MapFigures.decisionMaps(study,
                    "decisionMapSigmaOnly", "fig4-decision-maps-sigma-only",
                    "Figure 4 (σN only). Decision maps of classes from σN alone",
                    "The class a classifier trained on σN-based classes alone predicts (grey shades)", false), null));
        } else {
            plans.add(skip("fig4-decision-maps-sigma-only",
                    "the results have no decisionMapSigmaOnly (no classifier, or a results.json written before it existed)"));
        }
        for (String property : MAPPED_PROPERTIES) {
            String name = "property-map-" + Html.id(property);
            if (plane.isEmpty()) {
                plans.add(skip(name, noPlane));
            } else if (study.findColumn(property).isEmpty()) {
                plans.add(skip(name, "the data have no " + property + " column"));
            } else {
                plans.add(new Plan(name, () -> MapFigures.propertyMaps(study, plane.get(), property), null));
            }
        }
        if (root.has("classifier")) {
            plans.add(new Plan("confusion-matrix", () -> ClassifierFigures.confusion(study), null));
            plans.add(new Plan("cv-f1-distribution", () -> ClassifierFigures.cvDistribution(study), null));
            plans.add(new Plan("f1-per-class", () -> ClassifierFigures.f1PerClass(study), null));
        } else {
            String why = "the workflow has no classifier";
            plans.add(skip("confusion-matrix", why));
            plans.add(skip("cv-f1-distribution", why));
            plans.add(skip("f1-per-class", why));
        }
        return plans;
    }

    private static int rank(String key) {
        return switch (key) {
            case "sigmaN" -> 0;
            case "RD" -> 1;
            default -> 2;
        };
    }

    private static Plan skip(String name, String why) {
        return new Plan(name, null, name + " not drawn: " + why + ".");
    }
}
