// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders the fixture (results.json of the default workflow on the synthetic sample, written by
 * {@code ./filmlab run}) and checks the figure files themselves: their SVG groups, texts and sizes.
 * Expected counts are read from the fixture, not from the renderer.
 */
public class ReportRendererTest {

    private static JsonNode sample;
    private static Path rendered;
    private static RenderedReport report;

    @BeforeAll
    static void renderSample(@TempDir Path dir) throws IOException {
        sample = new ObjectMapper().readTree(fixture("results.json").toFile());
        rendered = dir.resolve("sample");
        Files.createDirectories(rendered);
        report = ReportRenderer.render(sample, rendered, new NullProgressMonitor());
        System.out.println("Rendered the sample report (" + report.files().size() + " files) in "
                + report.elapsed().toMillis() + " ms");
    }

    /** A file of the fixtures folder; other test classes of the fragment read the same results. */
    public static Path fixture(String name) {
        URL url = FileLocator.find(FrameworkUtil.getBundle(ReportRendererTest.class),
                new org.eclipse.core.runtime.Path("fixtures/" + name));
        if (url == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        try {
            return Path.of(FileLocator.toFileURL(url).toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot open fixture " + name, e);
        }
    }

    /** The value of the first part of this type in a results tree of format /2. */
    public static JsonNode part(JsonNode results, String type) {
        for (JsonNode step : results.get("steps")) {
            for (JsonNode p : step.get("parts")) {
                if (p.get("type").asText().equals(type)) {
                    return p.get("value");
                }
            }
        }
        throw new IllegalStateException("the fixture has no " + type);
    }

    /** The step holding the first part of this type. */
    static ObjectNode stepOf(JsonNode results, String type) {
        for (JsonNode step : results.get("steps")) {
            for (JsonNode p : step.get("parts")) {
                if (p.get("type").asText().equals(type)) {
                    return (ObjectNode) step;
                }
            }
        }
        throw new IllegalStateException("the fixture has no " + type);
    }

    private static Document svg(Path dir, String name) throws Exception {
        Path file = dir.resolve("figures").resolve(name + ".svg");
        assertTrue(Files.isRegularFile(file), "no " + file);
        String text = Files.readString(file);
        assertFalse(text.contains("<!DOCTYPE"), "no DOCTYPE naming a DTD on the web: " + file);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Belt and braces: whatever the file says, this test never goes to the network.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The ids of the SVG groups whose id starts with the prefix. */
    private static List<String> groups(Document svg, String prefix) {
        NodeList g = svg.getElementsByTagNameNS("*", "g");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < g.getLength(); i++) {
            String id = ((Element) g.item(i)).getAttribute("id");
            if (id.startsWith(prefix)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> texts(Document svg) {
        NodeList t = svg.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.getLength(); i++) {
            out.add(t.item(i).getTextContent());
        }
        return out;
    }

    private static String html(Path dir) throws IOException {
        return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void everyFigureOfThePaperIsWrittenAsSvgAndPng() throws Exception {
        List<String> expected = new ArrayList<>(List.of("fig2a-correlation-circle", "fig2b-scores", "fig2c-box-sigmaN",
                "fig2d-box-RD", "fig3-dot-map", "fig4-decision-maps", "fig4-decision-maps-sigma-only",
                "property-map-thickness", "property-map-DoT", "property-map-sigmaN", "confusion-matrix",
                "cv-f1-distribution", "f1-per-class"));
        for (JsonNode c : sample.get("data").get("columns")) {
            String key = c.get("key").asText();
            if (c.get("role").asText().equals("property") && !key.equals("sigmaN") && !key.equals("RD")) {
                expected.add("box-" + key);
            }
        }
        for (String name : expected) {
            assertTrue(report.files().contains("figures/" + name + ".svg"), name + ".svg not reported");
            assertTrue(report.files().contains("figures/" + name + ".png"), name + ".png not reported");
            Document svg = svg(rendered, name);
            double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
            double height = Double.parseDouble(svg.getDocumentElement().getAttribute("height"));
            BufferedImage png = ImageIO.read(rendered.resolve("figures").resolve(name + ".png").toFile());
            assertEquals(2 * width, png.getWidth(), 0.5, name + ": PNG at twice the SVG size");
            assertEquals(2 * height, png.getHeight(), 0.5, name);
        }
        // Plus the frames of the sliders, vector only (their panels are rasterised in the figures above):
        // a decision map per P% level, a movie frame per measured level.
        long frames = report.files().stream().filter(f -> f.matches("figures/(fig4-decision-maps(-sigma-only)?-level|movie-"
                + "(thickness|DoT|sigmaN))-\\d+\\.svg")).count();
        assertEquals(8 + 8 + 3 * 4, frames, "frames: " + report.files());
        assertFalse(report.files().stream().anyMatch(f -> f.matches("figures/(fig4-decision-maps-level|movie-DoT)-\\d+\\.png")),
                "no raster of a frame: " + report.files());
        assertEquals(2 * expected.size() + frames + 1, report.files().size(), "figures plus report.html: " + report.files());
        assertTrue(report.skipped().isEmpty(), report.skipped().toString());
        for (String f : report.files()) {
            assertTrue(Files.isRegularFile(rendered.resolve(f)), f);
        }
    }

    @Test
    void correlationCircleHasOneArrowPerVariableLabelledBySymbol() throws Exception {
        Document svg = svg(rendered, "fig2a-correlation-circle");
        JsonNode variables = part(sample, "reduction").get("variables");
        List<String> arrows = groups(svg, "fig2a-arrow-");
        assertEquals(variables.size(), arrows.size(), arrows.toString());
        List<String> texts = texts(svg);
        assertTrue(texts.contains("σN"), "σN is labelled by its symbol: " + texts);
        assertTrue(texts.contains("L:S"), texts.toString());
        double pc1 = 100 * part(sample, "reduction").get("explainedVariance").get(0).asDouble();
        String axis = String.format(java.util.Locale.ROOT, "PC1 (%.1f %%)", pc1);
        assertTrue(texts.contains(axis), "axis title " + axis + " in " + texts);
    }

    @Test
    void boxPlotsHaveOneBoxPerClassAndTheKruskalWallisP() throws Exception {
        int classes = part(sample, "classes").get("sizes").size();
        for (String name : List.of("fig2c-box-sigmaN", "fig2d-box-RD", "box-thickness")) {
            Document svg = svg(rendered, name);
            List<String> boxes = groups(svg, name + "-box-");
            assertEquals(classes, boxes.size(), name + ": " + boxes);
            assertTrue(texts(svg).stream().anyMatch(t -> t.startsWith("Kruskal–Wallis") && t.contains("H = ") && t.contains("p = ")),
                    name + ": " + texts(svg));
        }
    }

    @Test
    void decisionMapsHaveOnePanelPerLevelMarkedMeasuredOrInterpolated() throws Exception {
        for (String key : List.of("decisionMaps", "sigmaOnlyDecisionMaps")) {
            String name = key.equals("decisionMaps") ? "fig4-decision-maps" : "fig4-decision-maps-sigma-only";
            Document svg = svg(rendered, name);
            JsonNode panels = part(sample, key).get("panels");
            assertEquals(panels.size(), groups(svg, name + "-panel-").size(), name);
            long measured = 0;
            for (JsonNode p : panels) {
                measured += p.get("measured").asBoolean() ? 1 : 0;
            }
            List<String> texts = texts(svg);
            assertEquals(measured, texts.stream().filter(t -> t.endsWith("(measured)")).count(), name);
            assertEquals(panels.size() - measured, texts.stream().filter(t -> t.endsWith("(interpolated)")).count(), name);
        }
    }

    /** As if films had been made at P% 3, 5 and 7 only: the panels at 8, 9 and 10 extrapolate. */
    @Test
    void levelsBeyondTheMeasuredOnesAreMarkedExtrapolated(@TempDir Path dir) throws Exception {
        JsonNode results = sample.deepCopy();
        ObjectNode maps = (ObjectNode) part(results, "decisionMaps");
        maps.putArray("measuredLevels").add(3.0).add(5.0).add(7.0);
        for (JsonNode p : maps.get("panels")) {
            ((ObjectNode) p).put("measured", p.get("measured").asBoolean() && p.get("level").asDouble() <= 7);
        }
        for (JsonNode p : maps.at("/window/panels")) {
            ((ObjectNode) p).put("measured", p.get("measured").asBoolean() && p.get("level").asDouble() <= 7);
        }
        ReportRenderer.render(results, dir, new NullProgressMonitor());

        List<String> texts = texts(svg(dir, "fig4-decision-maps"));
        assertEquals(3, texts.stream().filter(t -> t.endsWith("(extrapolated)")).count(), texts.toString());
        assertEquals(List.of("P% = 4 wt% (interpolated)", "P% = 6 wt% (interpolated)"),
                texts.stream().filter(t -> t.endsWith("(interpolated)")).toList());
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("P% = 8, 9, 10 lie beyond every level films were made at: extrapolated, left out"),
                "the window's overall figures say which levels they leave out");
        assertTrue(html.contains("those beyond them “extrapolated”"), "the caption explains the word");
    }

    @Test
    void decisionMapsMarkTheMostRobustRecipeAndTheNextExperimentsOfEachLevel() throws Exception {
        Document svg = svg(rendered, "fig4-decision-maps");
        int robust = 0;
        for (JsonNode p : part(sample, "decisionMaps").get("window").get("panels")) {
            robust += p.get("points").asInt() > 0 ? 1 : 0;
        }
        assertEquals(robust, groups(svg, "fig4-decision-maps-robust-").size());
        // A recipe is drawn on the panel of its P level; recipes between levels have no panel.
        java.util.Set<Double> levels = new java.util.HashSet<>();
        part(sample, "decisionMaps").get("panels").forEach(p -> levels.add(p.get("level").asDouble()));
        int onPanels = 0;
        for (JsonNode r : part(sample, "nextExperiments").get("recipes")) {
            onPanels += levels.contains(r.get("recipe").get("P").asDouble()) ? 1 : 0;
        }
        assertTrue(onPanels > 0, "the fixture proposes next experiments on the map's levels");
        assertEquals(onPanels, groups(svg, "fig4-decision-maps-next-").size());
        assertTrue(groups(svg(rendered, "fig4-decision-maps-sigma-only"), "fig4-decision-maps-sigma-only-robust-").isEmpty(),
                "the σN-only maps have no window (their part says so), so none is drawn");
    }

    @Test
    void propertyMapsHaveOnePanelPerMeasuredLevel() throws Exception {
        java.util.TreeSet<Double> levels = new java.util.TreeSet<>();
        sample.get("data").get("values").get("P").forEach(v -> levels.add(v.asDouble()));
        Document svg = svg(rendered, "property-map-DoT");
        assertEquals(levels.size(), groups(svg, "property-map-DoT-panel-").size());
    }

    @Test
    void htmlIsSelfContainedAndHasEveryTable() throws IOException {
        String html = html(rendered);
        for (String table : List.of("data-columns", "workflow-steps", "provenance-run", "provenance-bundles")) {
            assertTrue(html.contains("<table id=\"" + table + "\">"), "table " + table);
        }
        // Every section is titled by what ran.
        for (String title : List.of("Reduction: Principal component analysis (org.filmlab.weka.pca)", "Quality classes",
                "Test: Kruskal–Wallis test per property (classes as groups)", "Test: Two-way ANOVA",
                "Classifier: Support vector machine (SMO) (org.filmlab.weka.smo)", "Decision maps of the classifier",
                "Decision maps of the σN-only classes", "Next experiments", "Process window: class 1")) {
            assertTrue(html.contains(title), "section " + title);
        }
        assertTrue(html.contains("No process window: the σN-only classes have no quality rule"), "the σN-only maps say why");
        assertTrue(html.contains("Good by the workflow&#39;s rule: class 1: high σN, low RD"), "good classes named");
        Matcher external = Pattern.compile("(?i)(src|href|url)\\s*[=(]\\s*[\"']?\\s*(https?:|//)").matcher(html);
        assertFalse(external.find(), () -> "external reference: " + external.group());
        assertFalse(html.contains("<script src"), "no script from a file or the network");
        assertFalse(html.contains("<link"), "no linked stylesheet");
        assertTrue(html.contains("id=\"synthetic-banner\""), "synthetic data are flagged");
        assertTrue(html.contains(sample.get("provenance").get("input").get("sha256").asText()));
        assertTrue(html.contains("<td>org.filmlab.report (this report)</td>"), "the renderer's own version is recorded");
        assertTrue(html.contains("<td>X:B × L:S</td>") || html.contains("X:B × L:S</td>"), "the interaction row names the factors by symbol");
        // Every figure is inlined once as a data URI, none by file: a figure as its PNG, a slider's frame
        // as its SVG.
        long rasters = report.files().stream().filter(f -> f.endsWith(".png")).count();
        long vectorsOnly = report.files().stream().filter(f -> f.endsWith(".svg")).count() - rasters;
        assertEquals(rasters, html.split("<img alt=\"[^\"]*\" width=\"\\d+\" height=\"\\d+\" src=\"data:image/png;base64,", -1).length - 1);
        assertEquals(vectorsOnly, html.split("<img alt=\"[^\"]*\" width=\"\\d+\" height=\"\\d+\" src=\"data:image/svg\\+xml;base64,", -1).length - 1);
        assertEquals(rasters + vectorsOnly, html.split("<img ", -1).length - 1);
    }

    @Test
    void mapsPerLevelSitUnderASliderAndAllShowWithoutScripts() throws IOException {
        String html = html(rendered);
        assertEquals(1, html.split("<script>", -1).length - 1, "one inline script: the sliders");
        for (String series : List.of("fig4-decision-maps-level", "movie-thickness", "movie-DoT", "movie-sigmaN")) {
            int start = html.indexOf("<div class=\"frames\" id=\"" + series + "\">");
            assertTrue(start >= 0, series + " is a slider series");
            String block = html.substring(start, html.indexOf("</div>\n</div>", start));
            // Without scripts the controls stay hidden and every frame shows; the script shows one at a time.
            assertTrue(block.contains("<div class=\"frames-controls\" hidden>"), series + " controls");
            int frames = block.split("<figure class=\"frame\"", -1).length - 1;
            assertTrue(frames > 1, series + " has a frame per level");
            for (int i = 1; i <= frames; i++) {
                assertTrue(report.files().contains("figures/" + series + "-" + i + ".svg"), series + " frame " + i);
            }
            // A frame shows its SVG file, so it stays sharp at any zoom and in print.
            String uri = "src=\"data:image/svg+xml;base64,";
            int at = block.indexOf(uri, block.indexOf("id=\"" + series + "-1\"")) + uri.length();
            byte[] shown = Base64.getDecoder().decode(block.substring(at, block.indexOf('"', at)));
            assertArrayEquals(Files.readAllBytes(rendered.resolve("figures").resolve(series + "-1.svg")), shown, series);
        }
        assertEquals(8, html.split("<figure class=\"frame\" id=\"fig4-decision-maps-level-", -1).length - 1,
                "one decision-map frame per P% level, interpolated ones included");
    }

    @Test
    void renderingTwiceGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        RenderedReport second = ReportRenderer.render(sample, again, null);
        assertEquals(report.files(), second.files());
        for (String f : report.files()) {
            assertArrayEquals(Files.readAllBytes(rendered.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void resultsWithoutClassifierRenderWithoutDecisionMapsAndSaySo(@TempDir Path dir) throws IOException {
        ObjectNode results = sample.deepCopy();
        for (String type : List.of("classifierEvaluation", "decisionMaps")) {
            ObjectNode step = stepOf(results, type);
            step.put("status", "skipped");
            step.put("reason", "the data has no conditions");
            step.putArray("parts");
        }
        RenderedReport r = ReportRenderer.render(results, dir, null);
        assertFalse(Files.exists(dir.resolve("figures/fig4-decision-maps.svg")));
        assertFalse(r.files().contains("figures/confusion-matrix.png"));
        assertTrue(r.files().contains("figures/fig3-dot-map.svg"), "the DoT map needs no classifier");
        String html = html(dir);
        assertTrue(html.contains("skipped: the data has no conditions"), "the steps section says why");
        assertFalse(html.contains("Process window"));
    }

    @Test
    void aMissingKeyIsNamed(@TempDir Path dir) {
        ObjectNode noLoadings = sample.deepCopy();
        ((ObjectNode) part(noLoadings, "reduction")).remove("loadings");
        MalformedResultsException e = assertThrows(MalformedResultsException.class,
                () -> ReportRenderer.render(noLoadings, dir, null));
        assertEquals("steps[0].parts[0].value", e.key());
        assertTrue(e.getMessage().contains("reduction"), e.getMessage());

        ObjectNode noSigma = sample.deepCopy();
        ((ObjectNode) noSigma.get("data").get("values")).remove("sigmaN");
        MalformedResultsException e2 = assertThrows(MalformedResultsException.class,
                () -> ReportRenderer.render(noSigma, dir, null));
        assertEquals("data.values.sigmaN", e2.key());

        ObjectNode textScore = sample.deepCopy();
        ((ObjectNode) part(textScore, "test").get("rows").get(0).get("statistics")).put("p", "small");
        MalformedResultsException e3 = assertThrows(MalformedResultsException.class,
                () -> ReportRenderer.render(textScore, dir, null));
        assertEquals("steps[3].parts[0].value", e3.key());

        ObjectNode older = sample.deepCopy();
        older.put("format", "filmlab.results/1");
        MalformedResultsException e4 = assertThrows(MalformedResultsException.class,
                () -> ReportRenderer.render(older, dir, null));
        assertEquals("format", e4.key());
    }

    @Test
    void textFromTheResultsIsEscaped(@TempDir Path dir) throws IOException {
        ObjectNode results = sample.deepCopy();
        ((ObjectNode) results.get("data")).put("file", "<script>alert('x')</script>&.csv");
        ReportRenderer.render(results, dir, null);
        String html = html(dir);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;.csv"));
    }

    @Test
    void markupInColumnSymbolsStaysTextInSvgAndHtml(@TempDir Path dir) throws Exception {
        ObjectNode results = sample.deepCopy();
        for (JsonNode c : results.get("data").get("columns")) {
            if (c.get("key").asText().equals("sigmaN")) {
                ((ObjectNode) c).put("symbol", "σ<N>&");
            }
        }
        ReportRenderer.render(results, dir, null);
        // The SVG still parses, and the symbol is its text, not markup.
        Document svg = svg(dir, "fig2c-box-sigmaN");
        assertTrue(texts(svg).stream().anyMatch(t -> t.startsWith("σ<N>& by quality class")), texts(svg).toString());
        String html = html(dir);
        assertTrue(html.contains("σ&lt;N&gt;&amp;"));
        assertFalse(html.contains("σ<N>"));
    }

    @Test
    void cancelStopsRendering(@TempDir Path dir) {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> ReportRenderer.render(sample, dir, monitor));
    }

    @Test
    void svgIdsAreUniqueAcrossTheReport() throws Exception {
        // The HTML may inline several SVGs one day; ids (clip paths, groups) must not collide.
        java.util.Set<String> seen = new java.util.HashSet<>();
        Pattern id = Pattern.compile("\\sid=['\"]([^'\"]+)['\"]");
        for (String f : report.files()) {
            if (f.endsWith(".svg")) {
                Matcher m = id.matcher(Files.readString(rendered.resolve(f)));
                while (m.find()) {
                    assertTrue(seen.add(m.group(1)), "duplicate id " + m.group(1) + " in " + f);
                }
            }
        }
        assertTrue(seen.size() > 20);
    }
}
