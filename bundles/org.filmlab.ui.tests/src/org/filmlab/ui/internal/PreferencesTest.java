// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Window › Preferences › FilmLab reaches the run (seed, folds, repeats) only when the override is
 * on; failures reach the platform log that the Error Log view of the Data perspective shows.
 */
class PreferencesTest {

    private RunResult resultBefore;
    private IPerspectiveDescriptor perspectiveBefore;

    @BeforeEach
    void remember() throws Exception {
        DataUi.waitForFilmLabJobs();
        resultBefore = Session.get().result().orElse(null);
        perspectiveBefore = DataUi.page().getPerspective();
    }

    @AfterEach
    void putBack() throws Exception {
        for (String key : List.of(FilmLabPreferences.OVERRIDE_RUN, FilmLabPreferences.SEED, FilmLabPreferences.FOLDS,
                FilmLabPreferences.REPEATS)) {
            FilmLabPreferences.store().setToDefault(key);
        }
        if (resultBefore != null) {
            Session.get().runCompleted(resultBefore);
        }
        DataUi.restore(perspectiveBefore);
    }

    @Test
    void thePreferencePageIsUnderWindowPreferences() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(DataUi.window().getShell(),
                FilmLabPreferencePage.ID, null, null);
        assertNotNull(dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            DataUi.dispatch();
            assertTrue(dialog.getSelectedPage() instanceof FilmLabPreferencePage,
                    "the FilmLab page is shown: " + dialog.getSelectedPage());
        } finally {
            dialog.close();
        }
    }

    @Test
    void seedFoldsAndRepeatsReachTheRunOnlyWhenTheOverrideIsOn() throws Exception {
        ContributionDescriptor standard = ContributionRegistry.getDefault().list(ContributionKind.WORKFLOW).stream()
                .filter(ContributionDescriptor::isDefault).findFirst().orElseThrow();
        WorkflowDocument declared;
        try (InputStream in = ContributionRegistry.getDefault().openWorkflow(standard)) {
            declared = new WorkflowReader().read(in, standard.id());
        }
        // Values none of which is the document's, within the engine's bounds.
        int seed = (int) (declared.seed() % 1000) + 4242;
        int folds = classifySetting(declared, "folds") == 3 ? 4 : 3;
        int repeats = classifySetting(declared, "repeats") == 2 ? 3 : 2;

        FilmLabPreferences.store().setValue(FilmLabPreferences.SEED, seed);
        FilmLabPreferences.store().setValue(FilmLabPreferences.FOLDS, folds);
        FilmLabPreferences.store().setValue(FilmLabPreferences.REPEATS, repeats);
        RunResult plain = run(standard);
        assertEquals(declared.seed(), plain.workflow().seed(), "the override is off by default");
        assertEquals(classifySetting(declared, "folds"), plain.first(Parts.EVALUATION).orElseThrow().cv().folds());
        assertEquals(declared.id(), plain.workflow().id(), "an unchanged workflow keeps its id");

        FilmLabPreferences.store().setValue(FilmLabPreferences.OVERRIDE_RUN, true);
        RunResult overridden = run(standard);
        assertEquals(seed, overridden.workflow().seed());
        ClassifierEvaluation.CrossValidation cv = overridden.first(Parts.EVALUATION).orElseThrow().cv();
        assertTrue(overridden.workflow().isVariant() && !overridden.workflow().name().equals(declared.name()),
                "a workflow the preferences changed is not presented as the published one: "
                        + overridden.workflow().name());
        assertEquals(folds, cv.folds());
        assertEquals(repeats, cv.repeats());
        assertEquals(folds * repeats, cv.foldF1Macro().length, "the engine ran that many folds");
        assertEquals(folds, classifySetting(overridden.workflow(), "folds"), "the result records the effective value");
    }

    @Test
    void aFailedImportIsLoggedForTheErrorLog() throws Exception {
        DataUi.showDataPerspective();
        // The Error Log has its place in the Data perspective and opens there once an error is logged.
        IViewPart open = DataUi.page().findView(DataPerspective.ERROR_LOG);
        if (open != null) {
            DataUi.page().hideView(open);
        }
        assertNull(DataUi.page().findView(DataPerspective.ERROR_LOG), "the Error Log is closed before the failure");
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            java.nio.file.Path missing = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                    "filmlab-no-such-file-" + ProcessHandle.current().pid() + ".csv");
            List<String> closed = DataUi.closingDialogs(() -> {
                new DatasetImportJob(missing).schedule();
                DataUi.waitForFilmLabJobs();
                DataUi.until(() -> Session.get().importProblem().isPresent(), "the import problem");
            });
            assertTrue(closed.stream().anyMatch(t -> t.contains(missing.getFileName().toString())),
                    "the user saw the failure: " + closed);
            assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
                    && s.getMessage().contains(missing.getFileName().toString())), "logged: " + logged);
            DataUi.until(() -> DataUi.page().findView(DataPerspective.ERROR_LOG) != null,
                    "the Error Log opened to show the logged failure");
        } finally {
            Platform.removeLogListener(listener);
        }
    }

    private RunResult run(ContributionDescriptor workflow) {
        Session session = Session.get();
        WorkflowRunJob job = new WorkflowRunJob(workflow, session.dataset().orElseThrow(),
                session.datasetFile().orElseThrow());
        job.schedule();
        DataUi.waitForFilmLabJobs();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        return session.result().orElseThrow();
    }

    private static int classifySetting(WorkflowDocument doc, String key) {
        return doc.steps().stream().filter(s -> s.step().equals("classify")).findFirst().orElseThrow().settings()
                .get(key) instanceof Number n ? n.intValue() : -1;
    }
}
