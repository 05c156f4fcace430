// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.SuggestionRequest;
import org.filmlab.testkit.SuggesterContract;
import org.junit.jupiter.api.Test;

class UncertaintySuggesterTest extends SuggesterContract {

    @Override
    protected String id() {
        return "org.filmlab.suggest.uncertainty";
    }

    @Override
    protected UncertaintySuggester create() {
        return new UncertaintySuggester();
    }

    private static TrainedModel says(int label) {
        return f -> new Prediction(label, label == 0 ? new double[] {1, 0} : new double[] {0, 1});
    }

    @Test
    void disagreementIsTheShareVotingAgainstTheirMajorityNotAgainstTheFinalModel() {
        assertEquals(0.0, Votes.disagreement(List.of(says(1), says(1), says(1)), new double[] {0}));
        assertEquals(0.4, Votes.disagreement(List.of(says(0), says(1), says(1), says(0), says(1)), new double[] {0}),
                1e-12);
        assertEquals(0.0, Votes.disagreement(List.of(), new double[] {0}));
    }

    @Test
    void picksAreKeptTheSpacingApartAndSitAtTheClassBoundary() throws Exception {
        SuggestionRequest r = request(4, 0.3, 1);
        List<Pick> picks = create().suggest(r, new NullProgressMonitor());
        for (int i = 0; i < picks.size(); i++) {
            for (int j = 0; j < i; j++) {
                assertTrue(r.candidates().distance(picks.get(i).candidate(), picks.get(j).candidate()) >= 0.3);
            }
        }
        // The contract's models switch class near a = 0.4: the most uncertain recipe has a = 0.25 or 0.5.
        double a = r.candidates().point(picks.get(0).candidate())[0];
        assertTrue(a == 0.25 || a == 0.5, "first pick at a = " + a);
    }
}
