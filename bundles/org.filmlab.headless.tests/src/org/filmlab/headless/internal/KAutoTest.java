// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.filmlab.headless.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code --k auto}: k chosen from the data by the chooseK step, as a user calls it. */
class KAutoTest {

    @TempDir
    Path tmp;

    private static JsonNode step(JsonNode results, String word) {
        for (JsonNode s : results.at("/provenance/steps")) {
            if (s.path("step").asText().equals(word)) {
                return s;
            }
        }
        throw new AssertionError("no " + word + " step in the provenance");
    }

    @Test
    void theClusterStepUsesTheKTheRulePicksAndEveryTextSaysSo() throws IOException {
        Path dir = tmp.resolve("auto");
        CommandRun o = run("run", "--k", "auto", "--no-report", "--out", dir.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode r = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        JsonNode choice = FilmLabCommandTest.part(r, "kChoice");
        int chosen = choice.path("chosen").asInt();
        assertTrue(choice.path("applied").asBoolean());
        assertEquals("gap", choice.path("rule").asText());
        assertEquals(7, choice.path("candidates").size(), "k = 2…8");
        assertEquals(110, choice.at("/candidates/0/filmSilhouettes").size(), "a silhouette per film");
        // What ran: the cluster step with the chosen k, the chooseK step with the whole range.
        assertEquals(chosen, step(r, "cluster").at("/params/k").asInt());
        assertEquals("2…8", step(r, "chooseK").at("/params/k").asText());
        assertEquals(chosen, FilmLabCommandTest.part(r, "partition").at("/clustering/centroids").size());
        assertTrue(r.at("/provenance/workflow/id").asText().endsWith(".variant"), "not the published workflow");
        assertTrue(o.out().contains("k = " + chosen + " chosen by step 10 (chooseK"), o.out());
        assertTrue(o.out().contains("by the rule: the smallest k with Gap(k) ≥ Gap(k+1) − s(k+1)"), o.out());
        assertTrue(o.out().contains("the cluster step used it"), o.out());
    }

    @Test
    void aWordOtherThanAutoOrANumberIsRefused() {
        CommandRun o = run("run", "--k", "many", "--out", tmp.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--k") && o.err().contains("'many' is not an integer or auto"), o.err());
    }

    @Test
    void aClustererThatThrowsFailsTheChooseKStepNamingIt() throws IOException {
        Path wf = tmp.resolve("wf.json");
        Files.writeString(wf, """
                {"format": "filmlab.workflow/2", "id": "t", "seed": 1,
                 "steps": [{"step": "reduce", "use": "org.filmlab.weka.pca"},
                           {"step": "cluster", "use": "org.filmlab.headless.tests.throwingClusterer"}]}
                """);
        Path out = tmp.resolve("out");
        CommandRun o = run("run", "--workflow", wf.toString(), "--k", "auto", "--out", out.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("step 3 (chooseK") && o.err().contains(ThrowingClusterer.MESSAGE), o.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
