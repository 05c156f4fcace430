// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.Canonical;
import org.filmlab.testkit.ClassifierContract;
import org.filmlab.testkit.ContractData;
import org.junit.jupiter.api.Test;

class RandomForestClassifierTest extends ClassifierContract<RandomForestClassifier> {

    @Override
    protected RandomForestClassifier contribution() {
        return new RandomForestClassifier();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.randomForest";
    }

    @Test
    void theSeedChoosesTheForest() {
        LabeledSamples s = ContractData.labeledConditions();
        RandomForestClassifier forest = contribution();
        String one = Canonical.of(predictions(forest.train(s, forest.parameters().defaults(), 1, null), s));
        String two = Canonical.of(predictions(forest.train(s, forest.parameters().defaults(), 2, null), s));
        assertNotEquals(one, two, "different seeds must give different bootstrap samples");
    }

    @Test
    void moreFeaturesPerSplitThanFeaturesIsRejected() {
        Problems problems = new Problems();
        RandomForestClassifier forest = contribution();
        forest.validate(forest.parameters().resolve(Map.of(RandomForestClassifier.FEATURES_PER_SPLIT, 3), "rf",
                problems), new DataShape(60, List.of("a", "b"), List.of("a", "b"), List.of(), 3), problems);
        assertFalse(problems.isEmpty());
        assertTrue(problems.list().get(0).where().equals(RandomForestClassifier.FEATURES_PER_SPLIT));
    }
}
