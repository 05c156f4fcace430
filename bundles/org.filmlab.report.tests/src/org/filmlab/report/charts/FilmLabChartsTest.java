// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.FileLocator;
import org.filmlab.report.MalformedResultsException;
import org.filmlab.report.ReportRendererTest;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The exported chart factories on the fixture results.json (default workflow on the synthetic
 * sample). Expected counts are read from the fixture's JSON here, not from the chart code.
 */
class FilmLabChartsTest {

    private static JsonNode results;

    @BeforeAll
    static void read() throws IOException {
        URL url = FileLocator.find(FrameworkUtil.getBundle(FilmLabChartsTest.class),
                new org.eclipse.core.runtime.Path("fixtures/results.json"));
        try (InputStream in = url.openStream()) {
            results = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void paletteIsOkabeIto() {
        // Okabe & Ito (2008), "Color Universal Design": bluish green #009E73, orange #E69F00, blue #0072B2.
        assertEquals(new Color(0x00, 0x9E, 0x73), Palette.classColour(1));
        assertEquals(new Color(0xE6, 0x9F, 0x00), Palette.classColour(2));
        assertEquals(new Color(0x00, 0x72, 0xB2), Palette.classColour(3));
        assertEquals(Palette.classColour(1), Palette.classColour(1 + Palette.size()));
        Color tint = Palette.classTint(1);
        assertTrue(tint.getRed() > 0x00 && tint.getGreen() > 0x9E && tint.getBlue() > 0x73, tint.toString());
    }

    @Test
    void scoresHoldEveryFilmOnceInItsClassSeries() throws MalformedResultsException {
        JFreeChart chart = FilmLabCharts.scores(results);
        XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
        JsonNode assignment = ReportRendererTest.part(results, "classes").get("assignment");
        int classes = ReportRendererTest.part(results, "classes").get("sizes").size();
        for (int c = 1; c <= classes; c++) {
            int expected = 0;
            for (JsonNode a : assignment) {
                expected += a.asInt() == c ? 1 : 0;
            }
            assertEquals(expected, data.getItemCount(c - 1), "films of class " + c);
            // Series colour follows the palette, so screen and paper agree.
            assertEquals(Palette.classColour(c), ((XYPlot) chart.getPlot()).getRenderer().getSeriesPaint(c - 1));
        }
        // The first film's scores as results.json gives them.
        int first = assignment.get(0).asInt();
        double pc1 = ReportRendererTest.part(results, "reduction").get("scores").get(0).get(0).asDouble();
        boolean found = false;
        for (int i = 0; i < data.getItemCount(first - 1); i++) {
            found |= Math.abs(data.getXValue(first - 1, i) - pc1) < 1e-12;
        }
        assertTrue(found, "film 1 in the series of class " + first);
        assertNotSame(chart, FilmLabCharts.scores(results), "a new chart per call");
    }

    @Test
    void boxPlotsOnePerPropertyWithTheKruskalWallisP() throws MalformedResultsException {
        List<String> properties = new ArrayList<>();
        for (JsonNode c : results.get("data").get("columns")) {
            if (c.get("role").asText().equals("property")) {
                properties.add(c.get("key").asText());
            }
        }
        assertEquals(properties, FilmLabCharts.properties(results));
        JFreeChart box = FilmLabCharts.boxPlot(results, "sigmaN");
        assertEquals(ReportRendererTest.part(results, "classes").get("sizes").size(),
                ((CategoryPlot) box.getPlot()).getDataset().getColumnCount());
        String subtitle = ((TextTitle) box.getSubtitle(0)).getText();
        assertTrue(subtitle.startsWith("Kruskal–Wallis") && subtitle.contains("H = "), subtitle);
        MalformedResultsException e = assertThrows(MalformedResultsException.class,
                () -> FilmLabCharts.boxPlot(results, "noSuchProperty"));
        assertTrue(e.getMessage().contains("noSuchProperty"), e.getMessage());
    }

    @Test
    void classifierChartsAndMissingPartsNamed() throws Exception {
        FilmLabCharts.confusion(results);
        FilmLabCharts.cvDistribution(results);
        FilmLabCharts.f1PerClass(results);
        JsonNode noClassifier = results.deepCopy();
        for (JsonNode step : noClassifier.get("steps")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) step).putArray("parts");
        }
        MalformedResultsException e = assertThrows(MalformedResultsException.class,
                () -> FilmLabCharts.confusion(noClassifier));
        assertEquals("steps", e.key());
        assertTrue(e.getMessage().contains("classifierEvaluation"), e.getMessage());
    }

    @Test
    void svgParsesAndPngHasTheScaledSize() throws Exception {
        JFreeChart chart = FilmLabCharts.correlationCircle(results);
        byte[] svg = FilmLabCharts.svg(chart, "circle", 300, 200);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("300", doc.getDocumentElement().getAttribute("width"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(FilmLabCharts.png(chart, 300, 200)));
        assertEquals(300 * FilmLabCharts.PNG_SCALE, png.getWidth());
        assertEquals(200 * FilmLabCharts.PNG_SCALE, png.getHeight());
        assertThrows(IllegalArgumentException.class, () -> FilmLabCharts.png(chart, 0, 10));
    }
}
