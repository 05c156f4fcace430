// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.RenderedReport;

/** Writes the sections of the parts, draws their figures, and writes the files and the HTML. */
public final class Report {

    private Report() {
    }

    public static RenderedReport render(ResultsReader.Results results, Path folder, IProgressMonitor monitor)
            throws IOException {
        long start = System.nanoTime();
        Study study = new Study(results);
        // Read what every report needs up front, so a broken file fails before anything is written.
        study.classAssignment();
        study.root().get("provenance").get("workflow");
        Set<String> names = new HashSet<>();
        List<Figure> plans = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Future<Drawn>> drawing = new ArrayList<>();
        List<Boolean> raster = new ArrayList<>();
        // Figures are independent and each takes tens of milliseconds to draw twice (SVG and PNG), so they
        // are drawn on all cores, each as soon as its section is written (the later sections are written
        // meanwhile); files are written here, in the document's order, so the output never depends on
        // which thread finished first.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "filmlab report");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Consumer<HtmlSection> draw = s -> {
                for (HtmlSection.Block b : s.blocks()) {
                    if (b instanceof HtmlSection.Fig f) {
                        Figure plan = f.figure();
                        plans.add(plan);
                        raster.add(true);
                        drawing.add(pool.submit(() -> new Drawn(plan, FigureFiles.svg(plan), FigureFiles.png(plan))));
                    } else if (b instanceof HtmlSection.Frames f) {
                        // A slider's frames repeat panels that a figure of the report already shows in
                        // PNG: they are drawn as vectors only, which the slider shows as they are (sharp
                        // at any zoom and in print). Their rasters were 40 % of the report's pixels.
                        for (Figure plan : f.figures()) {
                            plans.add(plan);
                            raster.add(false);
                            drawing.add(pool.submit(() -> new Drawn(plan, FigureFiles.svg(plan), null)));
                        }
                    }
                }
                skipped.addAll(s.notDrawn());
            };
            List<HtmlSection> sections = new ArrayList<>(Sections.render(results, names, draw));
            HtmlSection maps = DataMaps.section(study, names);
            draw.accept(maps);
            sections.add(maps);
            SubMonitor progress = SubMonitor.convert(monitor, "Rendering the report", plans.size() + 1);
            Path figures = folder.resolve("figures");
            Files.createDirectories(figures);
            List<String> files = new ArrayList<>();
            Map<String, Integer> plan = new HashMap<>();
            for (int i = 0; i < plans.size(); i++) {
                plan.put(plans.get(i).name(), i);
                files.add("figures/" + plans.get(i).name() + ".svg");
                if (raster.get(i)) {
                    files.add("figures/" + plans.get(i).name() + ".png");
                }
            }
            // report.html is written while the later figures are still drawn, each figure's files and
            // image as the document reaches it: writing its 7 MB after the last figure had left one
            // core idle for 50-70 ms, and every image waiting for it was copied at each young collection.
            HtmlReport.write(study, sections, name -> {
                progress.split(1).subTask(name);
                return written(drawing, plan.get(name), figures);
            }, skipped, folder.resolve("report.html"));
            progress.split(1);
            files.add("report.html");
            return new RenderedReport(files, skipped, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
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

    /**
     * Waits for figure {@code i}, writes its files and lets it go (kept to the end, every figure's bytes
     * were copied at each young collection).
     *
     * @return what report.html shows of it: its PNG, or a frame's SVG
     */
    private static byte[] written(List<Future<Drawn>> drawing, int i, Path figures) throws IOException {
        Drawn d = await(drawing.get(i));
        drawing.set(i, null);
        Files.write(figures.resolve(d.figure().name() + ".svg"), d.svg());
        if (d.png() == null) {
            return d.svg();
        }
        Files.write(figures.resolve(d.figure().name() + ".png"), d.png());
        return d.png();
    }

    /** A figure drawn as SVG and, unless it is a slider's frame, as PNG ({@code null} then). */
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

}
