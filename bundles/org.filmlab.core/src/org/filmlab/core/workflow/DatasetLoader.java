// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.internal.ExtensionContributionRegistry;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;

/**
 * Reads a data file with the importer contributed for its extension and maps its columns.
 */
public final class DatasetLoader {

    private final ContributionRegistry registry;

    public DatasetLoader(ContributionRegistry registry) {
        this.registry = registry;
    }

    /**
     * @throws InputException for a file that cannot be read as a data set, naming file, row, column
     * @throws CoreException if the importer itself fails (a bug in it, not in the file)
     */
    public Dataset load(Path file, DatasetMapping mapping, IProgressMonitor monitor)
            throws InputException, CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), 10);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw InputException.inFile(file.toString(), "this is a folder, not a data file; name the file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.inFile(file.toString(), "no such file");
        }
        if (!Files.isReadable(file)) {
            throw InputException.inFile(file.toString(), "the file cannot be read (permissions)");
        }
        ContributionDescriptor d = importerFor(name);
        DatasetImporter importer = registry.create(d, DatasetImporter.class);
        SubMonitor read = progress.split(8);
        Table[] table = new Table[1];
        InputException[] input = new InputException[1];
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                try {
                    table[0] = importer.read(file, importer.parameters().defaults(), read);
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
            throw new CoreException(new Status(Status.ERROR, ExtensionContributionRegistry.PLUGIN_ID,
                    "importer " + d.label() + " failed on " + name + ": " + failure[0], failure[0]));
        }
        Dataset dataset = mapping.apply(table[0], sha256(file));
        progress.split(2);
        return dataset;
    }

    private ContributionDescriptor importerFor(String fileName) throws InputException {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        List<ContributionDescriptor> importers = registry.list(ContributionKind.IMPORTER);
        for (ContributionDescriptor d : importers) {
            if (d.extensions().contains(ext)) {
                return d;
            }
        }
        List<String> known = importers.stream().flatMap(d -> d.extensions().stream()).sorted().toList();
        throw InputException.inFile(fileName, "no importer reads '." + ext + "' files; installed importers read: "
                + (known.isEmpty() ? "none" : String.join(", ", known)));
    }

    /** The hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws InputException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw InputException.inFile(file.toString(), "cannot read the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
