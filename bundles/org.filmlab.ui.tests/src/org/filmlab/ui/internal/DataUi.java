// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/**
 * What the data-side UI tests share: the page, the Data perspective shown for a test and put back
 * after it, and waiting for FilmLab jobs while the UI thread keeps dispatching.
 */
final class DataUi {

    /** Far above an import's or a run's few seconds here; reached only if something hangs. */
    static final long TIMEOUT_MS = 300_000;

    private DataUi() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Shows the Data perspective and returns the perspective shown before, for {@link #restore}. */
    static IPerspectiveDescriptor showDataPerspective() throws WorkbenchException {
        IPerspectiveDescriptor before = page().getPerspective();
        PlatformUI.getWorkbench().showPerspective(DataPerspective.ID, window());
        dispatch();
        return before;
    }

    static void restore(IPerspectiveDescriptor before) throws WorkbenchException {
        if (before != null && !before.getId().equals(page().getPerspective().getId())) {
            PlatformUI.getWorkbench().showPerspective(before.getId(), window());
        }
        dispatch();
    }

    static DatasetView datasetView() {
        DatasetView view = (DatasetView) page().findView(DatasetView.ID);
        assertNotNull(view, "the Data perspective shows the data-set view");
        return view;
    }

    /** Runs what is queued on the UI thread (asyncExec, paints, layouts). */
    static void dispatch() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Dispatches until {@code condition} holds, failing after {@link #TIMEOUT_MS}. */
    static void until(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("still waiting after " + TIMEOUT_MS + " ms for " + what);
            }
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
    }

    /**
     * Waits until no FilmLab job is left, joining the family on another thread while this (the UI)
     * thread keeps dispatching, then runs what the jobs handed to the UI. A dialog still open at the
     * deadline is closed so the test fails instead of hanging.
     */
    static void waitForFilmLabJobs() {
        Display display = Display.getCurrent();
        assertNotNull(display, "the test runs on the UI thread");
        Thread joiner = new Thread(() -> {
            try {
                Job.getJobManager().join(FilmLabJob.FAMILY, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "join filmlab jobs");
        joiner.setDaemon(true);
        joiner.start();
        boolean[] timedOut = { false };
        Runnable closeDialogs = () -> {
            timedOut[0] = true;
            Shell main = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
            for (Shell s : display.getShells()) {
                if (s != main && !s.isDisposed()) {
                    s.close();
                }
            }
        };
        display.timerExec((int) TIMEOUT_MS, closeDialogs);
        while (joiner.isAlive() && !timedOut[0]) {
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
        display.timerExec(-1, closeDialogs);
        dispatch();
        if (timedOut[0]) {
            joiner.interrupt();
            fail("FilmLab jobs still running or a dialog still open after " + TIMEOUT_MS + " ms: "
                    + List.of(Job.getJobManager().find(FilmLabJob.FAMILY)));
        }
    }

    /**
     * Runs {@code work} while closing every dialog that opens meanwhile (an import failure's
     * message, say), and returns the titles of the dialogs closed.
     */
    static List<String> closingDialogs(Runnable work) {
        return closingDialogs(work, new java.util.ArrayList<>());
    }

    /** As {@link #closingDialogs(Runnable)}, adding the texts of the closed dialogs' labels to {@code texts}. */
    static List<String> closingDialogs(Runnable work, List<String> texts) {
        Display display = Display.getCurrent();
        Shell main = window().getShell();
        List<String> closed = new java.util.ArrayList<>();
        boolean[] done = { false };
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s != main && !s.isDisposed() && s.isVisible()) {
                        closed.add(s.getText());
                        AnalysisUi.labels(s, texts);
                        s.close();
                    }
                }
                if (!done[0]) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(100, closer);
        try {
            work.run();
        } finally {
            done[0] = true;
            display.timerExec(-1, closer);
        }
        return closed;
    }

    static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
