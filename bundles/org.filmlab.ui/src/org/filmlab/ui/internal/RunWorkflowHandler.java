// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.WorkflowDocument;

/**
 * Analysis › Run workflow: runs the workflow as edited in the Workflow view (the default workflow
 * when that view is not open), or with parameter {@value #CHOOSE} = "true" one the user picks among
 * the installed ones, on the session's data set as a background job, and brings up the Analysis
 * perspective where its results appear. While a run is going it says so instead of queuing a second one.
 */
public final class RunWorkflowHandler extends AbstractHandler {

    static final String COMMAND = "org.filmlab.ui.runWorkflow";
    static final String CHOOSE = "org.filmlab.ui.runWorkflow.choose";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShell(event);
        Session session = Session.get();
        Optional<Dataset> dataset = session.dataset();
        if (!mayRun(shell)) {
            return null;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        boolean choose = "true".equals(event.getParameter(CHOOSE));
        // What the user sees in the Workflow view (kept in the session, so also with the view closed)
        // is what the toolbar's Run runs.
        Optional<WorkflowDocument> edited = choose ? Optional.empty() : session.workflow();
        WorkflowRunJob job;
        if (edited.isPresent()) {
            job = new WorkflowRunJob(edited.get(), dataset.get(), session.datasetFile().orElseThrow());
        } else {
            ContributionDescriptor chosen = installed(shell, choose);
            if (chosen == null) {
                return null;
            }
            job = new WorkflowRunJob(chosen, dataset.get(), session.datasetFile().orElseThrow());
        }
        try {
            window.getWorkbench().showPerspective(AnalysisPerspective.ID, window);
        } catch (WorkbenchException e) {
            throw new ExecutionException("the Analysis perspective cannot be shown", e);
        }
        job.schedule();
        return null;
    }

    /**
     * Whether a run may start now: there is a data set and no run is going. Otherwise says so (Run
     * workflow and Suggest next experiments alike) and returns {@code false}.
     */
    static boolean mayRun(Shell shell) {
        if (Session.get().dataset().isEmpty()) {
            MessageDialog.openInformation(shell, "No data set", "Import a data set first (File › Import...).");
            return false;
        }
        List<Job> running = StopRunHandler.activeRuns();
        if (!running.isEmpty()) {
            // Queuing a second run behind the first would look like nothing happened for minutes.
            MessageDialog.openInformation(shell, "A workflow is already running", running.get(0).getName()
                    + " is still running. Wait for it to finish, or stop it with Analysis › Stop run"
                    + " (the Stop button in the toolbar), then run again.");
            return false;
        }
        return true;
    }

    /** The installed workflow to run: the user's pick, or the default; {@code null} when there is none. */
    private static ContributionDescriptor installed(Shell shell, boolean choose) {
        List<ContributionDescriptor> workflows = ContributionRegistry.getDefault().list(ContributionKind.WORKFLOW)
                .stream().filter(d -> !d.deprecated()).toList();
        Optional<ContributionDescriptor> standard = workflows.stream().filter(ContributionDescriptor::isDefault)
                .findFirst();
        if (choose) {
            return choose(shell, workflows, standard);
        }
        if (standard.isEmpty()) {
            MessageDialog.openError(shell, "No default workflow", "No installed workflow is marked as the default;"
                    + " use Analysis › Run workflow... to pick one.");
        }
        return standard.orElse(null);
    }

    private static ContributionDescriptor choose(Shell shell, List<ContributionDescriptor> workflows,
            Optional<ContributionDescriptor> standard) {
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle("Run workflow");
        dialog.setMessage("Installed workflows:");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                ContributionDescriptor d = (ContributionDescriptor) element;
                return d.name() + (d.isDefault() ? " (default)" : "") + "  [" + d.id() + ", " + d.bundle() + "]";
            }
        });
        dialog.setInput(workflows);
        standard.ifPresent(d -> dialog.setInitialSelections(d));
        dialog.setWidthInChars(80);
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        return (ContributionDescriptor) dialog.getResult()[0];
    }
}
