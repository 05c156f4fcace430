// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Analysis › Stop run and the toolbar's Stop: cancels the running workflow (the engine stops at its
 * next check and the previous results stay shown). Enabled only while a run is scheduled or running,
 * so the button itself says whether anything is running.
 */
public final class StopRunHandler extends AbstractHandler {

    static final String COMMAND = "org.filmlab.ui.stopRun";

    private final IJobChangeListener runs = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            changed(event);
        }

        @Override
        public void done(IJobChangeEvent event) {
            changed(event);
        }

        private void changed(IJobChangeEvent event) {
            if (event.getJob() instanceof WorkflowRunJob) {
                // Enablement is read by the toolbar on the UI thread; job events come from workers.
                FilmLabJob.inUi(() -> setBaseEnabled(!activeRuns().isEmpty()));
            }
        }
    };

    public StopRunHandler() {
        Job.getJobManager().addJobChangeListener(runs);
        setBaseEnabled(!activeRuns().isEmpty());
    }

    /** The workflow runs waiting or running, oldest first. */
    static List<Job> activeRuns() {
        return Arrays.stream(Job.getJobManager().find(FilmLabJob.FAMILY)).filter(WorkflowRunJob.class::isInstance)
                .toList();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        activeRuns().forEach(Job::cancel);
        return null;
    }

    @Override
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(runs);
        super.dispose();
    }
}
