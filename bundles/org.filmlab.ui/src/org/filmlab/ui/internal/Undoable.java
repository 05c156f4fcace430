// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.WorkflowDocument;

/**
 * What Edit › Undo and Redo undo and redo: the user's changes to the workflow in the Workflow view
 * and the imports (each with the column mapping chosen for it), as operations in the workbench's
 * operation history. A project opened or started anew clears the history: its changes belong to the
 * project left behind. UI thread.
 */
final class Undoable {

    /** Edits closer together than this (keystrokes in one field, spinner clicks) are undone as one. */
    static final long COALESCE_MS = 1000;

    private Undoable() {
    }

    static IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    static IUndoContext context() {
        return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
    }

    /** Forgets every change: the project they were made to is no longer shown. */
    static void clear() {
        history().dispose(context(), true, true, false);
    }

    /**
     * Records a change of the workflow that was already made (from {@code before} to {@code after}),
     * merged into the previous one if that was a workflow change moments ago.
     */
    static void workflowChanged(WorkflowDocument before, boolean beforeEdited, WorkflowDocument after,
            boolean afterEdited) {
        Runnable redo = () -> Session.get().workflowChanged(after, afterEdited);
        IUndoableOperation last = history().getUndoOperation(context());
        if (last instanceof Change c && c.coalesces && System.currentTimeMillis() - c.at < COALESCE_MS && !c.undone) {
            c.redo = redo;
            c.at = System.currentTimeMillis();
            return;
        }
        add(new Change("Workflow edit", true, () -> Session.get().workflowChanged(before, beforeEdited), redo));
    }

    /** Records an import that was already made: undone, the data set leaves and the previous one is current. */
    static void imported(Dataset dataset, Path file, Session.Imported previous) {
        add(new Change("Import of " + file.getFileName(), false, () -> Session.get().datasetRemoved(dataset, previous),
                () -> Session.get().datasetLoaded(dataset, file)));
    }

    private static void add(Change change) {
        change.addContext(context());
        history().add(change);
    }

    /**
     * A change the user already made, as the history undoes and redoes it. One that coalesces takes
     * the next change of its kind made moments later: redo then restores the later state.
     */
    private static final class Change extends AbstractOperation {

        private final boolean coalesces;
        private final Runnable undo;
        private Runnable redo;
        private long at = System.currentTimeMillis();
        private boolean undone;

        Change(String label, boolean coalesces, Runnable undo, Runnable redo) {
            super(label);
            this.coalesces = coalesces;
            this.undo = undo;
            this.redo = redo;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            return redo(monitor, info);
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            undone = true;
            undo.run();
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            redo.run();
            return Status.OK_STATUS;
        }
    }
}
