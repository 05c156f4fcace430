// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.suggest.CandidateGrid;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.Suggester;
import org.filmlab.suggest.SuggestionRequest;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link Suggester}: films made on a 3 × 3 × 3 design of three conditions, the
 * good class where the first condition is high, an objective that peaks inside the design, and
 * candidates on a 5 × 5 × 5 grid without the recipes made. Clients may extend this class.
 */
public abstract class SuggesterContract {

    /** The suggester's id in {@code org.filmlab.suggest.suggesters}. */
    protected abstract String id();

    /** A new instance, as the extension registry would create it. */
    protected abstract Suggester create();

    @Test
    public void isInstalledUnderItsIdWithANameAndItsClass() throws Exception {
        IConfigurationElement found = Arrays.stream(Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.filmlab.suggest.suggesters"))
                .filter(e -> id().equals(e.getAttribute("id"))).findFirst().orElseThrow(
                        () -> new AssertionError(id() + " is not contributed to org.filmlab.suggest.suggesters"));
        assertFalse(found.getAttribute("name").isBlank(), "a name the report can print");
        assertEquals(create().getClass(), found.createExecutableExtension("class").getClass());
        assertFalse(create().method().isBlank(), "says how it chooses");
    }

    @Test
    public void picksExactlyTheBatchOfDistinctCandidatesEachWithAReason() throws Exception {
        SuggestionRequest r = request(6, 0.0, 11);
        List<Pick> picks = create().suggest(r, new NullProgressMonitor());
        assertEquals(6, picks.size());
        assertEquals(6, new HashSet<>(picks.stream().map(Pick::candidate).toList()).size(), "distinct recipes");
        for (Pick p : picks) {
            assertTrue(p.candidate() >= 0 && p.candidate() < r.candidates().size());
            assertTrue(Double.isFinite(p.acquisition()));
            assertFalse(p.why().isBlank(), "every pick says why");
        }
    }

    @Test
    public void theSameRequestAndSeedGiveTheSamePicks() throws Exception {
        List<Integer> a = create().suggest(request(5, 0.1, 3), new NullProgressMonitor()).stream()
                .map(Pick::candidate).toList();
        List<Integer> b = create().suggest(request(5, 0.1, 3), new NullProgressMonitor()).stream()
                .map(Pick::candidate).toList();
        assertEquals(a, b);
    }

    @Test
    public void canTakeEveryCandidateWhenTheBatchIsTheWholeGrid() throws Exception {
        SuggestionRequest r = request(1, 0.0, 5);
        int all = r.candidates().size();
        SuggestionRequest whole = new SuggestionRequest(r.conditions(), r.measured(), r.properties(), r.objective(),
                r.higherIsBetter(), r.limits(), r.classes(), r.goodClass(), r.criterion(), r.classifier(), r.foldModels(),
                r.candidates(), all, 0.5, 5);
        List<Pick> picks = create().suggest(whole, new NullProgressMonitor());
        assertEquals(all, new HashSet<>(picks.stream().map(Pick::candidate).toList()).size(),
                "spacing is a wish: a batch as large as the grid takes every candidate once");
    }

    @Test
    public void doesNotChangeTheRequest() throws Exception {
        SuggestionRequest r = request(4, 0.1, 9);
        double[][] before = Arrays.stream(r.measured()).map(double[]::clone).toArray(double[][]::new);
        double[][] candidates = Arrays.stream(r.candidates().points()).map(double[]::clone).toArray(double[][]::new);
        create().suggest(r, new NullProgressMonitor());
        assertTrue(Arrays.deepEquals(before, r.measured()));
        assertTrue(Arrays.deepEquals(candidates, r.candidates().points()));
        assertNotEquals(0, r.candidates().size());
    }

    /**
     * The contract's films: conditions a, b, c in [0, 1]; class 1 (good) where a &gt; 0.4, class 2
     * elsewhere; the objective peaks at a = 0.75, b = 0.5.
     */
    protected static SuggestionRequest request(int count, double spacing, long seed) {
        double[] levels = {0, 0.5, 1};
        List<double[]> films = new ArrayList<>();
        for (double a : levels) {
            for (double b : levels) {
                for (double c : levels) {
                    films.add(new double[] {a, b, c});
                }
            }
        }
        double[][] measured = films.toArray(double[][]::new);
        double[] objective = new double[measured.length];
        double[] second = new double[measured.length];
        int[] classes = new int[measured.length];
        for (int i = 0; i < measured.length; i++) {
            double[] f = measured[i];
            objective[i] = Math.exp(-4 * ((f[0] - 0.75) * (f[0] - 0.75) + (f[1] - 0.5) * (f[1] - 0.5)));
            second[i] = 1 + f[2];
            classes[i] = f[0] > 0.4 ? 1 : 2;
        }
        List<double[]> points = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                for (int c = 0; c < 5; c++) {
                    if (a % 2 != 0 || b % 2 != 0 || c % 2 != 0) {
                        points.add(new double[] {a / 4.0, b / 4.0, c / 4.0});
                    }
                }
            }
        }
        CandidateGrid grid = new CandidateGrid(List.of("a", "b", "c"), points.toArray(double[][]::new),
                new double[] {0, 0, 0}, new double[] {1, 1, 1});
        Map<String, double[]> properties = new LinkedHashMap<>();
        properties.put("y", objective);
        properties.put("z", second);
        return new SuggestionRequest(List.of("a", "b", "c"), measured, properties, "y", true, Map.of(), classes, 1,
                "class 1: the contract's good class", threshold(0.4), List.of(threshold(0.3), threshold(0.5),
                        threshold(0.45)), grid, count, spacing, seed);
    }

    /** A model predicting class 1 (label 0) where a exceeds the threshold, more surely the farther it is. */
    private static TrainedModel threshold(double at) {
        return features -> {
            double p = 1 / (1 + Math.exp(-10 * (features[0] - at)));
            return new Prediction(p >= 0.5 ? 0 : 1, new double[] {p, 1 - p});
        };
    }
}
