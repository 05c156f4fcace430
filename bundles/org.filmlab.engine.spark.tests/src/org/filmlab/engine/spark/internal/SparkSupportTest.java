// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.StepRecord;
import org.junit.jupiter.api.Test;

class SparkSupportTest {

    private static StepRecord step(int index, String word, String id, String name, Map<String, Object> params) {
        return new StepRecord(index, word, word, id, name, "b", "1", params, Map.of(), 7L);
    }

    /** The benchmark's scale workflow, as the engine records it (minus its two-way ANOVA). */
    private static List<StepRecord> scale(String classifier, String classifierName) {
        return List.of(step(0, "reduce", "org.filmlab.weka.pca", "PCA", Map.of("standardize", true)),
                step(1, "cluster", "org.filmlab.commonsmath.kmeans", "K-means", Map.of("k", 3)),
                step(2, "classes", "org.filmlab.core.classes.bySize", "By size", Map.of()),
                step(3, "test", "org.filmlab.stats.kruskalWallis", "Kruskal-Wallis", Map.of("columns", "")),
                step(4, "classify", classifier, classifierName, Map.of("resampler",
                        "org.filmlab.weka.randomOversampling (org.filmlab.weka 0.1.0) {}")),
                step(5, "map", "", "", Map.of()));
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
        assertTrue(message.contains("step 5 (classify: SVM (SMO))"), message);
        assertTrue(message.contains("org.filmlab.weka.smo has no Spark implementation"), message);
        assertTrue(message.contains("org.filmlab.liblinear.linearSvm"), message);
    }

    @Test
    void aKindOfStepWithoutSparkImplementationIsRefusedToo() {
        InvalidWorkflowException e = assertThrows(InvalidWorkflowException.class, () -> SparkSupport.check("w",
                List.of(step(0, "regress", "", "", Map.of()), step(1, "test", "org.filmlab.stats.twoWayAnova",
                        "Two-way ANOVA", Map.of()))));
        String message = e.getMessage();
        assertTrue(message.contains("step 1 (regress)") && message.contains("'regress' has no Spark"), message);
        assertTrue(message.contains("step 2 (test: Two-way ANOVA)")
                && message.contains("org.filmlab.stats.kruskalWallis"), message);
    }

    @Test
    void theRecordNamesTheMllibCodeThatRan() {
        StepRecord r = SparkSupport.onSpark(step(4, "classify", "org.filmlab.liblinear.linearSvm", "Linear SVM",
                Map.of("loss", "logistic")));
        assertEquals("Linear SVM on Spark: MLlib OneVsRest over LogisticRegression", r.contributionName());
    }
}
