// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;

/**
 * Which file to read with which importer and importer parameters, as the import wizard's first
 * page gives it. Reading calls the contributed importer through {@link SafeRunner}, as the core's
 * loader does, but with the user's parameters rather than the defaults.
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
     */
    Table read(IProgressMonitor monitor) throws InputException, CoreException {
        if (Files.isDirectory(file)) {
            throw InputException.inFile(file.toString(), "this is a folder, not a data file; name the file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.inFile(file.toString(), "no such file");
        }
        ContributionRegistry registry = ContributionRegistry.getDefault();
        DatasetImporter reader = registry.create(importer, DatasetImporter.class);
        Problems problems = new Problems();
        ParameterValues values = reader.parameters().resolve(given, importer.id(), problems);
        if (values == null) {
            throw InputException.inParameter(problems.list().get(0).where(), problems.toString().strip());
        }
        Table[] table = new Table[1];
        InputException[] input = new InputException[1];
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                try {
                    table[0] = reader.read(file, values, monitor);
                } catch (InputException e) {
                    input[0] = e;
                }
            }

            @Override
            public void handleException(Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] instanceof OperationCanceledException c) {
            throw c;
        }
        if (input[0] != null) {
            throw input[0];
        }
        if (failure[0] != null || table[0] == null) {
            throw new CoreException(Status.error("importer " + importer.label() + " failed on " + file.getFileName()
                    + ": " + failure[0], failure[0]));
        }
        return table[0];
    }
}
