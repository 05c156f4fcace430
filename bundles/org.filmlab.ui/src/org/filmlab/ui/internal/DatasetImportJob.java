// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;

/**
 * Reads a data file with the importer contributed for its extension and makes it the session's
 * data set. A file that cannot be read leaves the previous data set in place and says where the
 * problem is (file, row, column), as the command line does.
 */
final class DatasetImportJob extends FilmLabJob {

    private final Path file;

    DatasetImportJob(Path file) {
        super("Importing " + file.getFileName());
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Dataset dataset = new DatasetLoader(ContributionRegistry.getDefault()).load(file,
                    DatasetMapping.automatic(), monitor);
            inUi(() -> Session.get().datasetLoaded(dataset, file));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (InputException e) {
            // The file, not FilmLab, is at fault: a plain message naming the place, no stack trace.
            inUi(() -> {
                Session.get().importFailed(e.getMessage());
                MessageDialog.openError(shell(), "Cannot import " + file.getFileName(),
                        e.getMessage() + "\n\nNothing was filled in or dropped; the data set shown before stays loaded.");
            });
            return Status.error(e.getMessage(), e);
        } catch (CoreException e) {
            inUi(() -> {
                Session.get().importFailed(e.getMessage());
                showError("Cannot import " + file.getFileName(), e.getStatus());
            });
            return e.getStatus();
        }
    }
}
