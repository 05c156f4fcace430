// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.filmlab.ui.internal.AnalysisUi.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.filmlab.core.workflow.DatasetJson;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.WorkflowDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project saved, the session emptied (as a restart leaves it), the project opened again: the data
 * sets, the current one, the edited workflow, the last run and the next experiments are all back,
 * and the window's title says which project it is and whether it changed.
 */
class ProjectTest {

    private static final PlannedExperiment PLANNED = new PlannedExperiment("sse-films-synthetic.csv", "P", 5,
            true, "LS", 0.95, "XB", 30, 1, "high σN, low RD", 0.25);

    /** The test classes share one workbench: the next one finds the default workflow, unedited. */
    @AfterEach
    void backToTheDefaultWorkflow() throws Exception {
        Session.get().workflowChanged(AnalysisUi.standardDocument(), false);
        Session.get().plan().clear();
    }

    @Test
    void aSavedProjectReopensAsItWasSaved(@TempDir Path dir) throws Exception {
        AnalysisUi.defaultRun();
        Session session = Session.get();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        WorkflowEditorView editor = (WorkflowEditorView) page().showView(WorkflowEditorView.ID);
        int cluster = clusterStep(editor.document().orElseThrow());
        editor.step(cluster).field("k").orElseThrow().set(4);
        session.plan().add(PLANNED);
        assertTrue(session.dirty(), "an edit and a planned film are changes to save");
        assertTrue(shell.getText().startsWith("FilmLab — *"), shell.getText());

        Path file = dir.resolve("day one.filmlab");
        assertTrue(Projects.saveTo(shell, file));
        assertFalse(session.dirty());
        assertEquals("FilmLab — day one.filmlab", shell.getText());
        assertEquals(file.toAbsolutePath().normalize(), Projects.recent().get(0));
        ProjectFile.Contents saved = ProjectFile.of(session);

        session.replaceWith(ProjectFile.Contents.empty(), null);
        assertTrue(session.dataset().isEmpty() && session.result().isEmpty() && session.plan().list().isEmpty());
        AnalysisUi.waitUntil(() -> editor.document().map(d -> !d.isVariant()).orElse(false),
                "the Workflow view shows the default workflow of a new project");

        Projects.open(file).schedule();
        DataUi.waitForFilmLabJobs();
        ProjectFile.Contents reopened = ProjectFile.of(session);
        assertEquals(saved.datasets().size(), reopened.datasets().size());
        for (int i = 0; i < saved.datasets().size(); i++) {
            assertEquals(DatasetJson.whole(saved.datasets().get(i).dataset()),
                    DatasetJson.whole(reopened.datasets().get(i).dataset()), "data set " + (i + 1));
            assertEquals(saved.datasets().get(i).file(), reopened.datasets().get(i).file());
        }
        assertEquals(saved.currentIndex(), reopened.currentIndex());
        assertEquals(saved.workflow(), reopened.workflow());
        assertTrue(reopened.workflowEdited());
        assertEquals(4, editor.step(cluster).field("k").orElseThrow().value(), "the edit is in the Workflow view");
        assertEquals(saved.workflow().orElseThrow(), editor.document().orElseThrow(),
                "shown as the variant it was saved as, not a variant of a variant");
        assertEquals(ResultsWriter.toJson(saved.result().orElseThrow()),
                ResultsWriter.toJson(reopened.result().orElseThrow()), "the last run, part for part");
        assertEquals(List.of(PLANNED), reopened.plan());
        assertFalse(session.dirty(), "nothing changed since it was opened");
        assertEquals("FilmLab — day one.filmlab", shell.getText());

        // File › Save project is the platform's Save (Ctrl+S), handled by FilmLab, not the workbench.
        session.plan().remove(0);
        assertTrue(session.dirty());
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
        assertFalse(session.dirty());
        assertEquals(List.of(), ProjectFile.read(file).plan(), "saved to the project's file");
    }

    @Test
    void aDamagedProjectSaysWhyAndLeavesTheSessionAsItWas(@TempDir Path dir) throws Exception {
        AnalysisUi.defaultRun();
        Session session = Session.get();
        ProjectFile.Contents before = ProjectFile.of(session);
        Path file = dir.resolve("broken.filmlab");
        Files.writeString(file, "{\"format\": \"filmlab.project/1\", \"datasets\": [{\"data\": {\"rows\": 2}}]}",
                StandardCharsets.UTF_8);
        List<String> dialogs = DataUi.closingDialogs(() -> {
            Projects.open(file).schedule();
            DataUi.waitForFilmLabJobs();
        });
        assertEquals(List.of("Cannot open broken.filmlab"), dialogs);
        assertEquals(before.datasets(), ProjectFile.of(session).datasets());
        assertEquals(before.result(), ProjectFile.of(session).result());
    }

    @Test
    void aTruncatedProjectIsDescribedInTheUsersTermsAndLoggedOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("truncated.filmlab");
        Files.writeString(file, "{\"format\": \"filmlab.project/1\", \"datasets\": [", StandardCharsets.UTF_8);
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            DataUi.closingDialogs(() -> {
                Projects.open(file).schedule();
                DataUi.waitForFilmLabJobs();
            });
        } finally {
            Platform.removeLogListener(listener);
        }
        List<String> messages = logged.stream().map(IStatus::getMessage).filter(m -> m.contains("truncated.filmlab")).toList();
        assertEquals(1, messages.size(), "logged once: " + messages);
        assertTrue(messages.get(0).endsWith("not a FilmLab project (not valid JSON at line 1, column 46: the file ends"
                + " before the list opened at line 1, column 45 is closed)"), messages.get(0));
    }

    private static int clusterStep(WorkflowDocument doc) {
        for (int i = 0; i < doc.steps().size(); i++) {
            if (doc.steps().get(i).step().equals("cluster")) {
                return i;
            }
        }
        throw new AssertionError("the default workflow has a cluster step");
    }
}
