// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;
import org.filmlab.plugins.PluginException;

/**
 * One plug-in operation (check, install, list, remove) as a background job, so that the UI thread
 * never waits for p2: its progress goes to the page that started it as well as to the workbench's
 * progress view, its outcome back to that page on the UI thread. Cancel ends it with the product as
 * it was ({@link org.filmlab.plugins.PluginManager}'s promise).
 *
 * @param <T> what the operation gives back
 */
final class PluginJob<T> extends Job {

    /** The family of every plug-in job, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
    static final String FAMILY = "org.filmlab.plugins.ui";

    /** The operation, given the job's monitor. */
    @FunctionalInterface
    interface Work<T> {
        T run(IProgressMonitor monitor) throws PluginException;
    }

    /** Where the job's progress is shown besides the progress view; every method is called on the UI thread. */
    interface Progress {
        void task(String name);

        void worked(double fraction);
    }

    /** The outcome, handed to the page on the UI thread: exactly one of value, failure, cancelled. */
    record Outcome<T>(T value, PluginException failure, boolean cancelled) {
    }

    private final Work<T> work;
    private final Display display;
    private final Progress progress;
    private final Consumer<Outcome<T>> done;

    PluginJob(String name, Work<T> work, Display display, Progress progress, Consumer<Outcome<T>> done) {
        super(name);
        this.work = work;
        this.display = display;
        this.progress = progress;
        this.done = done;
        setUser(false);
        // The page shows the outcome in its own words; the workbench's generic error prompt would repeat it.
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Outcome<T> outcome;
        try {
            outcome = new Outcome<>(work.run(new Forwarding(monitor)), null, false);
        } catch (PluginException e) {
            outcome = new Outcome<>(null, e, false);
        } catch (OperationCanceledException e) {
            outcome = new Outcome<>(null, null, true);
        } catch (RuntimeException e) {
            // A fault in p2 or in FilmLab's code: still the page's to show, with the product as it was.
            outcome = new Outcome<>(null, new PluginException(getName() + " failed: " + e, e), false);
        }
        Outcome<T> result = outcome;
        inUi(() -> done.accept(result));
        return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private void inUi(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    /** The job's monitor, also told to the page (at most the task names and the fraction done). */
    private final class Forwarding extends ProgressMonitorWrapper {
        private double total = 1;
        private double worked;

        Forwarding(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            total = totalWork <= 0 ? 1 : totalWork;
            worked = 0;
            tell(name);
        }

        @Override
        public void setTaskName(String name) {
            super.setTaskName(name);
            tell(name);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            tell(name);
        }

        @Override
        public void worked(int work) {
            super.worked(work);
            add(work);
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            add(work);
        }

        private void add(double work) {
            worked += work;
            double fraction = Math.min(1, worked / total);
            inUi(() -> progress.worked(fraction));
        }

        private void tell(String name) {
            if (name != null && !name.isBlank()) {
                inUi(() -> progress.task(name));
            }
        }
    }
}
