// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The default workflow on the bundled sample, pinned to the numbers the landed main computed before
 * the engine became a generic loop (golden/chen-duquesnoy-2021-sample.json): the redesign changes no
 * number. Doubles to 1e-9, integers and class grids exactly. A missing golden file fails.
 */
class DefaultWorkflowGoldenTest {

    private static final double TOLERANCE = 1e-9;

    private static JsonNode golden;
    private static RunResult run;

    @BeforeAll
    static void runDefaultWorkflow() throws Exception {
        URL url = DefaultWorkflowGoldenTest.class.getClassLoader().getResource("golden/chen-duquesnoy-2021-sample.json");
        assertNotNull(url, "the golden file golden/chen-duquesnoy-2021-sample.json is missing from the fragment");
        try (InputStream in = url.openStream()) {
            golden = new ObjectMapper().readTree(in);
        }
        ContributionRegistry registry = ContributionRegistry.getDefault();
        WorkflowDocument doc = FilmLabCommand.workflow(registry, null);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        run = FilmLabCommand.analyse(registry, doc, Map.of(), quiet);
    }

    @Test
    void reductionExplainsTheSameVariance() {
        assertClose(golden.get("explainedVariance"), run.first(Parts.REDUCTION).orElseThrow().explainedVariance());
    }

    @Test
    void classesAreThePapersWithTheSameFilms() {
        QualityClasses q = run.first(Parts.CLASSES).orElseThrow();
        assertEquals("paper", q.naming());
        assertArrayEquals(ints(golden.get("classSizes")), q.sizes());
        assertEquals(strings(golden.get("classLabels")), q.labels());
        assertArrayEquals(ints(golden.get("assignment")), q.assignment());
        assertEquals(List.of(1), q.goodClasses(), "class 1 (high σN, low RD) is the good one by the paper's rule");
    }

    @Test
    void testsGiveTheSameStatistics() {
        TestResult kw = test("kruskalWallis");
        Iterator<Map.Entry<String, JsonNode>> h = golden.get("kruskalWallisH").fields();
        while (h.hasNext()) {
            Map.Entry<String, JsonNode> e = h.next();
            assertEquals(e.getValue().asDouble(), statistic(kw, e.getKey(), "H"), TOLERANCE, "H of " + e.getKey());
        }
        TestResult anova = test("twoWayAnova");
        Iterator<Map.Entry<String, JsonNode>> f = golden.get("twoWayAnovaF").fields();
        while (f.hasNext()) {
            Map.Entry<String, JsonNode> e = f.next();
            assertEquals(e.getValue().asDouble(), statistic(anova, e.getKey(), "F"), TOLERANCE, "F of " + e.getKey());
        }
    }

    @Test
    void classifierScoresTheSame() {
        ClassifierEvaluation c = run.first(Parts.EVALUATION).orElseThrow();
        assertEquals(golden.get("splitMacroF1").asDouble(), c.split().f1Macro(), TOLERANCE);
        assertArrayEquals(intMatrix(golden.get("splitConfusion")), c.split().confusion());
        assertEquals(golden.get("cvMacroF1Mean").asDouble(), c.cv().f1MacroMean(), TOLERANCE);
        assertEquals(golden.get("cvMacroF1Sd").asDouble(), c.cv().f1MacroSd(), TOLERANCE);
        assertClose(golden.get("cvFoldMacroF1"), c.cv().foldF1Macro());
    }

    @Test
    void processWindowIsTheSameRegionOfTheGoodClass() throws Exception {
        DecisionMaps maps = run.first(Parts.DECISION_MAPS).orElseThrow();
        DecisionMaps.ProcessWindow w = maps.window();
        assertNotNull(w, "the paper's rule calls class 1 good, so there is a window");
        assertEquals(1, w.windowClass());
        assertFalse(w.criterion().isBlank());
        assertEquals(golden.get("windowLS").get(0).asDouble(), w.xMean(), TOLERANCE);
        assertEquals(golden.get("windowLS").get(1).asDouble(), w.xSd(), TOLERANCE);
        assertEquals(golden.get("windowXB").get(0).asDouble(), w.yMean(), TOLERANCE);
        assertEquals(golden.get("windowXB").get(1).asDouble(), w.ySd(), TOLERANCE);
        assertClose(golden.get("windowPanelFractions"), w.panels().stream()
                .mapToDouble(DecisionMaps.PanelWindow::fraction).toArray());
        assertEquals(golden.get("mapClassesSha256").asText(), classesDigest(maps));
        JsonNode robust = golden.get("windowRobust");
        assertNotNull(robust, "the golden file holds the most robust recipe per panel");
        assertEquals(robust.size(), w.panels().size());
        for (int i = 0; i < robust.size(); i++) {
            DecisionMaps.PanelWindow p = w.panels().get(i);
            assertEquals(robust.get(i).get(0).asDouble(), p.robustX(), TOLERANCE, "robust x of panel " + i);
            assertEquals(robust.get(i).get(1).asDouble(), p.robustY(), TOLERANCE, "robust y of panel " + i);
        }
    }

    @Test
    void theMostRobustRecipeLiesInsideTheMeasuredRegionNotOnItsEdge() {
        // Before, it sat at X:B = 0 at every P%: on the edge of the design, with nothing measured beyond.
        DecisionMaps maps = run.first(Parts.DECISION_MAPS).orElseThrow();
        assertFalse(maps.window().robustRule().isBlank(), "the rule is stated");
        for (DecisionMaps.PanelWindow p : maps.window().panels()) {
            if (p.points() == 0) {
                continue;
            }
            assertTrue(p.robustInside(), "inside the measured region at P = " + p.level());
            assertTrue(p.robustDistance() > 0, "away from the region's edge and the other classes at P = " + p.level());
            double[] xs = maps.xs();
            double[] ys = maps.ys();
            assertTrue(p.robustX() > xs[0] && p.robustX() < xs[xs.length - 1], "not on an L:S edge at P = " + p.level());
            assertTrue(p.robustY() > ys[0] && p.robustY() < ys[ys.length - 1], "not on an X:B edge at P = " + p.level());
        }
    }

    @Test
    void mapsCarryTheClassProbabilityAndTheAgreementOfTheCvModels() {
        DecisionMaps maps = run.first(Parts.DECISION_MAPS).orElseThrow();
        double lowest = 1;
        for (DecisionMaps.Panel p : maps.panels()) {
            assertEquals(p.classes().length, p.probabilities().length);
            assertEquals(p.classes().length, p.agreement().length);
            assertTrue(p.region().length >= 3, "films at or beside P = " + p.level() + " span an area");
            for (int j = 0; j < p.classes().length; j++) {
                for (int i = 0; i < p.classes()[j].length; i++) {
                    // The predicted class has the largest of three probabilities summing to 1.
                    assertTrue(p.probabilities()[j][i] >= 1.0 / 3 - 1e-12 && p.probabilities()[j][i] <= 1 + 1e-12);
                    assertTrue(p.agreement()[j][i] >= 0 && p.agreement()[j][i] <= 1);
                    lowest = Math.min(lowest, p.agreement()[j][i]);
                }
            }
        }
        assertTrue(lowest < 1, "near the class boundaries some CV models predict another class");
    }

    @Test
    void sigmaOnlyMapsAreTheSame() throws Exception {
        List<RunResult.Produced> sigma = run.steps().stream().flatMap(s -> s.parts().stream())
                .filter(p -> p.type().equals("sigmaOnlyDecisionMaps")).toList();
        assertEquals(1, sigma.size(), "the paper's σN-only maps");
        assertEquals(golden.get("sigmaOnlyMapClassesSha256").asText(), classesDigest((DecisionMaps) sigma.get(0).part()));
    }

    @Test
    void nextExperimentsAreTheSameRecipes() {
        List<NextExperiment> next = run.first(Parts.NEXT_EXPERIMENTS).orElseThrow().recipes();
        JsonNode expected = golden.get("nextExperiments");
        assertEquals(expected.size(), next.size());
        for (int i = 0; i < next.size(); i++) {
            JsonNode e = expected.get(i);
            NextExperiment n = next.get(i);
            assertEquals(e.get(0).asDouble(), n.recipe().get("P"), TOLERANCE);
            assertEquals(e.get(1).asDouble(), n.recipe().get("LS"), TOLERANCE);
            assertEquals(e.get(2).asDouble(), n.recipe().get("XB"), TOLERANCE);
            assertEquals(e.get(3).asInt(), n.predictedClass());
            assertEquals(e.get(4).asDouble(), n.margin(), TOLERANCE);
            assertEquals(e.get(5).asDouble(), n.goodProbability(), TOLERANCE);
            assertEquals(e.get(6).asDouble(), n.acquisition(), TOLERANCE);
        }
    }

    @Test
    void everyStepRan() {
        assertTrue(run.skipped().isEmpty(), () -> "skipped: " + run.skipped());
    }

    private static TestResult test(String key) {
        return run.all(Parts.TEST).stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static double statistic(TestResult t, String term, String name) {
        return t.rows().stream().filter(r -> r.term().equals(term)).findFirst().orElseThrow().statistics().get(name);
    }

    /** The digest golden/ holds: every grid point's class digit, panel by panel, row by row. */
    private static String classesDigest(DecisionMaps maps) throws Exception {
        StringBuilder digits = new StringBuilder();
        for (DecisionMaps.Panel p : maps.panels()) {
            for (int[] row : p.classes()) {
                for (int c : row) {
                    digits.append(c);
                }
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(digits.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    private static void assertClose(JsonNode expected, double[] actual) {
        assertEquals(expected.size(), actual.length);
        for (int i = 0; i < actual.length; i++) {
            assertEquals(expected.get(i).asDouble(), actual[i], TOLERANCE, "element " + i);
        }
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    private static int[][] intMatrix(JsonNode a) {
        int[][] out = new int[a.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ints(a.get(i));
        }
        return out;
    }

    private static List<String> strings(JsonNode a) {
        return java.util.stream.StreamSupport.stream(a.spliterator(), false).map(JsonNode::asText).toList();
    }
}
