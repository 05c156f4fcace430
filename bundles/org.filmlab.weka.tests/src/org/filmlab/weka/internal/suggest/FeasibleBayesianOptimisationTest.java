// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    void theSameRequestGivesTheSamePicksWithTheSameFiguresAndReasons() throws Exception {
        List<Pick> a = create().suggest(request(5, 0.1, 3), new NullProgressMonitor());
        List<Pick> b = create().suggest(request(5, 0.1, 3), new NullProgressMonitor());
        assertEquals(a, b);
    }

    @Test
    void aPropertyTheGoodClassHasLessOfIsKeptAtMostTheGoodClassesMedian() {
        SuggestionRequest r = withSecondProperty(request(3, 0.1, 1), true);
        List<FeasibleBayesianOptimisation.Limit> limits = FeasibleBayesianOptimisation.limits(r);
        assertEquals(1, limits.size(), limits.toString());
        FeasibleBayesianOptimisation.Limit z = limits.get(0);
        assertEquals("z", z.property());
        assertEquals(Double.NEGATIVE_INFINITY, z.low());
        // Good films (a > 0.4) have z = 1 + b / 2 + ... : their median is 1.25 (b = 0.5).
        assertEquals(1.25, z.high(), 1e-12);
        assertFalse(z.stated());
        assertEquals("z ≤ 1.25 (the good class's median)", z.describe());
    }

    @Test
    void aStatedLimitTakesThePlaceOfTheGoodClasses() {
        SuggestionRequest r = withSecondProperty(request(3, 0.1, 1), true);
        SuggestionRequest stated = new SuggestionRequest(r.conditions(), r.measured(), r.properties(), r.objective(),
                r.higherIsBetter(), Map.of("z", new double[] {Double.NEGATIVE_INFINITY, 2}), r.classes(), r.goodClass(),
                r.criterion(), r.classifier(), r.foldModels(), r.candidates(), r.count(), r.spacing(), r.seed());
        assertEquals(List.of(new FeasibleBayesianOptimisation.Limit("z", Double.NEGATIVE_INFINITY, 2, true)),
                FeasibleBayesianOptimisation.limits(stated));
    }

    @Test
    void noLimitWhereTheGoodClassDoesNotDiffer() {
        // The contract's second property depends on c alone, alike in both classes.
        assertEquals(List.of(), FeasibleBayesianOptimisation.limits(request(3, 0.1, 1)));
    }

    @Test
    void theGoodClassesLimitSteersThePicksAwayFromWhereThePropertyExceedsIt() throws Exception {
        SuggestionRequest r = withSecondProperty(request(3, 0.1, 1), false);
        Pick first = create().suggest(r, new NullProgressMonitor()).get(0);
        double[] at = r.candidates().point(first.candidate());
        // The objective is highest at b = 1, but z jumps above the good class's median where b > 0.6.
        assertTrue(at[1] <= 0.5, "b = " + at[1] + ", where z exceeds the good class's films: " + first.why());
        assertTrue(first.why().contains("P(z ≤ 1.00 (the good class's median))"), first.why());
    }

    /**
     * The contract's request with a second property z that the good class has less of: z = 1 + b/2
     * in the good class, 2 elsewhere; or, if not {@code gentle}, z jumping by 2 where b > 0.6 (from 1
     * in the good class, from 2 elsewhere) while the objective rises towards b = 1.
     */
    private static SuggestionRequest withSecondProperty(SuggestionRequest r, boolean gentle) {
        double[] z = new double[r.measured().length];
        double[] y = r.properties().get("y").clone();
        for (int i = 0; i < z.length; i++) {
            double[] f = r.measured()[i];
            if (gentle) {
                z[i] = r.classes()[i] == r.goodClass() ? 1 + f[1] / 2 : 2;
            } else {
                z[i] = (f[1] > 0.6 ? 3 : 1) + (r.classes()[i] == r.goodClass() ? 0 : 1);
                y[i] = Math.exp(-4 * (f[0] - 0.75) * (f[0] - 0.75)) * (1 + f[1]);
            }
        }
        Map<String, double[]> properties = new LinkedHashMap<>();
        properties.put("y", y);
        properties.put("z", z);
        return new SuggestionRequest(r.conditions(), r.measured(), properties, r.objective(), r.higherIsBetter(),
                r.limits(), r.classes(), r.goodClass(), r.criterion(), r.classifier(), r.foldModels(), r.candidates(),
                r.count(), r.spacing(), r.seed());
    }

    @Test
    void expectedImprovementIsPositiveWithUncertaintyAndTheGainWithout() {
        assertTrue(FeasibleBayesianOptimisation.expectedImprovement(0, 1, 0) > 0.39);
        assertEquals(0.49, FeasibleBayesianOptimisation.expectedImprovement(0.5, 0, 0), 1e-12);
        assertEquals(0.0, FeasibleBayesianOptimisation.expectedImprovement(-1, 0, 0));
    }
}
