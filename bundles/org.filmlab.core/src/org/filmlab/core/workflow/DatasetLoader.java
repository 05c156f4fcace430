// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.internal.ExtensionContributionRegistry;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
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
     * Reads a file with its importer's default parameters.
     *
     * @throws InputException for a file that cannot be read as a data set, naming file, row, column
     * @throws CoreException if the importer itself fails (a bug in it, not in the file)
     */
    public Dataset load(Path file, DatasetMapping mapping, IProgressMonitor monitor)
            throws InputException, CoreException {
        return load(file, Map.of(), mapping, monitor);
    }

    /**
     * Reads a file with the importer chosen for its extension, configured by the given values as a
     * user types them ({@code sheet=Films}, {@code delimiter=semicolon}, {@code decimal=comma}): the
     * same words the import wizard's fields and the importer's {@link ParameterSet} use. The values
     * are resolved and validated as a whole before the file is read; what is not given takes its
     * default.
     *
     * @param importParameters values by parameter key, as text; numbers and {@code true}/{@code false}
     *        are converted to the parameter's type
     * @throws InputException for a key the importer does not declare or a value it does not accept
     *         (naming the parameter, the importer and the allowed keys or values), or for a file that
     *         cannot be read as a data set, naming file, row, column
     * @throws CoreException if the importer itself fails (a bug in it, not in the file)
     */
    public Dataset load(Path file, Map<String, String> importParameters, DatasetMapping mapping,
            IProgressMonitor monitor) throws InputException, CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), 10);
        checkReadable(file);
        ContributionDescriptor d = importerFor(name(file));
        Read read = read(file, d, importParameters, progress.split(8));
        Dataset dataset = mapping.apply(read.table(), sha256(file)).readWith(d.id(), read.values().asMap());
        progress.split(2);
        return dataset;
    }

    /** A file read as a table, with the importer values it was read with. */
    public record Read(Table table, ParameterValues values) {
    }

    /**
     * Reads a file as a table with the given importer, before any column is mapped: what the import
     * wizard previews. The values are resolved through the importer's {@link ParameterSet} and
     * checked by its {@code validate} before the file is read, and the importer is called through
     * {@link SafeRunner}, exactly as {@link #load} does.
     *
     * @param importParameters values by parameter key, typed or as text; what is missing takes its default
     * @throws InputException for a value the importer does not accept or a file it cannot read
     * @throws CoreException if the importer itself fails (a bug in it, not in the file)
     */
    public Read read(Path file, ContributionDescriptor importer, Map<String, ?> importParameters,
            IProgressMonitor monitor) throws InputException, CoreException {
        checkReadable(file);
        String name = name(file);
        DatasetImporter created = registry.create(importer, DatasetImporter.class);
        ParameterValues values = resolve(importer, created, importParameters, name);
        Table table = guarded(importer, "failed on " + name, () -> created.read(file, values, monitor));
        if (table == null) {
            throw new CoreException(new Status(Status.ERROR, ExtensionContributionRegistry.PLUGIN_ID,
                    "importer " + importer.label() + " returned nothing for " + name));
        }
        return new Read(table, values);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static void checkReadable(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            throw InputException.inFile(file.toString(), "this is a folder, not a data file; name the file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.inFile(file.toString(), "no such file");
        }
        if (!Files.isReadable(file)) {
            throw InputException.inFile(file.toString(), "the file cannot be read (permissions)");
        }
    }

    /**
     * The importer's declaration applied to the user's values, then the importer's own check of
     * values that are each allowed but do not fit together (a decimal comma with a comma delimiter).
     */
    private static ParameterValues resolve(ContributionDescriptor d, DatasetImporter importer,
            Map<String, ?> given, String fileName) throws InputException, CoreException {
        ParameterSet declared = guarded(d, "declaring its parameters", importer::parameters);
        if (declared == null) {
            throw new CoreException(new Status(Status.ERROR, ExtensionContributionRegistry.PLUGIN_ID,
                    "importer " + d.label() + " declares no parameter set (null)"));
        }
        // The importer's id as the prefix, as the import wizard gives it; stripped again below so that
        // the message names the key the user typed.
        String prefix = d.id();
        Problems problems = new Problems();
        ParameterValues values = declared.resolve(given, prefix, problems);
        if (values != null) {
            // Before reading, nothing is known of the data's shape.
            DataShape unknown = new DataShape(0, List.of(), List.of(), List.of(), 0);
            guarded(d, "validating its parameters", () -> {
                importer.validate(values, unknown, problems);
                return Boolean.TRUE;
            });
        }
        if (problems.isEmpty()) {
            return values;
        }
        List<String> messages = new ArrayList<>();
        String first = null;
        for (Problems.Problem p : problems.list()) {
            String key = p.where().startsWith(prefix + ".") ? p.where().substring(prefix.length() + 1) : p.where();
            first = first == null ? key : first;
            messages.add(messages.isEmpty() ? p.message() : "parameter '" + key + "': " + p.message());
        }
        throw InputException.inParameter(first, String.join("; ", messages) + " (importer " + d.id() + " reading "
                + fileName + ")");
    }

    /** Calls the importer through {@link SafeRunner}: its failure, not the user's, becomes a CoreException. */
    private static <T> T guarded(ContributionDescriptor d, String what, ImporterCall<T> call)
            throws InputException, CoreException {
        Object[] result = new Object[1];
        InputException[] input = new InputException[1];
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                try {
                    result[0] = call.call();
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
        if (failure[0] != null) {
            throw new CoreException(new Status(Status.ERROR, ExtensionContributionRegistry.PLUGIN_ID,
                    "importer " + d.label() + " " + what + ": " + failure[0], failure[0]));
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    @FunctionalInterface
    private interface ImporterCall<T> {
        T call() throws InputException;
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
