// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Next-experiments list outlives a restart and says which data set each film was planned on. */
class ExperimentPlanTest {

    private static final PlannedExperiment FROM_SAMPLE = new PlannedExperiment("sse-films-synthetic.csv", "P", 3,
            true, "LS", 1.25, "XB", 40, 2, "good, thin", 0.4375);
    private static final PlannedExperiment FROM_LAB = new PlannedExperiment("lab-films.csv", "", 0, false, "LS",
            0.5, "XB", 12.5, 1, "poor", 0.125);

    @Test
    void thePlanIsReadBackAsItWasLeft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state").resolve("next-experiments.json");
        ExperimentPlan plan = new ExperimentPlan(file);
        plan.add(FROM_SAMPLE);
        plan.add(FROM_LAB);
        assertTrue(Files.isRegularFile(file), "each change is stored at once, as a crash would otherwise lose it");

        assertEquals(List.of(FROM_SAMPLE, FROM_LAB), new ExperimentPlan(file).list(), "as after a restart");
        plan.remove(0);
        assertEquals(List.of(FROM_LAB), new ExperimentPlan(file).list());
    }

    @Test
    void anUnreadableFileStartsAnEmptyPlanRatherThanNone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("next-experiments.json");
        Files.writeString(file, "{ not json", StandardCharsets.UTF_8);
        ExperimentPlan plan = new ExperimentPlan(file);
        assertEquals(List.of(), plan.list());
        plan.add(FROM_LAB);
        assertEquals(List.of(FROM_LAB), new ExperimentPlan(file).list());
    }

    @Test
    void theCsvNamesTheDataSetOfEachFilm(@TempDir Path dir) throws Exception {
        ExperimentPlan plan = new ExperimentPlan(dir.resolve("plan.json"));
        plan.add(FROM_SAMPLE);
        List<String> lines = plan.csv().lines().toList();
        assertEquals("P,LS,XB,predictedClass,classLabel,margin,levelMeasured,dataset,origin", lines.get(0));
        assertEquals("3,1.25,40,2,\"good, thin\",0.437500,true,sse-films-synthetic.csv,", lines.get(1),
                "a point clicked on a map comes from nowhere but the map");
    }

    @Test
    void aSuggestionKeepsWhereItCameFrom(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        PlannedExperiment suggested = new PlannedExperiment("sample.csv", "P", 5, true, "LS", 0.5, "XB", 20, 1, "good",
                0.25, "suggested by Random (baseline), seed 7, run of X on sample.csv");
        new ExperimentPlan(file).add(suggested);
        assertEquals(List.of(suggested), new ExperimentPlan(file).list(), "kept across restarts with its origin");
        assertTrue(new ExperimentPlan(file).csv().lines().toList().get(1)
                .endsWith(",\"suggested by Random (baseline), seed 7, run of X on sample.csv\""));
    }
}
