// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.filmlab.core.step.PartType;
import org.filmlab.report.internal.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report names what ran, whatever ran: other algorithms than the paper's, parts without a
 * section, a section that fails. The results are the fixture's tree edited by hand.
 */
public class GenericReportTest {

    private static JsonNode sample;

    @BeforeAll
    static void read() throws IOException {
        sample = new ObjectMapper().readTree(ReportRendererTest.fixture("results.json").toFile());
    }

    private static String html(Path dir) throws IOException {
        return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    }

    /** PLS, then Ward with k = 4, then a rule under which no class is good. */
    private static ObjectNode plsWardNoGoodClass() {
        ObjectNode results = sample.deepCopy();
        ObjectNode reduce = ReportRendererTest.stepOf(results, "reduction");
        reduce.put("contribution", "org.filmlab.weka.pls").put("contributionName", "Partial least squares");
        ((ObjectNode) results.get("provenance").get("steps").get(0)).put("contribution", "org.filmlab.weka.pls");
        ReportRendererTest.stepOf(results, "partition").put("contribution", "org.filmlab.weka.ward")
                .put("contributionName", "Ward (hierarchical)");
        ObjectNode partition = (ObjectNode) ReportRendererTest.part(results, "partition");
        ArrayNode clusters = (ArrayNode) partition.get("clustering").get("assignment");
        ArrayNode centroids = (ArrayNode) partition.get("clustering").get("centroids");
        centroids.add(centroids.get(0).deepCopy());
        ObjectNode classes = (ObjectNode) ReportRendererTest.part(results, "classes");
        ArrayNode assignment = classes.putArray("assignment");
        int[] sizes = new int[4];
        for (int r = 0; r < clusters.size(); r++) {
            int cluster = r % 4;
            clusters.set(r, cluster);
            assignment.add(cluster + 1);
            sizes[cluster]++;
        }
        ArrayNode s = classes.putArray("sizes");
        for (int n : sizes) {
            s.add(n);
        }
        classes.putArray("clusterToClass").add(1).add(2).add(3).add(4);
        classes.putArray("labels").add("").add("").add("").add("");
        ObjectNode medians = (ObjectNode) classes.get("medians");
        medians.fields().forEachRemaining(m -> ((ArrayNode) m.getValue()).add(m.getValue().get(0).asDouble()));
        classes.put("naming", "size").putArray("goodClasses");
        classes.put("criterion", "no class has a median RD below the median RD of all films");
        ObjectNode maps = (ObjectNode) ReportRendererTest.part(results, "decisionMaps");
        maps.putNull("window");
        maps.put("noWindow", "no class is good by the workflow's rule");
        return results;
    }

    @Test
    void plsAndWardWithNoGoodClassNameWhatRanAndDrawNoWindow(@TempDir Path dir) throws IOException {
        ReportRenderer.render(plsWardNoGoodClass(), dir, null);
        String html = html(dir);
        assertFalse(html.contains("Principal component analysis"), "PCA did not run");
        assertTrue(html.contains("Reduction: Partial least squares (org.filmlab.weka.pls)"));
        assertTrue(html.contains("4 classes from the clusters of Ward (hierarchical) (org.filmlab.weka.ward) on the first"),
                "the classes say which clusterer made them");
        assertTrue(html.contains("No class is good by the workflow&#39;s rule"));
        assertTrue(html.contains("No process window: no class is good by the workflow&#39;s rule"));
        String lower = html.toLowerCase(Locale.ROOT);
        assertEquals(count(lower, "no process window"), count(lower, "process window"),
                "every mention of a process window is the sentence saying there is none");
        Path maps = dir.resolve("figures/fig4-decision-maps.svg");
        assertFalse(Files.readString(maps).contains("fig4-decision-maps-robust-"), "no window is marked on the maps");
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void aPartWithoutASectionIsNamed(@TempDir Path dir) throws IOException {
        ObjectNode results = sample.deepCopy();
        ObjectNode map = ReportRendererTest.stepOf(results, "decisionMaps");
        ((ArrayNode) map.get("parts")).addObject().put("type", "regressionMaps").putObject("value");
        RenderedReport r = ReportRenderer.render(results, dir, null);
        String note = "No report section is installed for part type regressionMaps (from step 7 (map))";
        assertTrue(html(dir).contains(note), "the part is named in the report");
        assertTrue(r.skipped().stream().anyMatch(s -> s.startsWith(note)), r.skipped().toString());
        assertTrue(html(dir).contains("Decision maps of the classifier"), "the other parts are drawn");
    }

    @Test
    void aThrowingSectionDoesNotFailTheReport(@TempDir Path dir) throws IOException {
        ObjectNode results = sample.deepCopy();
        ObjectNode classes = ReportRendererTest.stepOf(results, "classes");
        ((ArrayNode) classes.get("parts")).addObject().put("type", "reportTestBoom").putObject("value").put("why",
                "deliberately broken");
        Map<String, PartType<?>> types = new HashMap<>(Trees.partTypes());
        types.put("reportTestBoom", PartType.of("reportTestBoom", ThrowingSection.Boom.class));
        RenderedReport r = ReportRenderer.render(Trees.results(results, types), dir, null);
        String html = html(dir);
        assertTrue(html.contains("The section for reportTestBoom (step 3 (classes)) could not be drawn by Throwing test "
                + "section (org.filmlab.report.tests.throwing): deliberately broken"), r.skipped().toString());
        assertFalse(html.contains("Half a section"), "what the section wrote before failing is dropped");
        assertTrue(html.contains("Quality classes") && html.contains("Next experiments"), "the rest is drawn");
        assertTrue(r.skipped().stream().anyMatch(s -> s.contains("deliberately broken")), r.skipped().toString());
    }
}
