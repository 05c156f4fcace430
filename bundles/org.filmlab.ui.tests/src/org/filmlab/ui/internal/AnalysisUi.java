// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowReader;

/**
 * What the analysis-side UI tests share: waiting for FilmLab jobs while the UI thread dispatches,
 * making sure the session holds a run of the default workflow, and reading dialogs' texts.
 */
final class AnalysisUi {

    /** Far above the default workflow's few seconds here; reached only if something hangs. */
    static final long TIMEOUT_MS = 300_000;

    private AnalysisUi() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static ContributionDescriptor defaultWorkflow() {
        return ContributionRegistry.getDefault().list(ContributionKind.WORKFLOW).stream()
                .filter(ContributionDescriptor::isDefault).findFirst().orElseThrow();
    }

    /** The default workflow's document, as installed. */
    static WorkflowDocument standardDocument() throws IOException, CoreException, InputException {
        try (InputStream in = ContributionRegistry.getDefault().openWorkflow(defaultWorkflow())) {
            return new WorkflowReader().read(in, "default");
        }
    }

    /**
     * The session's run of the default workflow, running it first if the session holds none (the
     * test classes share one workbench in no fixed order).
     */
    static RunResult defaultRun() {
        waitUntil(() -> Session.get().dataset().isPresent(), "the sample data set is loaded");
        Session session = Session.get();
        String standard = defaultWorkflow().id();
        if (session.result().filter(r -> r.workflow().id().equals(standard)).isEmpty()) {
            WorkflowRunJob job = new WorkflowRunJob(defaultWorkflow(), session.dataset().orElseThrow(),
                    session.datasetFile().orElseThrow());
            job.schedule();
            DataUi.waitForFilmLabJobs();
            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        }
        return session.result().orElseThrow();
    }

    /**
     * Runs the default workflow again, whatever the session holds, for a test that ran another
     * workflow or a failing one: the test classes share one workbench and expect its run.
     */
    static void runDefaultAgain() {
        WorkflowRunJob job = new WorkflowRunJob(defaultWorkflow(), Session.get().dataset().orElseThrow(),
                Session.get().datasetFile().orElseThrow());
        job.schedule();
        DataUi.waitForFilmLabJobs();
    }

    /** Dispatches UI events until {@code condition} holds; fails after {@link #TIMEOUT_MS}. */
    static void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, what, TIMEOUT_MS);
    }

    /** Dispatches UI events until {@code condition} holds; fails after {@code ms}. */
    static void waitUntil(BooleanSupplier condition, String what, long ms) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + ms;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    /** Runs pending UI work for about {@code ms} milliseconds. */
    static void dispatchFor(long ms) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    /** Closes every shell but the workbench window's, returning the texts of their labels. */
    static List<String> closeDialogs() {
        Shell main = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        List<String> texts = new ArrayList<>();
        for (Shell s : Display.getCurrent().getShells()) {
            if (s != main && !s.isDisposed()) {
                texts.add(s.getText());
                labels(s, texts);
                s.close();
            }
        }
        return texts;
    }

    static void labels(Control c, List<String> out) {
        if (c instanceof Label l) {
            out.add(l.getText());
        } else if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                labels(child, out);
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
