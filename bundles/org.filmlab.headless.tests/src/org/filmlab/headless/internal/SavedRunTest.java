// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetJson;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.SavedRuns;
import org.filmlab.core.workflow.WorkflowDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A run written as results.json and restored ({@link SavedRuns}, what the desktop does when it
 * reopens a project or a run made elsewhere) is the same run: written again, the same bytes.
 */
class SavedRunTest {

    private static RunResult run;
    private static ObjectNode written;

    @BeforeAll
    static void runDefaultWorkflow() throws Exception {
        ContributionRegistry registry = ContributionRegistry.getDefault();
        WorkflowDocument doc = FilmLabCommand.workflow(registry, null);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        run = FilmLabCommand.analyse(registry, doc, Map.of(), quiet);
        written = ResultsWriter.toJson(run);
    }

    @Test
    void aRestoredRunWritesTheSameResults() throws Exception {
        RunResult restored = SavedRuns.restore(written, "results.json",
                ResultsReader.installedPartTypes(ContributionRegistry.getDefault()));
        assertEquals(written.toPrettyString(), ResultsWriter.toJson(restored).toPrettyString());
        assertEquals(run.workflow(), restored.workflow());
        assertEquals(run.steps().size(), restored.steps().size());
        for (int i = 0; i < run.steps().size(); i++) {
            assertEquals(run.steps().get(i).record(), restored.steps().get(i).record(), "step " + (i + 1));
        }
    }

    @Test
    void theStreamedFileHasTheTreesBytes() throws Exception {
        ObjectNode engine = new ObjectMapper().createObjectNode().put("engine", "spark").put("master", "local[2]");
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ResultsWriter.write(run, Optional.of(engine), streamed);
        ObjectNode tree = ResultsWriter.toJson(run);
        ((ObjectNode) tree.get("provenance")).set("engine", engine);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ResultsWriter.writeJson(tree, printed);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\" : \"filmlab.results/2\",\n"), text.substring(0, 80));
        assertTrue(text.contains("\"master\" : \"local[2]\"\n    }\n  }\n}\n"), "the engine closes the provenance");
        assertEquals(text, streamed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDataSetStoredWholeComesBackWhole() throws Exception {
        Dataset d = run.dataset();
        Dataset back = DatasetJson.read(DatasetJson.whole(d), null, "project.filmlab");
        assertEquals(d.source(), back.source());
        assertEquals(d.sha256(), back.sha256());
        assertEquals(d.importer(), back.importer());
        assertEquals(d.importParameters(), back.importParameters());
        assertEquals(d.rowLabels(), back.rowLabels());
        assertEquals(d.notes(), back.notes());
        assertEquals(d.columns().size(), back.columns().size());
        for (int i = 0; i < d.columns().size(); i++) {
            assertEquals(d.columns().get(i).key(), back.columns().get(i).key());
            assertEquals(d.columns().get(i).role(), back.columns().get(i).role());
            assertEquals(d.columns().get(i).unit(), back.columns().get(i).unit());
            assertArrayEquals(d.columns().get(i).values(), back.columns().get(i).values());
        }
        for (int i = 0; i < d.rowCount(); i++) {
            assertEquals(d.sourceRow(i), back.sourceRow(i));
        }
    }

    @Test
    void aDamagedDataSetIsNamedInTheUsersWords() {
        ObjectNode data = DatasetJson.whole(run.dataset());
        ((com.fasterxml.jackson.databind.node.ArrayNode) data.path("values").path(
                run.dataset().columns().get(0).key())).remove(0);
        InputException e = assertThrows(InputException.class, () -> DatasetJson.read(data, null, "mine.filmlab"));
        assertTrue(e.getMessage().contains("mine.filmlab") && e.getMessage().contains("column"), e.getMessage());
    }
}
