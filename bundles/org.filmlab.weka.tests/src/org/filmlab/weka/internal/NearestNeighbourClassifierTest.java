// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.testkit.ClassifierContract;
import org.junit.jupiter.api.Test;

class NearestNeighbourClassifierTest extends ClassifierContract<NearestNeighbourClassifier> {

    @Override
    protected NearestNeighbourClassifier contribution() {
        return new NearestNeighbourClassifier();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.ibk";
    }

    @Test
    void scalingDecidesWhichFeatureCounts() {
        // x0 is the class; x1 spreads 10 units within each class. Worked by hand for the query
        // (0.1, 12): unscaled, the nearest row is (1, 13) at 1.35 (x1 dominates); standardized (x0 sd
        // 0.577, x1 sd 5.97), it is (0, 10) at 0.38, against 1.56 for (1, 13).
        double[][] x = { { 0, 0 }, { 0, 10 }, { 1, 3 }, { 1, 13 } };
        int[] y = { 0, 0, 1, 1 };
        LabeledSamples s = LabeledSamples.of(List.of("x0", "x1"), 2, x, y);
        double[] query = { 0.1, 12 };
        assertEquals(1, contribution().train(s, valuesWith(Map.of("k", 1, "scaling", "none")), 1, null)
                .predict(query).label(), "unscaled");
        assertEquals(0, contribution().train(s, valuesWith(Map.of("k", 1, "scaling", "standardize")), 1, null)
                .predict(query).label(), "standardized");
    }

    @Test
    void rowWeightsWeighTheVotes() {
        double[][] x = { { 0 }, { 0.1 }, { 0.2 } };
        int[] y = { 0, 0, 1 };
        LabeledSamples equal = LabeledSamples.of(List.of("x"), 2, x, y);
        LabeledSamples heavy = new LabeledSamples(List.of("x"), 2, x, y, new double[] { 1, 1, 5 });
        ParameterValues three = valuesWith(Map.of("k", 3));
        assertEquals(0, contribution().train(equal, three, 1, null).predict(new double[] { 0.1 }).label());
        assertEquals(1, contribution().train(heavy, three, 1, null).predict(new double[] { 0.1 }).label());
    }
}
