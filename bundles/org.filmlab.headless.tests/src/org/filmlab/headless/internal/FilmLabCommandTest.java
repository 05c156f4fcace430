// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.filmlab.headless.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The filmlab command end to end, in-process, as a user would call it: the default workflow on
 * the bundled sample, the public wine data, every kind of bad input, and a faulty plug-in.
 */
class FilmLabCommandTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws IOException {
        // Through the class loader: the fixtures are in this fragment, which Bundle.getEntry of the host does not see.
        URL url = FilmLabCommandTest.class.getClassLoader().getResource("fixtures/" + name);
        return Path.of(FileLocator.toFileURL(url).getPath());
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** The value of the first part of this type in a results.json (filmlab.results/2); missing if none. */
    static JsonNode part(JsonNode results, String type) {
        for (JsonNode step : results.path("steps")) {
            for (JsonNode p : step.path("parts")) {
                if (p.path("type").asText().equals(type)) {
                    return p.path("value");
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The statistics of one term of the test part with this key; missing if none. */
    static JsonNode test(JsonNode results, String key, String term) {
        for (JsonNode step : results.path("steps")) {
            for (JsonNode p : step.path("parts")) {
                if (p.path("type").asText().equals("test") && p.at("/value/key").asText().equals(key)) {
                    for (JsonNode row : p.at("/value/rows")) {
                        if (row.path("term").asText().equals(term)) {
                            return row.path("statistics");
                        }
                    }
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void defaultWorkflowOnTheSampleWritesTheSameResultsTwice() throws IOException {
        Path first = tmp.resolve("first");
        CommandRun a = run("run", "--out", first.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("SYNTHETIC"), a.out());
        assertTrue(a.out().contains("Process window"), a.out());
        JsonNode r = json(first.resolve("results.json"));
        assertTrue(r.get("synthetic").asBoolean());
        assertEquals(110, part(r, "classes").at("/assignment").size());
        int sum = 0;
        for (JsonNode size : part(r, "classes").at("/sizes")) {
            sum += size.asInt();
        }
        assertEquals(110, sum);
        for (String key : List.of("/provenance/workflow", "/provenance/seed", "/provenance/input/sha256",
                "/provenance/bundles/org.filmlab.core", "/data/values/sigmaN")) {
            assertFalse(r.at(key).isMissingNode(), key + " missing");
        }
        for (String[] key : new String[][] {{"reduction", "/explainedVariance"}, {"reduction", "/loadings"},
                {"classes", "/medians"}, {"classes", "/criterion"}, {"classifierEvaluation", "/split/f1Macro"},
                {"classifierEvaluation", "/split/confusion"}, {"classifierEvaluation", "/cv/f1MacroMean"},
                {"classifierEvaluation", "/cv/f1MacroSd"}, {"decisionMaps", "/window/criterion"},
                {"decisionMaps", "/window/panels/0/robustMargin"}, {"sigmaOnlyDecisionMaps", "/panels"}}) {
            assertFalse(part(r, key[0]).at(key[1]).isMissingNode(), key[0] + key[1] + " missing");
        }
        assertFalse(test(r, "kruskalWallis", "sigmaN").isMissingNode());
        assertFalse(test(r, "twoWayAnova", "XB").isMissingNode());
        assertEquals(110, r.at("/data/values/RD").size());
        assertEquals(8, part(r, "nextExperiments").at("/recipes").size());
        for (JsonNode recipe : part(r, "nextExperiments").at("/recipes")) {
            double ls = recipe.at("/recipe/LS").asDouble();
            assertTrue(ls >= 0.6 - 1e-9 && ls <= 1.4 + 1e-9, "next experiments stay inside the design: " + recipe);
        }
        for (JsonNode panel : part(r, "sigmaOnlyDecisionMaps").at("/panels")) {
            panel.get("classes").forEach(row -> row.forEach(c -> assertTrue(c.asInt() == 1 || c.asInt() == 2)));
        }
        double f1 = part(r, "classifierEvaluation").at("/split/f1Macro").asDouble();
        assertTrue(f1 > 0.5 && f1 <= 1.0, "split macro-F1 " + f1);

        Path second = tmp.resolve("second");
        assertEquals(0, run("run", "--out", second.toString()).code());
        assertArrayEquals(Files.readAllBytes(first.resolve("results.json")),
                Files.readAllBytes(second.resolve("results.json")), "same inputs and seed, same bytes");

        Path reseeded = tmp.resolve("reseeded");
        assertEquals(0, run("run", "--out", reseeded.toString(), "--seed", "7").code());
        assertEquals(7, json(reseeded.resolve("results.json")).at("/provenance/seed").asLong());
    }

    @Test
    void wineGivesThePublishedVarianceAndClusterSizes() throws IOException {
        Path out = tmp.resolve("wine");
        CommandRun o = run("run", "--workflow", fixture("wine-workflow.json").toString(), "--data",
                fixture("wine.csv").toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode r = json(out.resolve("results.json"));
        JsonNode reduction = part(r, "reduction");
        assertEquals(13, reduction.at("/variables").size());
        // scikit-learn: StandardScaler + PCA on the same file gives 0.3620 and 0.1921.
        assertEquals(0.3620, reduction.at("/explainedVariance/0").asDouble(), 5e-4);
        assertEquals(0.1921, reduction.at("/explainedVariance/1").asDouble(), 5e-4);
        List<Integer> sizes = new ArrayList<>();
        part(r, "classes").at("/sizes").forEach(n -> sizes.add(n.asInt()));
        assertEquals(List.of(65, 64, 49), sizes.stream().sorted((x, y) -> y - x).toList());
        assertEquals("size", part(r, "classes").at("/naming").asText());
    }

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static final String HEADER = "film,P (wt%),L:S (µL/mg),X:B (vol%),thickness (µm),density (g/cm³),"
            + "resistance (Ω),σN (mS/cm),DoT (µm),RD (%)\n";

    private static String rows(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("F").append(i).append(',').append(3 + i % 4).append(',').append(0.6 + 0.2 * (i % 5)).append(',')
                    .append(25 * (i % 5)).append(',').append(50 + i).append(',').append(1.5 + 0.01 * i).append(',')
                    .append(30 + i).append(',').append(0.5 + 0.01 * (i % 7)).append(',').append(2 + 0.1 * (i % 3))
                    .append(',').append(3 + 0.2 * (i % 4)).append('\n');
        }
        return sb.toString();
    }

    private String rejects(String... args) {
        return CommandRun.rejects(tmp, args);
    }

    @Test
    void emptyFile() throws IOException {
        String err = rejects("run", "--data", write("empty.csv", "").toString());
        assertTrue(err.contains("empty.csv") && err.contains("empty"), err);
    }

    @Test
    void headerOnly() throws IOException {
        String err = rejects("run", "--data", write("header.csv", HEADER).toString());
        assertTrue(err.contains("header.csv") && err.contains("no data rows"), err);
    }

    @Test
    void missingMappedColumn() throws IOException {
        String err = rejects("run", "--data", write("films.csv", HEADER + rows(20)).toString(), "--conditions",
                "P,LS,humidity");
        assertTrue(err.contains("'conditions'") && err.contains("humidity"), err);
    }

    @Test
    void nonNumericCell() throws IOException {
        String err = rejects("run", "--data",
                write("films.csv", HEADER + rows(20).replaceFirst("\nF3,6,", "\nF3,six,")).toString());
        assertTrue(err.contains("films.csv, row 5, column 'P (wt%)'") && err.contains("'six'"), err);
    }

    @Test
    void nanCell() throws IOException {
        String body = rows(20).replaceFirst(",2\\.1,", ",NaN,");
        String err = rejects("run", "--data", write("films.csv", HEADER + body).toString());
        assertTrue(err.contains("films.csv, row ") && err.contains("column 'DoT (µm)'") && err.contains("'NaN'"), err);
    }

    @Test
    void blankCell() throws IOException {
        String body = rows(20).replaceFirst("\nF2,5,([^,]*),", "\nF2,5,,");
        String err = rejects("run", "--data", write("films.csv", HEADER + body).toString());
        assertTrue(err.contains("films.csv, row 4, column 'L:S (µL/mg)'") && err.contains("blank"), err);
    }

    @Test
    void fewerRowsThanClusters() throws IOException {
        String err = rejects("run", "--data", write("few.csv", HEADER + rows(4)).toString(), "--k", "5");
        assertTrue(err.contains("step 2 (cluster") && err.contains("'k'") && err.contains("4"), err);
    }

    @Test
    void constantColumn() throws IOException {
        String body = rows(20).replaceAll("(?m)^(F\\d+,\\d+,[^,]*,[^,]*,[^,]*),[^,]*,", "$1,1.7,");
        String err = rejects("run", "--data", write("films.csv", HEADER + body).toString());
        assertTrue(err.contains("column 'density (g/cm³)'") && err.contains("constant"), err);
    }

    @Test
    void aNegativeThicknessIsRefusedAtItsCell() throws IOException {
        String body = rows(20).replaceFirst("\nF3,6,([^,]*),([^,]*),53,", "\nF3,6,$1,$2,-53,");
        String err = rejects("run", "--data", write("films.csv", HEADER + body).toString());
        assertTrue(err.contains("films.csv, row 5, column 'thickness (µm)': '-53' is negative"), err);
    }

    @Test
    void aZeroRdStopsTheRunInTheUsersTermsAndWritesNothing() throws IOException {
        String body = rows(20).replaceFirst("(?m)^(F4,[^\n]*),[^,\n]*$", "$1,0");
        String err = rejects("run", "--data", write("films.csv", HEADER + body).toString());
        assertTrue(err.contains("films.csv, row 6, column 'RD (%)': film F4 has RD = 0"), err);
        assertTrue(err.contains("logTransform"), "says how to analyse RD without its log: " + err);
        assertFalse(err.contains("Exception"), err);
    }

    /**
     * The sample's films at P% 3, 5 and 7 only: the paper's panels at 8, 9 and 10 lie beyond every
     * level made, where the classifier extrapolates. They were called "interpolated" and counted in
     * the overall window.
     */
    @Test
    void levelsBeyondTheMeasuredOnesAreCalledExtrapolatedAndLeftOutOfTheOverallWindow() throws IOException {
        List<String> lines = Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.matches("S\\d+,10,.*")).toList();
        Path out = tmp.resolve("out");
        CommandRun o = run("run", "--data", write("p3-7.csv", String.join("\n", lines) + "\n").toString(),
                "--no-report", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("P = 6 (interpolated)"), o.out());
        assertTrue(o.out().contains("P = 7 (measured)"), o.out());
        assertTrue(o.out().contains("P = 10 (extrapolated)"), o.out());
        assertTrue(o.out().contains("overall, at the measured and interpolated levels (P = 8, 9, 10 extrapolated,"
                + " left out):"), o.out());
        JsonNode maps = part(json(out.resolve("results.json")), "decisionMaps");
        assertEquals("[3.0,5.0,7.0]", maps.path("measuredLevels").toString());
        int points = 0;
        for (JsonNode p : maps.at("/window/panels")) {
            points += p.path("level").asDouble() <= 7 ? p.path("points").asInt() : 0;
        }
        assertEquals(points, maps.at("/window/points").asInt(), "the overall window counts P% 3 to 7 only");
    }

    /**
     * Films all made at one P%: the constant column is refused, and each message on the way says
     * the next thing to change, up to a copy of the paper's workflow that runs on them. Before, the
     * advice to ignore P% led to "bind a column to it with --map P=COLUMN".
     */
    @Test
    void filmsAtOnePolymerContentAreLedToAWorkflowThatRunsOnThem() throws IOException {
        Path data = write("one-p.csv", HEADER + rows(40).replaceAll("(?m)^(F\\d+),\\d+,", "$1,5,"));
        String constant = rejects("run", "--data", data.toString());
        assertTrue(constant.contains("column 'P (wt%)': all 40 values are 5;") && constant.contains("--ignore")
                && constant.contains("the classify step's features and the map step's panel"), constant);
        String features = rejects("run", "--data", data.toString(), "--ignore", "P (wt%)");
        assertTrue(features.contains("'features': 'P' is not a condition of the data")
                && features.contains("for films that do not vary it, leave it out of the features"), features);

        URL paper = Platform.getBundle("org.filmlab.workflow.chenduquesnoy2021")
                .getEntry("workflows/chen-duquesnoy-2021.json");
        String document;
        try (var in = paper.openStream()) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"P,LS,XB\"", "\"LS,XB\"");
        }
        String panel = rejects("run", "--data", data.toString(), "--ignore", "P (wt%)", "--workflow",
                write("without-p.json", document).toString());
        assertTrue(panel.contains("'panel': 'P' is not one of the classifier's features (LS, XB); set the panel to"
                + " \"\" for one map over the other two"), panel);

        String oneMap = document.replaceAll("\"panel\": \"P\",\\s*\"panelLevels\": \"[^\"]*\"", "\"panel\": \"\"");
        Path out = tmp.resolve("out");
        CommandRun o = run("run", "--data", data.toString(), "--ignore", "P (wt%)", "--workflow",
                write("one-map.json", oneMap).toString(), "--no-report", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Classifier Support vector machine (Weka SMO) (org.filmlab.weka.smo) on LS, XB"),
                o.out());
        assertTrue(o.out().contains("workflow Chen–Duquesnoy 2021 (changed: one-map.json differs from the installed"
                + " workflow) 1.0.0 (org.filmlab.workflow.chenDuquesnoy2021.variant)"),
                "an edited copy under the paper's id is not presented as the paper's workflow: " + o.out());
    }

    @Test
    void unknownWorkflowStep() throws IOException {
        Path wf = write("wf.json", """
                {"format": "filmlab.workflow/2", "id": "t", "seed": 1,
                 "steps": [{"step": "reduce", "use": "org.filmlab.weka.pca"},
                           {"step": "cluster", "use": "org.filmlab.weka.kmeans"},
                           {"step": "smooth", "use": "x"}]}
                """);
        String err = rejects("run", "--workflow", wf.toString());
        assertTrue(err.contains("step 3 (smooth)") && err.contains("no kind of step 'smooth'"), err);
    }

    @Test
    void unknownContribution() throws IOException {
        Path wf = write("wf.json", """
                {"format": "filmlab.workflow/1", "id": "t", "seed": 1,
                 "steps": [{"step": "reduce", "use": "org.filmlab.weka.pca"},
                           {"step": "cluster", "use": "org.example.dbscan"}]}
                """);
        String err = rejects("run", "--workflow", wf.toString());
        assertTrue(err.contains("step 2 (cluster)") && err.contains("no clusterer 'org.example.dbscan'"), err);
        assertFalse(err.contains("steps["), "no internal indices: " + err);
    }

    /** Found using the product: --out naming the data file deleted it (replaced by a results folder). */
    @Test
    void outNamingTheDataFileIsRefusedBeforeTheRunAndTheFileStays(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("films.csv");
        Files.copy(SampleData.file(), data);
        byte[] before = Files.readAllBytes(data);
        CommandRun o = run("run", "--data", data.toString(), "--out", data.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--out") && o.err().contains(data + " is a file, not a folder"), o.err());
        assertFalse(o.err().contains("Running"), "refused before the analysis: " + o.err());
        assertArrayEquals(before, Files.readAllBytes(data));
    }

    @Test
    void parameterOutOfRange() {
        String err = rejects("run", "--k", "99");
        assertTrue(err.contains("step 2 (cluster), parameter 'k'") && err.contains("99"), err);
        assertFalse(err.contains("steps["), "no internal indices: " + err);
    }

    @Test
    void unknownOption() {
        String err = rejects("run", "--colour", "red");
        assertTrue(err.contains("--colour"), err);
    }

    @Test
    void throwingContributionFailsItsStepOnly() throws IOException {
        Path wf = write("wf.json", """
                {"format": "filmlab.workflow/1", "id": "t", "seed": 1,
                 "steps": [{"step": "reduce", "use": "org.filmlab.weka.pca"},
                           {"step": "cluster", "use": "org.filmlab.headless.tests.throwingClusterer"}]}
                """);
        Path out = tmp.resolve("out");
        CommandRun o = run("run", "--workflow", wf.toString(), "--out", out.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("step 2 (cluster) in org.filmlab.headless.tests.throwingClusterer"), o.err());
        assertTrue(o.err().contains(ThrowingClusterer.MESSAGE), o.err());
        assertFalse(Files.exists(out));
        // The platform carries on: the next run in the same process works.
        assertEquals(0, run("run", "--out", tmp.resolve("after").toString()).code());
    }

    /** A classifier's batch labels one short: the classify step fails saying so, and nothing is written. */
    @Test
    void malformedBatchLabelsFailTheirStepInWords() throws IOException {
        Path out = tmp.resolve("out");
        CommandRun o = run("run", "--workflow", faultyClassifierWorkflow("shortLabelsClassifier", "").toString(),
                "--out", out.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("(classify) in org.filmlab.headless.tests.shortLabelsClassifier"), o.err());
        assertTrue(o.err().matches("(?s).*predicted (\\d+) of (\\d+) rows.*"), o.err());
        assertFalse(Files.exists(out));
    }

    /** A classifier's batch predictions with a null among them: the steps that read them say so, not a NullPointerException. */
    @Test
    void aGapInBatchPredictionsFailsTheMapAndTheNextExperimentsInWords() throws IOException {
        Path out = tmp.resolve("out");
        Path mapping = faultyClassifierWorkflow("gapPredictionsClassifier", """
                , {"step": "map", "settings": {"x": "LS", "y": "XB", "panel": "P", "panelLevels": "3,10",
                                               "resolution": 5}}""");
        CommandRun o = run("run", "--workflow", mapping.toString(), "--out", out.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("(map)"), o.err());
        assertTrue(o.err().contains("predicted nothing for grid point 2 of 25"), o.err());
        assertFalse(o.err().contains("NullPointerException"), o.err());
        assertFalse(Files.exists(out));

        // The next experiments ask the same model for every candidate recipe at once.
        Path suggesting = faultyClassifierWorkflow("gapPredictionsClassifier", ", {\"step\": \"nextExperiments\"}");
        o = run("run", "--workflow", suggesting.toString(), "--out", out.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("(nextExperiments)"), o.err());
        assertTrue(o.err().contains("predicted nothing for candidate recipe 2 of"), o.err());
        assertFalse(o.err().contains("NullPointerException"), o.err());
        assertFalse(Files.exists(out));
    }

    /**
     * The paper's chain up to a classify step with one of this fragment's faulty classifiers, then
     * {@code laterSteps} (JSON, each preceded by a comma).
     */
    private Path faultyClassifierWorkflow(String classifier, String laterSteps) throws IOException {
        return write(classifier + ".json", """
                {"format": "filmlab.workflow/1", "id": "t", "seed": 1,
                 "steps": [{"step": "reduce", "use": "org.filmlab.weka.pca", "settings": {"exclude": "P"}},
                           {"step": "cluster", "use": "org.filmlab.weka.kmeans", "settings": {"components": 2}},
                           {"step": "classes"},
                           {"step": "classify", "use": "org.filmlab.headless.tests.%s",
                            "settings": {"features": "P,LS,XB"}}%s]}
                """.formatted(classifier, laterSteps));
    }

    @Test
    void listShowsEveryExtensionPoint() {
        CommandRun o = run("list");
        assertEquals(0, o.code());
        for (String id : List.of("org.filmlab.core.importers:", "org.filmlab.io.csv", "org.filmlab.weka.pca",
                "org.filmlab.weka.kmeans", "org.filmlab.weka.smo", "org.filmlab.stats.kruskalWallis",
                "org.filmlab.workflow.chenDuquesnoy2021")) {
            assertTrue(o.out().contains(id), id + " not listed:\n" + o.out());
        }
    }

    @Test
    void listShowsTheSuggestersAndReportSectionsOfTheirOwnExtensionPoints() {
        CommandRun o = run("list");
        assertEquals(0, o.code());
        String out = o.out();
        int suggesters = out.indexOf("org.filmlab.suggest.suggesters:");
        assertTrue(suggesters >= 0, out);
        String block = out.substring(suggesters);
        for (String id : List.of("org.filmlab.weka.feasibleBayesOpt", "org.filmlab.suggest.uncertainty",
                "org.filmlab.suggest.random", "org.filmlab.suggest.latinHypercube")) {
            assertTrue(block.contains(id), id + " not listed under the suggesters:\n" + out);
        }
        assertTrue(block.contains("Feasibility-aware Bayesian optimisation") && block.contains("org.filmlab.weka"),
                "a suggester's name and bundle: " + out);
        assertTrue(out.contains("org.filmlab.report.sections:") && out.contains("org.filmlab.suggest.report"
                + ".nextExperiments"), out);
    }

    @Test
    void compareGivesTheNumbersOfSeparateRuns() throws IOException {
        Path dir = tmp.resolve("compare");
        CommandRun o = run("compare", "--workflows",
                "org.filmlab.workflow.chenDuquesnoy2021,org.filmlab.workflow.chenDuquesnoy2021.rbf", "--out",
                dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("adjusted Rand index"), o.out());
        JsonNode c = json(dir.resolve("compare.json"));
        assertEquals(2, c.at("/workflows").size());
        assertEquals(1.0, c.at("/adjustedRand/0/0").asDouble(), 1e-12);
        assertEquals(c.at("/adjustedRand/0/1").asDouble(), c.at("/adjustedRand/1/0").asDouble(), 1e-12);

        Path single = tmp.resolve("single");
        assertEquals(0, run("run", "--workflow", "org.filmlab.workflow.chenDuquesnoy2021.rbf", "--out",
                single.toString()).code());
        JsonNode r = json(single.resolve("results.json"));
        JsonNode cv = part(r, "classifierEvaluation").at("/cv");
        assertEquals(cv.at("/f1MacroMean").asDouble(), c.at("/workflows/1/f1MacroMean").asDouble());
        assertEquals(cv.at("/f1MacroSd").asDouble(), c.at("/workflows/1/f1MacroSd").asDouble());
        String err = rejects("compare", "--workflows", "org.filmlab.workflow.chenDuquesnoy2021");
        assertTrue(err.contains("at least two workflows"), err);
    }

    @Test
    void runWritesTheReportAndReportFromRerendersItWithoutRecomputing() throws IOException {
        Path dir = tmp.resolve("run");
        CommandRun o = run("run", "--out", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Report:"), o.out());
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
        assertTrue(Files.isRegularFile(dir.resolve("figures/fig4-decision-maps.svg")));
        byte[] results = Files.readAllBytes(dir.resolve("results.json"));
        byte[] html = Files.readAllBytes(dir.resolve("report.html"));
        Files.delete(dir.resolve("figures/fig2a-correlation-circle.png"));

        CommandRun again = run("report", "--from", dir.toString());
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(results, Files.readAllBytes(dir.resolve("results.json")), "results.json untouched");
        assertArrayEquals(html, Files.readAllBytes(dir.resolve("report.html")), "same JSON, same report");
        assertTrue(Files.isRegularFile(dir.resolve("figures/fig2a-correlation-circle.png")), "figure redrawn");

        Path bare = tmp.resolve("bare");
        assertEquals(0, run("run", "--no-report", "--out", bare.toString()).code());
        try (Stream<Path> files = Files.list(bare)) {
            assertEquals(List.of(bare.resolve("results.json")), files.toList());
        }
        CommandRun missing = run("report", "--from", tmp.resolve("nothing-here").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("results.json") && missing.err().contains("no such file"), missing.err());
    }

    @Test
    void aHangingStepIsStoppedAfterTheWorkflowsTimeLimit() throws IOException {
        Path wf = write("wf.json", """
                {"format": "filmlab.workflow/1", "id": "t", "seed": 1, "timeoutSeconds": 1,
                 "steps": [{"step": "reduce", "use": "org.filmlab.weka.pca"},
                           {"step": "cluster", "use": "org.filmlab.headless.tests.hangingClusterer"}]}
                """);
        long start = System.nanoTime();
        CommandRun o = run("run", "--workflow", wf.toString(), "--out", tmp.resolve("out").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("org.filmlab.headless.tests.hangingClusterer") && o.err().contains("within 1 s"),
                o.err());
        // The limit plus one second, with room for reading the data and the PCA before the step starts.
        assertTrue(seconds < 4.0, "stopped after " + seconds + " s");
        assertFalse(Files.exists(tmp.resolve("out")));
        assertEquals(0, run("run", "--no-report", "--out", tmp.resolve("after").toString()).code());
    }

    @Test
    void aStepThatThrowsAnErrorFailsOnlyItsStep() throws IOException {
        Path wf = write("wf.json", """
                {"format": "filmlab.workflow/1", "id": "t", "seed": 1,
                 "steps": [{"step": "reduce", "use": "org.filmlab.weka.pca"},
                           {"step": "cluster", "use": "org.filmlab.headless.tests.recursingClusterer"}]}
                """);
        CommandRun o = run("run", "--workflow", wf.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("org.filmlab.headless.tests.recursingClusterer")
                && o.err().contains("StackOverflowError"), o.err());
        assertEquals(0, run("run", "--no-report", "--out", tmp.resolve("after").toString()).code());
    }

    /**
     * The bundled sample as a lab export writes it: seven of its columns, snake_case headers with the
     * unit inside the name; {@code renamed} replaces the headers of the same position.
     */
    private Path labExport(String... renamed) throws IOException {
        List<String> headers = new ArrayList<>(List.of("P_wt_pct", "LS_uL_per_mg", "XB_pct", "thickness_um",
                "ionic_conductivity_S_cm", "DoT_um", "RD"));
        for (int j = 0; j < renamed.length; j++) {
            if (renamed[j] != null) {
                headers.set(j, renamed[j]);
            }
        }
        // Sample columns: film, P, L:S, X:B, thickness, density, resistance, σN, DoT, RD.
        int[] kept = {1, 2, 3, 4, 7, 8, 9};
        StringBuilder csv = new StringBuilder(String.join(",", headers)).append('\n');
        List<String> lines = Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8);
        for (String line : lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("film,")).findFirst()
                .orElseThrow()) + 1, lines.size())) {
            String[] cells = line.split(",");
            csv.append(String.join(",", Arrays.stream(kept).mapToObj(j -> cells[j]).toList())).append('\n');
        }
        return write("export.csv", csv.toString());
    }

    @Test
    void aLabExportWithSnakeCaseHeadersRunsTheDefaultWorkflow() throws IOException {
        Path out = tmp.resolve("snake");
        CommandRun o = run("run", "--no-report", "--data", labExport().toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode r = json(out.resolve("results.json"));
        for (String key : List.of("P", "LS", "XB", "thickness", "sigmaN", "DoT", "RD")) {
            assertEquals(110, r.at("/data/values/" + key).size(), key + " in " + r.at("/data/values"));
        }
        CommandRun named = run("run", "--no-report", "--data", labExport().toString(), "--conditions",
                "P_wt_pct,LS_uL_per_mg,XB_pct", "--out", tmp.resolve("named").toString());
        assertEquals(0, named.code(), "conditions named by header take the keys the workflow asks for: " + named.err());
    }

    @Test
    void mapBindsAColumnOfAnyHeaderToAWorkflowVariable() throws IOException {
        Path data = labExport(null, null, null, null, "kappa", null, "spread");
        String err = rejects("run", "--data", data.toString());
        assertTrue(err.contains("--map RD=COLUMN"), "the message says how to bind RD: " + err);

        Path out = tmp.resolve("mapped");
        CommandRun o = run("run", "--no-report", "--data", data.toString(), "--map", "sigmaN=kappa", "--map=RD=spread",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode r = json(out.resolve("results.json"));
        assertEquals(110, r.at("/data/values/sigmaN").size(), r.at("/data/values").toString());
        assertTrue(r.at("/data/values/kappa").isMissingNode());
        assertFalse(test(r, "kruskalWallis", "sigmaN").isMissingNode(), "the tests see the bound column as σN: "
                + r.at("/steps"));
    }

    @Test
    void mapRefusesAnUnknownVariableOrColumnListingTheChoices() throws IOException {
        String data = labExport().toString();
        String unknownVariable = rejects("run", "--data", data, "--map", "conductivity=ionic_conductivity_S_cm");
        assertTrue(unknownVariable.contains("parameter '--map'") && unknownVariable.contains("'conductivity'")
                && unknownVariable.contains("P, LS, XB, thickness, density, resistance, sigmaN, DoT, RD"),
                unknownVariable);
        String unknownColumn = rejects("run", "--data", data, "--map", "sigmaN=kappa");
        assertTrue(unknownColumn.contains("parameter 'map'") && unknownColumn.contains("no column 'kappa'")
                && unknownColumn.contains("ionic_conductivity_S_cm, DoT_um, RD"), unknownColumn);
        String notAPair = rejects("run", "--data", data, "--map", "sigmaN");
        assertTrue(notAPair.contains("parameter '--map'") && notAPair.contains("VARIABLE=COLUMN"), notAPair);
    }

    @Test
    void mapRefusesAVariableOrAColumnBoundTwice() throws IOException {
        String data = labExport().toString();
        String variableTwice = rejects("run", "--data", data, "--map", "sigmaN=ionic_conductivity_S_cm", "--map",
                "σN=DoT_um");
        assertTrue(variableTwice.contains("parameter '--map'") && variableTwice.contains("sigmaN is bound twice"),
                variableTwice);
        String columnTwice = rejects("compare", "--workflows", "org.filmlab.workflow.chenDuquesnoy2021,"
                + "org.filmlab.workflow.chenDuquesnoy2021.rbf", "--data", data, "--map", "sigmaN=DoT_um", "--map",
                "DoT=DoT_um");
        assertTrue(columnTwice.contains("column 'DoT_um' is bound both to sigmaN and to DoT"), columnTwice);
    }
}
