// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;

/**
 * What the desktop shows: the data sets, the last successful run, the workflow being edited, the
 * last problem, and the project they belong to (with whether it changed since it was saved). One per
 * application (the workbench runs once per process). Read and changed on the UI thread only; jobs
 * hand their outcome over with {@link Display#asyncExec}, so a view never sees half a change.
 */
public final class Session {

    private static final Session INSTANCE = new Session();

    private final List<Runnable> listeners = new ArrayList<>();
    private Dataset dataset;
    private Path datasetFile;
    private String importProblem;
    private RunResult result;
    private String runProblem;
    private final List<Imported> imported = new ArrayList<>();
    private WorkflowDocument workflow;
    private boolean workflowEdited;
    private Path project;
    private boolean dirty;
    /** In the workspace's state location, so a plan belongs to the workspace it was made in. */
    private final ExperimentPlan plan = new ExperimentPlan(Platform.getStateLocation(
            Platform.getBundle(FilmLabJob.PLUGIN_ID)).toPath().resolve("next-experiments.json"));

    private Session() {
        plan.addListener(this::planChanged);
    }

    public static Session get() {
        return INSTANCE;
    }

    public Optional<Dataset> dataset() {
        return Optional.ofNullable(dataset);
    }

    /** The file the data set was read from, so a workflow with its own column mapping can re-read it. */
    public Optional<Path> datasetFile() {
        return Optional.ofNullable(datasetFile);
    }

    /** Why the last import failed, if it did; cleared by the next successful import. */
    public Optional<String> importProblem() {
        return Optional.ofNullable(importProblem);
    }

    /** The last run that completed; a cancelled or failed run leaves it as it was. */
    public Optional<RunResult> result() {
        return Optional.ofNullable(result);
    }

    /** Why the last run did not complete, if it did not; cleared by the next completed run. */
    public Optional<String> runProblem() {
        return Optional.ofNullable(runProblem);
    }

    /** The films picked on the decision maps for the next experiments. UI thread only. */
    ExperimentPlan plan() {
        checkThread();
        return plan;
    }

    /**
     * A data set imported in this session and the file it came from.
     *
     * @param dataset the data set (compared by identity: each import is its own entry)
     * @param file the file it was read from
     */
    public record Imported(Dataset dataset, Path file) {
    }

    /** The data sets imported in this session, oldest first; any of them can be made current again. */
    public List<Imported> imported() {
        return List.copyOf(imported);
    }

    void datasetLoaded(Dataset loaded, Path file) {
        checkThread();
        if (imported.stream().noneMatch(i -> i.dataset() == loaded)) {
            imported.add(new Imported(loaded, file));
            dirty = true;
        }
        dataset = loaded;
        datasetFile = file;
        importProblem = null;
        changed();
    }

    /** Takes an imported data set out of the session (undoing its import); the previous one becomes current. */
    void datasetRemoved(Dataset removed, Imported previous) {
        checkThread();
        imported.removeIf(i -> i.dataset() == removed);
        if (dataset == removed) {
            dataset = previous == null ? null : previous.dataset();
            datasetFile = previous == null ? null : previous.file();
        }
        dirty = true;
        changed();
    }

    /** The workflow the Workflow view holds, as the form says; empty until the view has shown one. */
    public Optional<WorkflowDocument> workflow() {
        return Optional.ofNullable(workflow);
    }

    /** Whether the user changed {@link #workflow()} from the document it was loaded as. */
    boolean workflowEdited() {
        return workflowEdited;
    }

    /**
     * The Workflow view's form changed, or it shows another document (loaded, or an edit undone).
     */
    void workflowChanged(WorkflowDocument doc, boolean edited) {
        checkThread();
        if (doc.equals(workflow) && edited == workflowEdited) {
            return;
        }
        // The form filled for the first time (at start, or after a new project) is not a change.
        boolean replacesOne = workflow != null;
        workflow = doc;
        workflowEdited = edited;
        dirty |= replacesOne;
        changed();
    }

    /** The project file the session was last opened from or saved to; empty for a new project. */
    public Optional<Path> project() {
        return Optional.ofNullable(project);
    }

    /** Whether something changed since the project was opened or saved (the window's title shows a '*'). */
    public boolean dirty() {
        return dirty;
    }

    /** Marks the plan's changes as changes of the project. */
    void planChanged() {
        checkThread();
        if (!dirty) {
            dirty = true;
            changed();
        }
    }

    /** What is loaded now is where a new project starts (the bundled sample at a first start): nothing to save. */
    void startedClean() {
        checkThread();
        dirty = false;
        changed();
    }

    void saved(Path file) {
        checkThread();
        project = file;
        dirty = false;
        changed();
    }

    /**
     * Replaces everything with a project's contents (or with nothing, for a new project): data sets,
     * the current one, the workflow being edited, the last run and the next experiments.
     *
     * @param file the project's file, or {@code null} for a new, unsaved project
     */
    void replaceWith(ProjectFile.Contents contents, Path file) {
        checkThread();
        imported.clear();
        imported.addAll(contents.datasets());
        Imported current = contents.current().orElse(null);
        dataset = current == null ? null : current.dataset();
        datasetFile = current == null ? null : current.file();
        importProblem = null;
        result = contents.result().orElse(null);
        runProblem = null;
        workflow = contents.workflow().orElse(null);
        workflowEdited = contents.workflowEdited();
        plan.replaceAll(contents.plan());
        project = file;
        dirty = false;
        changed();
    }

    void importFailed(String message) {
        checkThread();
        importProblem = message;
        changed();
    }

    void runCompleted(RunResult completed) {
        checkThread();
        result = completed;
        runProblem = null;
        dirty = true;
        changed();
    }

    /**
     * A run made elsewhere, opened from its results.json: it becomes the last run, and the films it
     * analysed a data set of the session (the current one), as if it had run here.
     */
    void runOpened(RunResult opened, Path resultsFile) {
        checkThread();
        imported.add(new Imported(opened.dataset(), resultsFile));
        dataset = opened.dataset();
        datasetFile = resultsFile;
        importProblem = null;
        result = opened;
        runProblem = null;
        dirty = true;
        changed();
    }

    void runStopped(String why) {
        checkThread();
        runProblem = why;
        changed();
    }

    /** Calls {@code listener} on the UI thread after every change, until removed. */
    public void addListener(Runnable listener) {
        checkThread();
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        checkThread();
        listeners.remove(listener);
    }

    private void changed() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }

    private static void checkThread() {
        if (Display.getCurrent() == null) {
            throw new IllegalStateException("the session is used on the UI thread only");
        }
    }
}
