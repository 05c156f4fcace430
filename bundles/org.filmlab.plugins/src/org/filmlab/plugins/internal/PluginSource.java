// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.filmlab.plugins.PluginException;

/**
 * What the user named as the plug-in to install, as a p2 repository folder: a repository folder
 * itself, a plug-in project folder (its built repository, {@code *.repository/target/repository}),
 * or a zipped repository (unpacked into a temporary folder, deleted on {@link #close()}).
 */
public final class PluginSource implements AutoCloseable {

    /** Far more than any plug-in; a larger zip is refused rather than unpacked. */
    private static final long MAX_UNPACKED_BYTES = 2L << 30;

    private final String described;
    private final Path repository;
    private final Path temporary;

    private PluginSource(String described, Path repository, Path temporary) {
        this.described = described;
        this.repository = repository;
        this.temporary = temporary;
    }

    public static PluginSource of(Path given) throws PluginException {
        Path path = given.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new PluginException(given + ": no such file or folder; name a plug-in project folder, a p2"
                    + " repository folder or a zipped p2 repository");
        }
        if (Files.isDirectory(path)) {
            if (isRepository(path)) {
                return new PluginSource(path.toString(), path, null);
            }
            if (Files.isRegularFile(path.resolve("pom.xml"))) {
                return new PluginSource(path.toString(), builtRepository(given, path), null);
            }
            throw new PluginException(given + " is neither a p2 repository (no content.jar or content.xml) nor a"
                    + " plug-in project (no pom.xml)");
        }
        return unzip(given, path);
    }

    /** Where the user's source came from, for messages and for {@code plugins list}. */
    public String described() {
        return described;
    }

    public URI location() {
        return repository.toUri();
    }

    static boolean isRepository(Path dir) {
        for (String name : List.of("content.jar", "content.xml", "content.xml.xz", "compositeContent.jar",
                "compositeContent.xml")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return true;
            }
        }
        return false;
    }

    private static Path builtRepository(Path given, Path project) throws PluginException {
        try (Stream<Path> modules = Files.list(project)) {
            List<Path> built = modules.map(m -> m.resolve("target/repository")).filter(PluginSource::isRepository)
                    .sorted().toList();
            if (built.size() == 1) {
                return built.get(0);
            }
            if (built.size() > 1) {
                throw new PluginException(given + " holds several built repositories (" + built
                        + "); name the one to install");
            }
        } catch (IOException e) {
            throw new PluginException("cannot read " + given + ": " + e.getMessage(), e);
        }
        throw new PluginException(given + " is a plug-in project that is not built yet: run `cd " + given
                + " && ./mvnw -B verify`, then install again");
    }

    private static PluginSource unzip(Path given, Path zip) throws PluginException {
        Path dir = null;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            dir = Files.createTempDirectory("filmlab-plugin-");
            long total = 0;
            for (ZipEntry entry : file.stream().toList()) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new PluginException(given + ": the zip names a file outside itself (" + entry.getName()
                            + "); refused");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    total += Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (total > MAX_UNPACKED_BYTES) {
                    throw new PluginException(given + ": unpacks to more than 2 GiB; refused");
                }
            }
            Path repository = isRepository(dir) ? dir : singleFolderRepository(dir);
            if (repository == null) {
                throw new PluginException(given + " is a zip but not a zipped p2 repository (no content.jar or"
                        + " content.xml at its top)");
            }
            return new PluginSource(given.toAbsolutePath().toString(), repository, dir);
        } catch (IOException e) {
            Folders.deleteTemporary(dir);
            throw new PluginException(given + " cannot be read as a zipped p2 repository: " + e.getMessage(), e);
        } catch (PluginException | RuntimeException e) {
            Folders.deleteTemporary(dir);
            throw e;
        }
    }

    private static Path singleFolderRepository(Path dir) throws IOException {
        try (Stream<Path> top = Files.list(dir)) {
            List<Path> all = top.toList();
            return all.size() == 1 && isRepository(all.get(0)) ? all.get(0) : null;
        }
    }

    @Override
    public void close() {
        Folders.deleteTemporary(temporary);
    }
}
