// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.StepRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SparkSupportTest {

    private static StepRecord step(int index, String word, String id, String name, Map<String, Object> params) {
        return new StepRecord(index, word, word, id, name, "b", "1", params, Map.of(), 7L);
    }

    private static StepRecord step(int index, String word, String id, String name, Map<String, Object> params,
            Map<String, Object> settings) {
        return new StepRecord(index, word, word, id, name, "b", "1", params, settings, 7L);
    }

    /** The benchmark's scale workflow (migrated from format 1), as the engine records it. */
    private static List<StepRecord> scale(String classifier, String classifierName) {
        return List.of(step(0, "reduce", "org.filmlab.weka.pca", "PCA", Map.of("standardize", true)),
                step(1, "cluster", "org.filmlab.commonsmath.kmeans", "K-means", Map.of("k", 3)),
                step(2, "classes", "org.filmlab.workflow.chenDuquesnoy2021.quality", "The paper's rule", Map.of()),
                step(3, "test", "org.filmlab.stats.kruskalWallis", "Kruskal-Wallis", Map.of("columns", "")),
                step(4, "test", "org.filmlab.stats.twoWayAnova", "Two-way ANOVA", Map.of()),
                step(5, "classify", classifier, classifierName, Map.of("resampler",
                        "org.filmlab.weka.randomOversampling (org.filmlab.weka 0.1.0) {ratio=0.75}"),
                        Map.of("features", "P,LS", "testFraction", 0.2, "folds", 5, "repeats", 2)),
                step(6, "map", "", "", Map.of()), step(7, "sigmaOnlyMaps", "", "", Map.of()),
                step(8, "nextExperiments", "", "", Map.of()));
    }

    private static Dataset sample() {
        double[] v = {1, 2, 3};
        return new Dataset("s.csv", "0", List.of(), List.of(
                new Column("P", "P", "P%", ColumnRole.CONDITION, "", v),
                new Column("LS", "L:S", "L:S", ColumnRole.CONDITION, "", v),
                new Column("RD", "RD", "RD", ColumnRole.PROPERTY, "", v)), List.of("a", "b", "c"), new int[] {2, 3, 4});
    }

    @Test
    void aWorkflowWhoseStepsAllHaveSparkImplementationsPasses() {
        assertDoesNotThrow(() -> SparkSupport.check("w", scale("org.filmlab.liblinear.linearSvm", "Linear SVM")));
    }

    @Test
    void wekasSmoIsRefusedNamingTheStepAndTheSparkAlternative() {
        InvalidWorkflowException e = assertThrows(InvalidWorkflowException.class,
                () -> SparkSupport.check("w", scale("org.filmlab.weka.smo", "SVM (SMO)")));
        String message = e.getMessage();
        assertTrue(message.contains("step 6 (classify: SVM (SMO))"), message);
        assertTrue(message.contains("org.filmlab.weka.smo has no Spark implementation"), message);
        assertTrue(message.contains("org.filmlab.liblinear.linearSvm"), message);
    }

    @Test
    void aKindOfStepWithoutSparkImplementationIsRefusedToo() {
        InvalidWorkflowException e = assertThrows(InvalidWorkflowException.class, () -> SparkSupport.check("w",
                List.of(step(0, "regress", "", "", Map.of()), step(1, "test", "org.filmlab.stats.dunn",
                        "Dunn's test", Map.of()))));
        String message = e.getMessage();
        assertTrue(message.contains("step 1 (regress)") && message.contains("'regress' has no Spark"), message);
        assertTrue(message.contains("step 2 (test: Dunn's test)") && message.contains("org.filmlab.stats.dunn has no"
                + " Spark implementation") && message.contains("org.filmlab.stats.kruskalWallis"), message);
    }

    @Test
    void everyOtherRefusalNamesTheStepAndWhatToDo() {
        InvalidWorkflowException e = assertThrows(InvalidWorkflowException.class, () -> SparkSupport.check("w",
                List.of(step(0, "reduce", "org.filmlab.weka.pca", "PCA", Map.of("standardize", false)),
                        step(1, "cluster", "org.filmlab.weka.em", "EM", Map.of()),
                        step(2, "test", "org.filmlab.stats.kruskalWallis", "Kruskal-Wallis", Map.of("columns", "RD")),
                        step(3, "classify", "org.filmlab.liblinear.linearSvm", "Linear SVM", Map.of("resampler",
                                "org.filmlab.weka.smote (org.filmlab.weka 0.1.0) {}")))));
        String message = e.getMessage();
        assertTrue(message.contains("step 1 (reduce: PCA), parameter 'standardize'")
                && message.contains("standardized variables"), message);
        assertTrue(message.contains("step 2 (cluster: EM)") && message.contains("org.filmlab.weka.em has no Spark"
                + " implementation; on Spark use org.filmlab.commonsmath.kmeans"), message);
        assertTrue(message.contains("step 3 (test: Kruskal-Wallis), parameter 'columns'"), message);
        assertTrue(message.contains("step 4 (classify: Linear SVM), resampler")
                && message.contains("org.filmlab.weka.smote has no Spark implementation"), message);
    }

    @Test
    void theScaleWorkflowWithItsAnovaSigmaOnlyMapsAndSuggestionsPasses() {
        assertDoesNotThrow(() -> SparkSupport.check("w", scale("org.filmlab.liblinear.linearSvm", "Linear SVM")));
        List<StepRecord> records = scale("org.filmlab.liblinear.linearSvm", "Linear SVM");
        assertTrue(SparkSupport.onDriver(records.get(4)), "the two-way ANOVA runs on the driver");
        assertTrue(SparkSupport.onDriver(records.get(6)) && SparkSupport.onDriver(records.get(7))
                && SparkSupport.onDriver(records.get(8)), "maps, σN-only maps and suggestions run on the driver");
        assertFalse(SparkSupport.onDriver(records.get(2)) || SparkSupport.onDriver(records.get(3)),
                "classes and Kruskal-Wallis are the job's");
    }

    @Test
    void theJobsPlanLeavesTheDriverStepsOutAndAsksForTheSigmaOnlyModel() {
        ObjectNode plan = SparkSupport.plan(scale("org.filmlab.liblinear.linearSvm", "Linear SVM"), sample(), "");
        List<String> kinds = new java.util.ArrayList<>();
        plan.get("steps").forEach(s -> kinds.add(s.get("kind").asText()));
        assertEquals(List.of("reduce", "cluster", "classes", "kruskalWallis", "classify"), kinds);
        JsonNode classify = plan.get("steps").get(4);
        assertEquals(0.75, classify.get("ratio").asDouble());
        assertEquals("oversample", classify.get("resample").asText());
        assertEquals("[[0,0,1]]", classify.get("relabelings").toString());
        assertEquals("[\"P\",\"LS\"]", classify.get("features").toString());
    }

    @Test
    void withoutSigmaOnlyMapsNoSecondModelIsAsked() {
        List<StepRecord> records = scale("org.filmlab.liblinear.linearSvm", "Linear SVM").subList(0, 7);
        ObjectNode plan = SparkSupport.plan(records, sample(), "");
        assertFalse(plan.get("steps").get(4).has("relabelings"));
    }

    @Test
    void theRecordNamesTheCodeThatRan() {
        StepRecord r = SparkSupport.onSpark(step(4, "classify", "org.filmlab.liblinear.linearSvm", "Linear SVM",
                Map.of("loss", "logistic")));
        assertEquals("Linear SVM on Spark: LIBLINEAR's objective (logistic loss, regularized bias), one-vs-rest, by"
                + " Newton's method over Spark tree aggregates", r.contributionName());
        StepRecord anova = SparkSupport.onSpark(step(4, "test", "org.filmlab.stats.twoWayAnova", "Two-way ANOVA",
                Map.of()));
        assertTrue(anova.contributionName().contains("on the driver"), anova.contributionName());
    }

    @Test
    void theDriverHandsOverTheMergedClassModelOnlyForExactlyThoseLabels() {
        int[] classOfFilm = {1, 3, 2, 3};
        assertTrue(SparkResults.sameLabels(new int[] {0, 1, 0, 1}, classOfFilm, new int[] {0, 0, 1}));
        assertFalse(SparkResults.sameLabels(new int[] {0, 1, 1, 1}, classOfFilm, new int[] {0, 0, 1}));
        assertFalse(SparkResults.sameLabels(new int[] {0, 1, 0}, classOfFilm, new int[] {0, 0, 1}));
    }
}
