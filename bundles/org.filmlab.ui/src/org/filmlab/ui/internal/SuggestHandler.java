// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.suggest.Suggestions;

/**
 * Analysis › Suggest next experiments: asks for a batch size, a suggester and a seed
 * ({@link SuggestDialog}), then runs the workflow of the Workflow view (the default workflow when it
 * has not been shown) with its next-experiments step asking for that batch, as
 * {@code filmlab suggest} does. The suggestions appear on the decision map; a run that proposes none
 * (no good class, a condition that does not vary, a batch larger than the candidate grid) says why
 * and changes nothing.
 */
public final class SuggestHandler extends AbstractHandler {

    static final String COMMAND = "org.filmlab.ui.suggest";
    /** What the user is told besides why, when a run proposes nothing. */
    static final String NOTHING_CHANGED = "Nothing was changed: the decision map, the Next experiments list and"
            + " the last run stay as they were.";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!RunWorkflowHandler.mayRun(shell)) {
            return null;
        }
        Session session = Session.get();
        Optional<Dataset> dataset = session.dataset();
        WorkflowDocument base;
        try {
            base = session.workflow().isPresent() ? session.workflow().get() : installedDefault();
        } catch (IOException | InputException e) {
            MessageDialog.openError(shell, "Suggest next experiments", "The default workflow cannot be read: "
                    + e.getMessage());
            return null;
        }
        SuggestDialog dialog = new SuggestDialog(shell, base, dataset.get().source());
        if (dialog.open() != Window.OK) {
            return null;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getWorkbench().showPerspective(AnalysisPerspective.ID, window);
        } catch (WorkbenchException e) {
            throw new ExecutionException("the Analysis perspective cannot be shown", e);
        }
        job(base, dialog.batch(), dialog.suggester(), dialog.seed(), dataset.get(),
                session.datasetFile().orElseThrow()).schedule();
        return null;
    }

    /**
     * The run that suggests: {@code base} with that seed and its next-experiments step asking for
     * {@code batch} recipes by {@code suggester}; accepted only if it proposes some.
     */
    static WorkflowRunJob job(WorkflowDocument base, int batch, String suggester, long seed, Dataset dataset,
            Path datasetFile) {
        WorkflowDocument doc = Suggestions.withBatch(base.withSeed(seed), batch, suggester);
        WorkflowRunJob job = new WorkflowRunJob(doc, dataset, datasetFile);
        job.acceptOnly("No suggestions", r -> Suggestions.of(r).isPresent() ? null : refusal(r, batch));
        return job;
    }

    /** Why the run proposed nothing, in the terms of the dialog the user filled in. */
    static String refusal(RunResult r, int batch) {
        String why = Suggestions.whyNone(r);
        String what = Suggestions.batchTooLarge(why) ? "Batch size " + batch + ": " + why
                : "No recipes can be suggested for " + r.dataset().source() + ": " + why;
        return what + ". " + NOTHING_CHANGED;
    }

    private static WorkflowDocument installedDefault() throws IOException, InputException {
        ContributionRegistry registry = ContributionRegistry.getDefault();
        ContributionDescriptor standard = registry.list(ContributionKind.WORKFLOW).stream()
                .filter(ContributionDescriptor::isDefault).findFirst()
                .orElseThrow(() -> new IOException("no installed workflow is marked as the default"));
        return new WorkflowReader().readInstalled(standard, registry);
    }
}
