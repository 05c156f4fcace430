// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.testkit.ClassifierContract;
import org.junit.jupiter.api.Test;

class LogisticClassifierTest extends ClassifierContract<LogisticClassifier> {

    @Override
    protected LogisticClassifier contribution() {
        return new LogisticClassifier();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.logistic";
    }

    @Test
    void probabilitiesFollowTheLogisticCurveOfASingleFeature() {
        // Overlapping classes on one feature: the fitted P(class 1) must rise with x and be 1/2 near
        // the middle, where the classes mix evenly (the data are symmetric about x = 0).
        double[][] x = { { -3 }, { -2 }, { -1 }, { -0.5 }, { 0.5 }, { 1 }, { 2 }, { 3 } };
        int[] y = { 0, 0, 0, 1, 0, 1, 1, 1 };
        TrainedModel model = new LogisticClassifier().train(LabeledSamples.of(List.of("x"), 2, x, y),
                contribution().parameters().defaults(), 1, null);
        double previous = 0;
        for (double v = -4; v <= 4; v += 0.5) {
            Prediction p = model.predict(new double[] { v });
            assertEquals(1.0, p.distribution()[0] + p.distribution()[1], 1e-12);
            assertTrue(p.distribution()[1] > previous, "P(class 1) must increase with x at " + v);
            previous = p.distribution()[1];
        }
        assertEquals(0.5, model.predict(new double[] { 0 }).distribution()[1], 1e-4);
    }
}
