// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterValues;

/**
 * Reads a file into a {@link Table}. Contributed through the {@code org.filmlab.core.importers}
 * extension point, which also declares the file extensions the importer reads.
 * <p>
 * An importer must never let anything but {@link InputException} escape for a malformed file, must
 * keep the rows in file order with the row numbers a user sees, and must keep cells that are not
 * finite numbers (NaN, Inf, text) as {@link Table.Text} so that the mapping can report them.
 * Clients may implement this interface.
 */
public interface DatasetImporter extends Contribution {

    /**
     * @param file the file to read
     * @param values the importer's parameters (delimiter, sheet, ...)
     * @param monitor progress and cancellation; may be {@code null}
     * @throws InputException naming the file and, where it applies, the row and column
     */
    Table read(Path file, ParameterValues values, IProgressMonitor monitor) throws InputException;
}
