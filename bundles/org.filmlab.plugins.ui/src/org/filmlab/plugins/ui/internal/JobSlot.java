// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Where a page runs its plug-in jobs, one at a time: a line naming what the job does and a bar of how
 * far it is, both below the page's content; cancelled with the page. UI thread only.
 */
final class JobSlot implements PluginJob.Progress {

    private final Label task;
    private final ProgressBar bar;
    private final Runnable busyChanged;
    private PluginJob<?> running;

    /**
     * Adds the line and the bar to {@code parent}, a grid of {@code columns} columns; {@code busyChanged}
     * runs when a job starts and after its outcome is handled (the page enables its buttons).
     */
    JobSlot(Composite parent, int columns, Runnable busyChanged) {
        this.busyChanged = busyChanged;
        task = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).applyTo(task);
        bar = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(1000);
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).applyTo(bar);
        bar.setVisible(false);
        // Closing the page, however it is closed, cancels its job: the product stays as it was.
        task.addDisposeListener(e -> cancel());
    }

    /**
     * Runs {@code work} as a job named {@code name}; {@code done} gets its outcome on the UI thread
     * unless the page has been closed since.
     */
    <T> void start(String name, PluginJob.Work<T> work, Consumer<PluginJob.Outcome<T>> done) {
        bar.setSelection(0);
        bar.setVisible(true);
        task.setText(name + "…");
        PluginJob<T> job = new PluginJob<>(name, work, task.getDisplay(), this, outcome -> {
            running = null;
            if (task.isDisposed()) {
                return;
            }
            bar.setVisible(false);
            task.setText("");
            done.accept(outcome);
            busyChanged.run();
        });
        running = job;
        busyChanged.run();
        job.schedule();
    }

    boolean busy() {
        return running != null;
    }

    /** Cancels the job under way, if any: it ends with the product as it was. */
    void cancel() {
        if (running != null) {
            running.cancel();
            if (!task.isDisposed()) {
                task.setText("Cancelling…");
            }
        }
    }

    @Override
    public void task(String name) {
        if (!task.isDisposed()) {
            task.setText(name);
        }
    }

    @Override
    public void worked(double fraction) {
        if (!bar.isDisposed()) {
            bar.setSelection((int) (fraction * 1000));
        }
    }
}
