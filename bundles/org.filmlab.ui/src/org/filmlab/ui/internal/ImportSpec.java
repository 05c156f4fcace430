// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;

/**
 * Which file to read with which importer and importer parameters, as the import wizard's first
 * page gives it. Reading goes through the core's {@link DatasetLoader#read}, as the command line's
 * {@code --import} does: the same checks of the values and the same guard around the importer.
 *
 * @param file the data file
 * @param importer the importer contribution
 * @param given the parameter values the user typed or chose, by key; what is missing takes its default
 */
record ImportSpec(Path file, ContributionDescriptor importer, Map<String, Object> given) {

    ImportSpec {
        given = Map.copyOf(given);
    }

    /** The importer that reads files with this name's extension, if one is installed. */
    static Optional<ContributionDescriptor> importerFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        List<ContributionDescriptor> importers = ContributionRegistry.getDefault().list(ContributionKind.IMPORTER);
        return importers.stream().filter(d -> d.extensions().contains(ext)).findFirst();
    }

    /**
     * @throws InputException for a file that cannot be read, naming file, row and column, or for
     *         parameter values the importer does not accept
     * @throws CoreException if the importer itself fails (a bug in it, not in the file)
     * @throws org.eclipse.core.runtime.OperationCanceledException at once when {@code monitor} is
     *         cancelled, even if the importer does not answer
     */
    Table read(IProgressMonitor monitor) throws InputException, CoreException {
        return CancellableRead.call("reading " + file.getFileName(), monitor,
                m -> new DatasetLoader(ContributionRegistry.getDefault()).read(file, importer, given, m).table());
    }
}
