// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.SuggestionRequest;
import org.filmlab.testkit.SuggesterContract;
import org.junit.jupiter.api.Test;

class FeasibleBayesianOptimisationTest extends SuggesterContract {

    @Override
    protected String id() {
        return "org.filmlab.weka.feasibleBayesOpt";
    }

    @Override
    protected FeasibleBayesianOptimisation create() {
        return new FeasibleBayesianOptimisation();
    }

    @Test
    void firstPickAimsAtTheObjectivesPeakInsideTheGoodClass() throws Exception {
        SuggestionRequest r = request(3, 0.2, 1);
        List<Pick> picks = create().suggest(r, new NullProgressMonitor());
        double[] first = r.candidates().point(picks.get(0).candidate());
        // The contract's objective peaks at a = 0.75, b = 0.5 (not a measured level of a), where class 1 is good.
        assertEquals(0.75, first[0], 0.26, "a of the first pick");
        assertEquals(0.5, first[1], 0.26, "b of the first pick");
        assertTrue(r.goodProbability(picks.get(0).candidate()) > 0.5);
    }

    @Test
    void eachPickPredictsEveryPropertyWithItsUncertaintyAndItsAcquisitionDecreases() throws Exception {
        SuggestionRequest r = request(4, 0.1, 2);
        List<Pick> picks = create().suggest(r, new NullProgressMonitor());
        for (Pick p : picks) {
            assertEquals(List.of("y", "z"), List.copyOf(p.predicted().keySet()));
            for (NextExperiment.Estimate e : p.predicted().values()) {
                assertTrue(e.value() > 0 && e.sd() >= 0, e.toString());
            }
            assertTrue(p.why().contains("P(good)"), p.why());
        }
        assertTrue(picks.get(0).acquisition() >= picks.get(picks.size() - 1).acquisition());
    }

    @Test
    void expectedImprovementIsPositiveWithUncertaintyAndTheGainWithout() {
        assertTrue(FeasibleBayesianOptimisation.expectedImprovement(0, 1, 0) > 0.39);
        assertEquals(0.49, FeasibleBayesianOptimisation.expectedImprovement(0.5, 0, 0), 1e-12);
        assertEquals(0.0, FeasibleBayesianOptimisation.expectedImprovement(-1, 0, 0));
    }
}
