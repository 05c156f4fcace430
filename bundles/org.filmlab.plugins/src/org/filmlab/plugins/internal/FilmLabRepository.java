// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.filmlab.plugins.PluginException;

/**
 * FilmLab's own p2 repository, which a generated plug-in project builds against: named by the
 * user, shipped inside the product ({@code repository/}), or built beside it (the build's layout,
 * {@code target/products/ID/linux/gtk/x86_64} next to {@code target/repository}).
 */
final class FilmLabRepository {

    private FilmLabRepository() {
    }

    static Path locate(Path product, String given) throws PluginException {
        List<Path> candidates = new ArrayList<>();
        if (given != null) {
            candidates.add(Path.of(given));
        } else {
            String property = System.getProperty("filmlab.repository");
            if (property != null && !property.isBlank()) {
                candidates.add(Path.of(property));
            }
            candidates.add(product.resolve("repository"));
            Path built = product;
            for (int i = 0; i < 5 && built != null; i++) {
                built = built.getParent();
            }
            if (built != null) {
                candidates.add(built.resolve("repository"));
            }
        }
        for (Path c : candidates) {
            Path dir = c.toAbsolutePath().normalize();
            if (PluginSource.isRepository(dir) && hasSdk(dir)) {
                return dir;
            }
        }
        throw new PluginException("cannot find FilmLab's p2 repository with the SDK (the contract kit) to build the"
                + " plug-in against; looked in " + candidates + ". Build FilmLab (./mvnw -B verify) or name it with"
                + " --filmlab-repository DIR");
    }

    private static boolean hasSdk(Path repository) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(repository.resolve("features"),
                "org.filmlab.sdk.feature_*.jar")) {
            return s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
