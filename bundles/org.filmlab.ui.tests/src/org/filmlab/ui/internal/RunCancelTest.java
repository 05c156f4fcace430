// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.filmlab.core.workflow.RunResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A long run stopped from the visible control: the Stop command (toolbar and Analysis menu) ends it
 * within a second and the previous results stay; a second Run meanwhile says a run is going.
 */
class RunCancelTest {

    private RunResult previous;

    @BeforeEach
    void longRuns() {
        previous = AnalysisUi.defaultRun();
        IPreferenceStore store = FilmLabPreferences.store();
        store.setValue(FilmLabPreferences.OVERRIDE_RUN, true);
        // The most repeats the preferences allow: minutes of cross-validation, far longer than the test.
        store.setValue(FilmLabPreferences.REPEATS, FilmLabPreferences.MAX_REPEATS);
    }

    @AfterEach
    void putBack() {
        StopRunHandler.activeRuns().forEach(Job::cancel);
        DataUi.waitForFilmLabJobs();
        IPreferenceStore store = FilmLabPreferences.store();
        store.setToDefault(FilmLabPreferences.OVERRIDE_RUN);
        store.setToDefault(FilmLabPreferences.REPEATS);
    }

    @Test
    void stopEndsARunWithinASecondAndKeepsThePreviousResults() throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Command stop = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(StopRunHandler.COMMAND);
        assertNotNull(AnalysisUi.page().getWorkbenchWindow().getWorkbench().getViewRegistry()
                .find(AnalysisPerspective.PROGRESS), "the Progress view is installed");

        handlers.executeCommand(RunWorkflowHandler.COMMAND, null);
        List<Job> runs = StopRunHandler.activeRuns();
        assertEquals(1, runs.size());
        Job run = runs.get(0);
        AnalysisUi.waitUntil(() -> run.getState() == Job.RUNNING, "the run to start");
        AnalysisUi.waitUntil(stop::isEnabled, "Stop to be enabled while the run goes");
        assertTrue(AnalysisUi.page().findViewReference(AnalysisPerspective.PROGRESS) != null,
                "the Analysis perspective shows the Progress view");

        List<String> said = DataUi.closingDialogs(() -> {
            try {
                handlers.executeCommand(RunWorkflowHandler.COMMAND, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("A workflow is already running"), said, "a second Run says why nothing starts");
        assertEquals(List.of(run), StopRunHandler.activeRuns(), "and queues nothing");

        AnalysisUi.dispatchFor(500);
        long pressed = System.nanoTime();
        handlers.executeCommand(StopRunHandler.COMMAND, null);
        AnalysisUi.waitUntil(() -> run.getState() == Job.NONE, "the stopped run to end", 5_000);
        long ms = (System.nanoTime() - pressed) / 1_000_000;
        assertTrue(ms < 1000, "Stop took " + ms + " ms");
        assertEquals(IStatus.CANCEL, run.getResult().getSeverity());
        AnalysisUi.dispatchFor(200);
        assertSame(previous, Session.get().result().orElseThrow(), "the previous results stay");
        assertFalse(stop.isEnabled(), "nothing left to stop");
    }
}
