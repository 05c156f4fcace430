// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.testkit.ClassifierContract;
import org.junit.jupiter.api.Test;

class DecisionTreeClassifierTest extends ClassifierContract<DecisionTreeClassifier> {

    @Override
    protected DecisionTreeClassifier contribution() {
        return new DecisionTreeClassifier();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.j48";
    }

    @Test
    void splitsOnTheFeatureThatSeparatesAndIgnoresTheOther() {
        // Class is x0 > 5; x1 is noise in much larger units, which a tree must not care about.
        double[][] x = { { 1, 300 }, { 2, -500 }, { 3, 800 }, { 4, -100 }, { 6, 200 }, { 7, -700 }, { 8, 600 },
                { 9, -300 } };
        int[] y = { 0, 0, 0, 0, 1, 1, 1, 1 };
        TrainedModel tree = new DecisionTreeClassifier().train(LabeledSamples.of(List.of("x0", "x1"), 2, x, y),
                contribution().parameters().defaults(), 1, null);
        // C4.5 puts the threshold on a training value (x0 <= 4), so query well inside each side.
        assertEquals(0, tree.predict(new double[] { 3.5, 1000 }).label());
        assertEquals(1, tree.predict(new double[] { 6.5, -1000 }).label());
    }
}
