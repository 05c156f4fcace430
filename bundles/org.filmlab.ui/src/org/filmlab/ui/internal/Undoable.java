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
        IUndoableOperation last = history().getUndoOperation(context());
        if (last instanceof WorkflowEdit w && System.currentTimeMillis() - w.at < COALESCE_MS && !w.undone) {
            w.after = after;
            w.afterEdited = afterEdited;
            w.at = System.currentTimeMillis();
            return;
        }
        WorkflowEdit edit = new WorkflowEdit(before, beforeEdited, after, afterEdited);
        edit.addContext(context());
        history().add(edit);
    }

    /** Records an import that was already made: undone, the data set leaves and the previous one is current. */
    static void imported(Dataset dataset, Path file, Session.Imported previous) {
        DatasetImport op = new DatasetImport(dataset, file, previous);
        op.addContext(context());
        history().add(op);
    }

    private static final class WorkflowEdit extends AbstractOperation {

        private final WorkflowDocument before;
        private final boolean beforeEdited;
        private WorkflowDocument after;
        private boolean afterEdited;
        private long at = System.currentTimeMillis();
        private boolean undone;

        WorkflowEdit(WorkflowDocument before, boolean beforeEdited, WorkflowDocument after, boolean afterEdited) {
            super("Workflow edit");
            this.before = before;
            this.beforeEdited = beforeEdited;
            this.after = after;
            this.afterEdited = afterEdited;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            return redo(monitor, info);
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            undone = true;
            Session.get().workflowChanged(before, beforeEdited);
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            Session.get().workflowChanged(after, afterEdited);
            return Status.OK_STATUS;
        }
    }

    private static final class DatasetImport extends AbstractOperation {

        private final Dataset dataset;
        private final Path file;
        private final Session.Imported previous;

        DatasetImport(Dataset dataset, Path file, Session.Imported previous) {
            super("Import of " + file.getFileName());
            this.dataset = dataset;
            this.file = file;
            this.previous = previous;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            return redo(monitor, info);
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            Session.get().datasetRemoved(dataset, previous);
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            Session.get().datasetLoaded(dataset, file);
            return Status.OK_STATUS;
        }
    }
}
