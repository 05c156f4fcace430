// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.filmlab.ui.internal.AnalysisUi.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Undo and Redo, through the platform's commands (what Ctrl+Z runs): workflow edits and imports. */
class UndoTest {

    /** The test classes share one workbench: the next one finds the default workflow, unedited. */
    @AfterEach
    void backToTheDefaultWorkflow() throws Exception {
        Session.get().workflowChanged(AnalysisUi.standardDocument(), false);
    }

    @Test
    void aWorkflowEditIsUndoneAndRedone() throws Exception {
        AnalysisUi.defaultRun();
        WorkflowEditorView editor = (WorkflowEditorView) page().showView(WorkflowEditorView.ID);
        WorkflowDocument before = editor.document().orElseThrow();
        int cluster = 0;
        while (!before.steps().get(cluster).step().equals("cluster")) {
            cluster++;
        }
        ParameterField k = editor.step(cluster).field("k").orElseThrow();
        int was = k.value() instanceof Number n ? n.intValue() : -1;
        int now = was == 5 ? 6 : 5;
        AnalysisUi.sleep(Undoable.COALESCE_MS + 50);
        k.set(now);
        WorkflowDocument edited = editor.document().orElseThrow();
        assertEquals(now, edited.steps().get(cluster).params().get("k"));

        command("org.eclipse.ui.edit.undo");
        assertEquals(before, editor.document().orElseThrow(), "the form as it was before the edit");
        assertEquals(was, ((Number) editor.step(cluster).field("k").orElseThrow().value()).intValue());
        assertEquals(before, Session.get().workflow().orElseThrow(), "and what Run would run");

        command("org.eclipse.ui.edit.redo");
        assertEquals(edited, editor.document().orElseThrow());
    }

    @Test
    void anImportIsUndoneAndTheDataSetBeforeComesBack(@TempDir Path dir) throws Exception {
        AnalysisUi.defaultRun();
        Session session = Session.get();
        Dataset before = session.dataset().orElseThrow();
        int count = session.imported().size();
        Path copy = dir.resolve("more-films.csv");
        Files.copy(SampleData.file(), copy);
        new DatasetImportJob(copy).schedule();
        DataUi.waitForFilmLabJobs();
        Dataset imported = session.dataset().orElseThrow();
        assertFalse(imported == before);
        assertEquals(count + 1, session.imported().size());

        command("org.eclipse.ui.edit.undo");
        assertSame(before, session.dataset().orElseThrow(), "the data set current before the import");
        assertEquals(count, session.imported().size());
        assertTrue(session.imported().stream().noneMatch(i -> i.dataset() == imported));

        command("org.eclipse.ui.edit.redo");
        assertSame(imported, session.dataset().orElseThrow());
    }

    private static void command(String id) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(id, null);
        DataUi.dispatch();
    }
}
