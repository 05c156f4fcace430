// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import static org.filmlab.stats.internal.Films.condition;
import static org.filmlab.stats.internal.Films.dataset;
import static org.filmlab.stats.internal.Films.grouped;
import static org.filmlab.stats.internal.Films.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.StatisticalTest;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.junit.jupiter.api.Test;

/** What every test of this bundle promises the workflow engine, checked through the extension registry. */
class StatsContributionsTest {

    private static final String POINT = "org.filmlab.core.tests";
    private static final List<String> IDS = List.of("org.filmlab.stats.kruskalWallis", "org.filmlab.stats.dunn",
            "org.filmlab.stats.oneWayAnova", "org.filmlab.stats.twoWayAnova");

    /** The columns of the paper's data set, as the workflow engine would describe them before running. */
    private static final DataShape PAPER = new DataShape(110, List.of("P", "LS", "XB"), List.of("P", "LS", "XB"),
            List.of("thickness", "density", "resistance", "sigmaN", "DoT", "RD"), 3);

    private static Map<String, IConfigurationElement> contributed() {
        Map<String, IConfigurationElement> byId = new TreeMap<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            if (e.getContributor().getName().equals("org.filmlab.stats")) {
                byId.put(e.getAttribute("id"), e);
            }
        }
        return byId;
    }

    private static StatisticalTest create(String id) throws CoreException {
        return (StatisticalTest) contributed().get(id).createExecutableExtension("class");
    }

    @Test
    void theBundleContributesExactlyItsFourTests() {
        // What each entry must declare is checked by the contract kit, in each test's reference test.
        assertEquals(IDS.stream().sorted().toList(), List.copyOf(contributed().keySet()));
    }

    @Test
    void aMissingColumnIsReportedOnTheParameterThatNamesIt() throws CoreException {
        Map<String, List<String>> cases = new TreeMap<>(Map.of(
                "org.filmlab.stats.kruskalWallis", List.of("columns", "sigmaN, porosity"),
                "org.filmlab.stats.dunn", List.of("columns", "porosity, RD"),
                "org.filmlab.stats.oneWayAnova", List.of("columns", "porosity"),
                "org.filmlab.stats.twoWayAnova", List.of("factorB", "porosity")));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            StatisticalTest test = create(c.getKey());
            String parameter = c.getValue().get(0);
            Problems problems = new Problems();
            ParameterValues values = test.parameters().resolve(Map.of(parameter, c.getValue().get(1)), c.getKey(),
                    problems);
            test.validate(values, PAPER, problems);
            assertEquals(1, problems.list().size(), c.getKey() + ": " + problems);
            Problems.Problem problem = problems.list().get(0);
            assertEquals(parameter, problem.where(), c.getKey());
            assertTrue(problem.message().contains("porosity") && problem.message().contains("sigmaN"),
                    "names the column and lists the available ones: " + problem.message());
        }
    }

    @Test
    void aMissingFilmVariableSaysHowToBindAColumnToIt() throws CoreException {
        DataShape withoutRd = new DataShape(110, List.of("P", "LS", "XB"), List.of("P", "LS", "XB"),
                List.of("thickness", "sigmaN", "rel_dev"), 3);
        StatisticalTest twoWay = create("org.filmlab.stats.twoWayAnova");
        Problems problems = new Problems();
        twoWay.validate(twoWay.parameters().resolve(Map.of("response", "RD"), "tw", problems), withoutRd, problems);
        assertEquals(List.of("response"), problems.list().stream().map(Problems.Problem::where).toList());
        String message = problems.list().get(0).message();
        assertTrue(message.contains("--map RD=COLUMN") && message.contains("rel_dev"), message);
    }

    @Test
    void namesAreAcceptedByKeySymbolOrAlias() {
        Problems problems = new Problems();
        KruskalWallisTest kw = new KruskalWallisTest();
        kw.validate(kw.parameters().resolve(Map.of("columns", "σN, RD, relative deviation, ρ"), "kw", problems), PAPER,
                problems);
        TwoWayAnovaTest twoWay = new TwoWayAnovaTest();
        twoWay.validate(twoWay.parameters().resolve(Map.of("factorA", "X:B", "factorB", "L:S (µL/mg)"), "tw", problems),
                PAPER, problems);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void twoWayAnovaNeedsThreeDifferentColumnsAndMoreThanOneLevel() {
        TwoWayAnovaTest twoWay = new TwoWayAnovaTest();
        Problems problems = new Problems();
        twoWay.validate(twoWay.parameters().resolve(Map.of("factorA", "LS", "factorB", "L:S", "levels", 1), "tw",
                problems), PAPER, problems);
        assertEquals(List.of("factorB", "levels"), problems.list().stream().map(Problems.Problem::where).toList(),
                problems.toString());

        Problems responseIsFactor = new Problems();
        twoWay.validate(twoWay.parameters().resolve(Map.of("response", "XB"), "tw", responseIsFactor), PAPER,
                responseIsFactor);
        assertEquals(List.of("response"), responseIsFactor.list().stream().map(Problems.Problem::where).toList());
    }

    /**
     * Degenerate data a workflow can produce (one class, a constant column, a single film per
     * class or per cell, identical rows) must give notes, never NaN: TestResult.Row rejects a NaN,
     * so a test that produced one would throw here.
     */
    @Test
    void degenerateDataNeverReachesAResultAsNaN() throws CoreException {
        List<GroupedData> degenerate = new ArrayList<>();
        double[] ones = { 1, 1, 1, 1 };
        degenerate.add(grouped(dataset(condition("XB", 0, 0, 50, 50), condition("LS", 0.6, 1.4, 0.6, 1.4),
                property("RD", ones)), 2, 1, 1, 2, 2));
        degenerate.add(grouped(dataset(condition("XB", 0, 0, 50, 50), condition("LS", 0.6, 1.4, 0.6, 1.4),
                property("RD", 2, 3, 5, 7)), 4, 1, 2, 3, 4));
        degenerate.add(grouped(dataset(condition("XB", 0, 0, 0, 0), condition("LS", 1, 1, 1, 1),
                property("RD", 2, 3, 5, 7)), 3, 2, 2, 2, 2));
        degenerate.add(grouped(dataset(condition("XB", 0, 0, 50, 50), condition("LS", 0.6, 0.6, 1.4, 1.4),
                property("RD", 2, 2, 5, 5)), 2, 1, 1, 2, 2));
        degenerate.add(grouped(dataset(condition("XB", 0), condition("LS", 1), property("RD", 2)), 1, 1));
        for (String id : IDS) {
            StatisticalTest test = create(id);
            for (GroupedData data : degenerate) {
                TestResult result = test.test(data, test.parameters().defaults(), null);
                for (TestResult.Row row : result.rows()) {
                    row.statistics().forEach((k, v) -> assertTrue(Double.isFinite(v), id + " " + row));
                }
                assertFalse(result.notes().isEmpty(), id + " explains itself");
            }
        }
    }
}
