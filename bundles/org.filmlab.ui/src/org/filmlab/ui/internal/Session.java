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

/**
 * What the desktop shows: the data set, the last successful run, and the last problem. One per
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
    /** In the workspace's state location, so a plan belongs to the workspace it was made in. */
    private final ExperimentPlan plan = new ExperimentPlan(Platform.getStateLocation(
            Platform.getBundle(FilmLabJob.PLUGIN_ID)).toPath().resolve("next-experiments.json"));

    private Session() {
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
        }
        dataset = loaded;
        datasetFile = file;
        importProblem = null;
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
