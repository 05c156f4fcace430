// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.charts;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.Parts;
import org.filmlab.report.MalformedResultsException;
import org.filmlab.report.internal.BoxPlots;
import org.filmlab.report.internal.ClassifierFigures;
import org.filmlab.report.internal.Figure;
import org.filmlab.report.internal.FigureFiles;
import org.filmlab.report.internal.Node;
import org.filmlab.report.internal.PcaFigures;
import org.filmlab.report.internal.Study;
import org.filmlab.report.internal.Trees;
import org.jfree.chart.JFreeChart;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The report's charts, one at a time, for programs that show them rather than write a report (the
 * desktop): each method builds a new JFreeChart from a results.json tree exactly as the report
 * draws it, so a chart looks the same on screen and on paper. A chart shares nothing with another
 * call; the caller may restyle or dispose of it.
 *
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class FilmLabCharts {

    /** PNG pixels per point of a chart's size (see {@link #png}). */
    public static final int PNG_SCALE = FigureFiles.PNG_SCALE;

    private FilmLabCharts() {
    }

    /** The paper's Figure 2a: each reduced variable as an arrow to its loadings on the first two components, in the unit circle. */
    public static JFreeChart correlationCircle(JsonNode results) throws MalformedResultsException {
        return build(results, study -> PcaFigures.correlationCircleChart(study, reduction(study)));
    }

    /** The paper's Figure 2b: the films' scores on the first two components by quality class, with class centroids. */
    public static JFreeChart scores(JsonNode results) throws MalformedResultsException {
        return build(results, study -> PcaFigures.scoresChart(study, reduction(study)));
    }

    /** The keys of the measured properties in column order, the box plots there are. */
    public static List<String> properties(JsonNode results) throws MalformedResultsException {
        return build(results, study -> study.columns("property").stream().map(Study.Column::key).toList());
    }

    /**
     * A property's box plot per quality class (the paper's Figure 2c for σN, 2d for RD), with the
     * Kruskal–Wallis H, df and p as subtitle when the results hold that test.
     *
     * @throws MalformedResultsException also when the results have no property {@code key}
     */
    public static JFreeChart boxPlot(JsonNode results, String key) throws MalformedResultsException {
        Objects.requireNonNull(key, "key");
        return build(results, study -> {
            Study.Column column = study.findColumn(key).filter(c -> c.role().equals("property"))
                    .orElseThrow(() -> new Node.Malformed("data.columns", "has no property '" + key + "'"));
            return BoxPlots.boxPlotChart(study, column);
        });
    }

    /** The held-out films by true and predicted class, shaded by the row's share. */
    public static JFreeChart confusion(JsonNode results) throws MalformedResultsException {
        return build(results, study -> ClassifierFigures.confusionChart(study, evaluation(study)));
    }

    /** The histogram of the cross-validated folds' macro-F1 with its mean and mean ± sd. */
    public static JFreeChart cvDistribution(JsonNode results) throws MalformedResultsException {
        return build(results, study -> ClassifierFigures.cvDistributionChart(evaluation(study)));
    }

    /** The F1 of each class on the held-out films. */
    public static JFreeChart f1PerClass(JsonNode results) throws MalformedResultsException {
        return build(results, study -> ClassifierFigures.f1PerClassChart(evaluation(study)));
    }

    /**
     * The chart as an SVG document of {@code width} × {@code height} points, written as the report
     * writes its figures (UTF-8, no DOCTYPE, the same bytes for the same chart).
     *
     * @param name a prefix that keeps the SVG's clip ids unique when several charts share a page
     */
    public static byte[] svg(JFreeChart chart, String name, int width, int height) {
        return FigureFiles.svg(figure(chart, name, width, height));
    }

    /**
     * The chart as a PNG image of {@code width × PNG_SCALE} by {@code height × PNG_SCALE} pixels,
     * encoded by the report's PNG writer.
     *
     * @throws IOException if the image cannot be encoded
     */
    public static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        return FigureFiles.png(figure(chart, "chart", width, height));
    }

    private static Figure figure(JFreeChart chart, String name, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a chart needs a positive size, not " + width + " × " + height);
        }
        return new Figure(name, "", "", width, height, (g2, area) -> chart.draw(g2, area));
    }

    private static Reduction reduction(Study study) {
        return study.results().first(Parts.REDUCTION)
                .orElseThrow(() -> new Node.Malformed("steps", "has no reduction part"));
    }

    private static ClassifierEvaluation evaluation(Study study) {
        return study.results().first(Parts.EVALUATION)
                .orElseThrow(() -> new Node.Malformed("steps", "has no classifierEvaluation part"));
    }

    private interface FromStudy<T> {
        T apply(Study study);
    }

    private static <T> T build(JsonNode results, FromStudy<T> what) throws MalformedResultsException {
        Objects.requireNonNull(results, "results");
        try {
            return what.apply(new Study(Trees.results(results, Trees.partTypes())));
        } catch (Node.Malformed e) {
            throw new MalformedResultsException(e.key(), e.getMessage());
        }
    }
}
