// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The product folder as it was before an install or a removal, so that a failure at any point (p2's
 * engine, the verification of the new bundles, a crash of a plug-in) puts every file back as it was,
 * byte for byte: p2's own rollback undoes its steps but leaves files behind (new profile states,
 * repository preferences, downloaded jars).
 * <p>
 * Jars and feature folders are never changed in place (p2 adds new names and deletes old ones), so
 * they are kept as hard links where the file system allows; every other file (profile, bundles.info,
 * config.ini, preferences) is copied, since p2 rewrites those in place.
 */
final class ProductSnapshot implements AutoCloseable {

    /** Folders whose files are only ever added or deleted whole. */
    private static final Set<String> APPEND_ONLY = Set.of("plugins", "features", "dropins");

    private final Path product;
    private final Path copy;
    private boolean closed;

    private ProductSnapshot(Path product, Path copy) {
        this.product = product;
        this.copy = copy;
    }

    static ProductSnapshot take(Path product) throws IOException {
        Path parent = product.toAbsolutePath().getParent();
        // Beside the product when possible, so that hard links work (same file system).
        Path copy;
        try {
            copy = Files.createTempDirectory(parent, "." + product.getFileName() + ".before-plugins-");
        } catch (IOException e) {
            copy = Files.createTempDirectory("filmlab-product-before-plugins-");
        }
        ProductSnapshot snapshot = new ProductSnapshot(product, copy);
        try {
            snapshot.mirror(product, copy, true);
        } catch (IOException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
        return snapshot;
    }

    /** Puts the product back as it was when the snapshot was taken. */
    void restore() throws IOException {
        // First remove what is new (deepest first), then bring back what changed or went away.
        List<Path> current = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(product)) {
            walk.filter(p -> !p.equals(product)).forEach(current::add);
        }
        current.sort(Comparator.comparing(Path::getNameCount).reversed());
        for (Path p : current) {
            Path before = copy.resolve(product.relativize(p).toString());
            boolean wasDirectory = Files.isDirectory(before, LinkOption.NOFOLLOW_LINKS);
            if (!Files.exists(before, LinkOption.NOFOLLOW_LINKS)
                    || wasDirectory != Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Folders.delete(p);
            }
        }
        mirror(copy, product, false);
    }

    /**
     * Copies {@code from} into {@code to}; files under the append-only folders are linked when
     * {@code link} (else copied only if absent), every other file is copied over.
     */
    private void mirror(Path from, Path to, boolean link) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = from.relativize(file);
                Path target = to.resolve(relative.toString());
                boolean appendOnly = relative.getNameCount() > 1 && APPEND_ONLY.contains(relative.getName(0).toString());
                if (appendOnly && link) {
                    try {
                        Files.createLink(target, file);
                        return FileVisitResult.CONTINUE;
                    } catch (IOException | UnsupportedOperationException e) {
                        // Another file system: copy instead.
                    }
                }
                if (appendOnly && !link && Files.exists(target)) {
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Forgets the snapshot (after success, or after {@link #restore()}). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                Folders.delete(copy);
            } catch (IOException e) {
                // A leftover copy beside the product changes nothing that runs; say so.
                System.err.println("filmlab plugins: could not delete " + copy + ": " + e.getMessage());
            }
        }
    }
}
