// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;

/**
 * Runs an installed workflow on a data set through the same engine as {@code filmlab run}: the
 * document is read and checked, then checked against the data, then run. Only a completed run
 * replaces the session's result; a cancelled or failed one leaves the previous result shown.
 */
final class WorkflowRunJob extends FilmLabJob {

    /** Runs one at a time: two would race to become "the" result. */
    private static final ISchedulingRule ONE_RUN_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    /** The installed workflow to read, or {@code null} when {@link #document} is given. */
    private final ContributionDescriptor workflow;
    /** The document to run as it is (from the workflow editor), or {@code null} to read {@link #workflow}. */
    private final WorkflowDocument document;
    private final String name;
    private final Dataset dataset;
    private final Path datasetFile;
    /** Says why a completed run must not become the session's result, or {@code null} when it may. */
    private Function<RunResult, String> refusal = r -> null;
    private String failureTitle = "Workflow failed";

    /**
     * @param datasetFile the file {@code dataset} was read from, re-read with the workflow's own
     *        column mapping when it has one
     */
    WorkflowRunJob(ContributionDescriptor workflow, Dataset dataset, Path datasetFile) {
        super("Running " + workflow.name());
        this.workflow = workflow;
        this.document = null;
        this.name = workflow.name();
        this.dataset = dataset;
        this.datasetFile = datasetFile;
        setUser(true);
        setRule(ONE_RUN_AT_A_TIME);
        reportCancel();
    }

    /** Runs a document as given, such as the workflow editor's; it is checked like an installed one. */
    WorkflowRunJob(WorkflowDocument document, Dataset dataset, Path datasetFile) {
        super("Running " + document.name());
        this.workflow = null;
        this.document = document;
        this.name = document.name();
        this.dataset = dataset;
        this.datasetFile = datasetFile;
        setUser(true);
        setRule(ONE_RUN_AT_A_TIME);
        reportCancel();
    }

    /**
     * A run that completes but does not give what was asked for (suggestions, say) is shown as a
     * failure under {@code title} with the refusal's words, and leaves the session as it was.
     *
     * @param refusal says why a completed run is refused, or returns {@code null} to accept it
     */
    void acceptOnly(String title, Function<RunResult, String> refusal) {
        this.failureTitle = title;
        this.refusal = refusal;
    }

    /**
     * Says a cancelled run was cancelled. Done from the job's end rather than from {@link #run}: a job
     * cancelled just as it starts ends as cancelled without {@code run} being called.
     */
    private void reportCancel() {
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL) {
                    String what = name + " on " + dataset.source();
                    inUi(() -> Session.get().runStopped(what + " was cancelled" + (Session.get().result().isPresent()
                            ? "; the results shown are from the previous run." : ".")));
                }
            }
        });
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + name, 100);
        ContributionRegistry registry = ContributionRegistry.getDefault();
        String what = name + " on " + dataset.source();
        try {
            progress.subTask("Checking the workflow");
            // The user's seed and cross-validation preferences, where the document declares them.
            WorkflowDocument doc = FilmLabPreferences.applyTo(read(registry));
            WorkflowEngine engine = new WorkflowEngine(registry);
            PreparedWorkflow prepared = engine.prepare(doc);
            progress.split(2);
            Dataset input = mapped(doc, registry, progress.split(3));
            engine.check(prepared, input);
            RunResult result = engine.run(prepared, input, progress.split(95));
            String refused = refusal.apply(result);
            if (refused != null) {
                return failed(Status.error(refused));
            }
            inUi(() -> Session.get().runCompleted(result));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (StepFailedException e) {
            // The engine's message names the step and the contribution with its bundle; its status the cause.
            return failed(new MultiStatus(PLUGIN_ID, 0, new IStatus[] { e.status() }, what + " failed: "
                    + e.getMessage(), e.getCause()));
        } catch (InvalidWorkflowException | InputException e) {
            return failed(Status.error(what + " cannot run: " + e.getMessage(), e));
        } catch (CoreException e) {
            return failed(new MultiStatus(PLUGIN_ID, 0, new IStatus[] { e.getStatus() }, what + " failed: "
                    + e.getMessage(), e));
        }
    }

    private WorkflowDocument read(ContributionRegistry registry) throws InputException {
        if (document != null) {
            return document;
        }
        return new WorkflowReader().readInstalled(workflow, registry);
    }

    /** The data as the workflow maps it: the session's data set unless the workflow names its columns. */
    private Dataset mapped(WorkflowDocument doc, ContributionRegistry registry, IProgressMonitor monitor)
            throws InputException, CoreException {
        if (doc.data().equals(DatasetMapping.automatic())) {
            return dataset;
        }
        return new DatasetLoader(registry).load(datasetFile, doc.data(), monitor);
    }

    private IStatus failed(IStatus status) {
        // Shown here; logged once, with the cause's stack, by the job framework as this job's result.
        inUi(() -> {
            // Said only when there are such results: after a first run fails, the views say there are none.
            Session.get().runStopped(status.getMessage() + (Session.get().result().isPresent()
                    ? "\nThe results shown are from the previous run." : ""));
            showError(failureTitle, status);
        });
        return status;
    }
}
