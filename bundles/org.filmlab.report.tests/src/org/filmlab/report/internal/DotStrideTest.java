// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.workflow.Parts;
import org.filmlab.report.ReportRendererTest;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Scatters of many films draw a stated sample of them; centroids still use every film. */
class DotStrideTest {

    @Test
    void strideKeepsTheDotsUnderTheLimitAndIsOneForSmallStudies() {
        assertEquals(1, Charts.dotStride(110));
        assertEquals(1, Charts.dotStride(Charts.MOST_DOTS));
        assertEquals(2, Charts.dotStride(Charts.MOST_DOTS + 1));
        assertEquals(200, Charts.dotStride(1_000_000));
        assertTrue((1_000_000 + 199) / 200 <= Charts.MOST_DOTS);
        assertEquals("", Charts.dotStrideNote(110));
        assertTrue(Charts.dotStrideNote(1_000_000).contains("one film in 200 of the 1000000"));
    }

    @Test
    void scoresOfManyFilmsDrawOneInKButCentroidsUseAll() throws IOException {
        // The sample's 110 films repeated 50 times: 5500 films, stride 2, so 2750 dots.
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportRendererTest.fixture("results.json").toFile());
        int copies = 50;
        repeat((ArrayNode) ReportRendererTest.part(root, "reduction").get("scores"), copies);
        repeat((ArrayNode) ReportRendererTest.part(root, "classes").get("assignment"), copies);
        int films = ReportRendererTest.part(root, "classes").get("assignment").size();
        ((ObjectNode) root.get("data")).put("rows", films);
        JsonNode original = new ObjectMapper().readTree(ReportRendererTest.fixture("results.json").toFile());

        Study manyFilms = study(root);
        Study fewFilms = study(original);
        JFreeChart many = PcaFigures.scoresChart(manyFilms, reduction(manyFilms));
        JFreeChart few = PcaFigures.scoresChart(fewFilms, reduction(fewFilms));
        XYDataset dots = ((XYPlot) many.getPlot()).getDataset();
        XYDataset all = ((XYPlot) few.getPlot()).getDataset();
        int classes = ReportRendererTest.part(root, "classes").get("sizes").size();
        int drawn = 0;
        for (int s = 0; s < classes; s++) {
            drawn += dots.getItemCount(s);
        }
        assertEquals(films / 2, drawn);
        // The repeated study has the same centroids (series after the classes), from every film.
        for (int s = classes; s < all.getSeriesCount(); s++) {
            assertEquals(all.getXValue(s, 0), dots.getXValue(s, 0), 1e-9);
            assertEquals(all.getYValue(s, 0), dots.getYValue(s, 0), 1e-9);
        }
        assertTrue(PcaFigures.scores(manyFilms, reduction(manyFilms), "PCA").caption().contains("one film in 2"));
    }

    private static Study study(JsonNode results) {
        return new Study(Trees.results(results, Trees.partTypes()));
    }

    private static Reduction reduction(Study study) {
        return study.results().first(Parts.REDUCTION).orElseThrow();
    }

    private static void repeat(ArrayNode array, int copies) {
        int n = array.size();
        for (int c = 1; c < copies; c++) {
            for (int i = 0; i < n; i++) {
                array.add(array.get(i).deepCopy());
            }
        }
    }
}
