// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of a {@link DatasetImporter}, on a file of its format that the test supplies. Besides
 * the checks of {@link ContributionContract} (the file is the input, read twice it gives the same
 * table, a cancelled monitor stops the read, the file is left as it was): {@code plugin.xml}
 * declares the file extensions read, and an empty file is refused with an {@link InputException},
 * the only exception an importer may let escape for a malformed file. Clients may extend this class.
 *
 * @param <C> the importer
 */
public abstract class ImporterContract<C extends DatasetImporter> extends ContributionContract<C, Path> {

    /** Where the kit writes the files it makes; JUnit deletes it after each check. */
    @TempDir
    protected Path temporaryFolder;

    /** A well-formed file of the importer's format with a few rows. */
    protected abstract Path sampleFile();

    @Override
    protected final ContributionKind kind() {
        return ContributionKind.IMPORTER;
    }

    @Override
    protected Path input() {
        return sampleFile();
    }

    /** What the workflow engine knows before an import: nothing about the data. */
    @Override
    protected DataShape shape() {
        return new DataShape(0, List.of(), List.of(), List.of(), 0);
    }

    @Override
    protected Table run(C importer, Path file, ParameterValues values, long seed, IProgressMonitor monitor)
            throws InputException {
        return importer.read(file, values, monitor);
    }

    /** The file's bytes: reading must not change them. */
    @Override
    protected String snapshot(Path file) {
        try {
            return HexFormat.of().formatHex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public final void declaresTheFileExtensionsItReads() {
        assertFalse(descriptor().extensions().isEmpty(), id() + " declares no extensions in plugin.xml");
    }

    @Test
    public final void anEmptyFileIsRefusedWithAnInputException() throws IOException {
        Path empty = Files.createFile(temporaryFolder.resolve("empty." + descriptor().extensions().get(0)));
        assertThrows(InputException.class, () -> run(contribution(), empty, values(), SEED, null));
    }
}
