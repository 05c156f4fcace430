// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;

/**
 * Reads a data file and makes it the session's data set: with the importer contributed for its
 * extension and the automatic mapping, or as the import wizard says (importer, its parameters and
 * the user's column mapping, remembered for the file's layout once the import succeeds). A file
 * that cannot be read leaves the previous data set in place and says where the problem is (file,
 * row, column), as the command line does; the failure also goes to the platform log.
 */
final class DatasetImportJob extends FilmLabJob {

    private final Path file;
    private final ImportSpec spec;
    private final ColumnMapping mapping;

    DatasetImportJob(Path file) {
        this(file, null, null);
    }

    DatasetImportJob(ImportSpec spec, ColumnMapping mapping) {
        this(spec.file(), spec, mapping);
    }

    private DatasetImportJob(Path file, ImportSpec spec, ColumnMapping mapping) {
        super("Importing " + file.getFileName());
        this.file = file;
        this.spec = spec;
        this.mapping = mapping;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Dataset dataset;
            if (spec == null) {
                dataset = CancellableRead.call("reading " + file.getFileName(), monitor,
                        m -> new DatasetLoader(ContributionRegistry.getDefault()).load(file, DatasetMapping.automatic(), m));
            } else {
                SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), 10);
                Table table = spec.read(progress.split(8));
                dataset = mapping.apply(table, DatasetLoader.sha256(file));
                progress.split(2);
            }
            inUi(() -> {
                Session session = Session.get();
                Session.Imported previous = session.imported().stream()
                        .filter(i -> i.dataset() == session.dataset().orElse(null)).findFirst().orElse(null);
                session.datasetLoaded(dataset, file);
                Undoable.imported(dataset, file, previous);
                if (mapping != null) {
                    FilmLabPreferences.rememberMapping(mapping);
                }
            });
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (InputException e) {
            // The file, not FilmLab, is at fault: a plain message naming the place, no stack trace. Logged
            // once, by the job framework, as this job's result.
            IStatus status = Status.error("Cannot import " + file + ": " + e.getMessage());
            inUi(() -> {
                Session.get().importFailed(e.getMessage());
                MessageDialog.openError(shell(), "Cannot import " + file.getFileName(),
                        e.getMessage() + "\n\nNothing was filled in or dropped; the data set shown before stays loaded.");
            });
            return status;
        } catch (CoreException e) {
            inUi(() -> {
                Session.get().importFailed(e.getMessage());
                showError("Cannot import " + file.getFileName(), e.getStatus());
            });
            return e.getStatus();
        }
    }
}
