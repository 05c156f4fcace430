// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Edit › Undo and Redo (the platform's commands, so Ctrl+Z and Ctrl+Shift+Z): the workbench's
 * operation history of FilmLab's changes ({@link Undoable}), the menu item naming what it would undo
 * or redo. Declared once per command; {@code :redo} after the class name makes the Redo handler.
 */
public final class UndoRedoHandler extends AbstractHandler implements IElementUpdater, IExecutableExtension {

    private boolean redo;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        redo = "redo".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IStatus status = redo ? Undoable.history().redo(Undoable.context(), null, null)
                : Undoable.history().undo(Undoable.context(), null, null);
        if (status.getSeverity() == IStatus.ERROR) {
            throw new ExecutionException(status.getMessage(), status.getException());
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(redo ? Undoable.history().canRedo(Undoable.context())
                : Undoable.history().canUndo(Undoable.context()));
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        IUndoableOperation op = redo ? Undoable.history().getRedoOperation(Undoable.context())
                : Undoable.history().getUndoOperation(Undoable.context());
        element.setText((redo ? "&Redo" : "&Undo") + (op == null ? "" : " " + op.getLabel()));
    }
}
