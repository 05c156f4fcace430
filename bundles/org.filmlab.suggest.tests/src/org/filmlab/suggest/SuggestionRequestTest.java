// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.junit.jupiter.api.Test;

class SuggestionRequestTest {

    private static final double[][] CANDIDATES = {{0.1, 0.0}, {0.5, 0.2}, {0.9, 0.4}};

    /** P(class 1) = the first condition. */
    private static final TrainedModel MODEL = f -> new Prediction(f[0] > 0.5 ? 0 : 1, new double[] {f[0], 1 - f[0]});

    @Test
    void goodProbabilitiesAreEachCandidatesInOrder() {
        double[] good = request(MODEL).goodProbabilities();
        assertArrayEquals(new double[] {0.1, 0.5, 0.9}, good);
        for (int c = 0; c < CANDIDATES.length; c++) {
            assertEquals(request(MODEL).goodProbability(c), good[c]);
        }
    }

    /**
     * A contributed classifier whose batch answers too few rows must fail with the counts, not with an
     * index past the end of its answer deep in a suggester.
     */
    @Test
    void aBatchOfTheWrongSizeIsNamed() {
        TrainedModel shortBatch = new TrainedModel() {
            @Override
            public Prediction predict(double[] features) {
                return MODEL.predict(features);
            }

            @Override
            public Prediction[] predictAll(double[][] rows) {
                return Arrays.stream(rows).limit(rows.length - 1).map(this::predict).toArray(Prediction[]::new);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> request(shortBatch).goodProbabilities());
        assertEquals("the classifier predicted 2 of 3 candidate recipes", e.getMessage());
    }

    private static SuggestionRequest request(TrainedModel classifier) {
        CandidateGrid grid = new CandidateGrid(List.of("a", "b"), CANDIDATES, new double[] {0.1, 0.0},
                new double[] {0.9, 0.4});
        return new SuggestionRequest(List.of("a", "b"), new double[][] {{0.3, 0.1}}, Map.of("y", new double[] {1}), "y",
                true, Map.of(), new int[] {1}, 1, "class 1", classifier, List.of(), grid, 1, 0.0, 1);
    }
}
