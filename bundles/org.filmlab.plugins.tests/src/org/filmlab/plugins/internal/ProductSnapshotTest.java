// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed install must leave the product byte for byte as it was: what p2 changes, put back. */
class ProductSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void restorePutsBackEveryFileAsItWas() throws Exception {
        Path product = dir.resolve("product");
        write(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), "a,1,plugins/a.jar\n");
        write(product.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/1.profile.gz"), "one");
        write(product.resolve("plugins/a_1.jar"), "jar a");
        write(product.resolve("features/f_1/feature.xml"), "<feature/>");
        write(product.resolve("artifacts.xml"), "<repository/>");
        Map<String, String> before = tree(product);
        try (ProductSnapshot snapshot = ProductSnapshot.take(product)) {
            // What p2 does: rewrites files in place, adds jars and states, deletes an old jar.
            Files.writeString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"),
                    "a,1,plugins/a.jar\nb,1,plugins/b.jar\n");
            write(product.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/2.profile.gz"), "two");
            write(product.resolve("p2/org.eclipse.equinox.p2.engine/.settings/repositories.prefs"), "known");
            write(product.resolve("plugins/b_1.jar"), "jar b");
            Files.delete(product.resolve("plugins/a_1.jar"));
            write(product.resolve("binary/x"), "new folder");
            Files.delete(product.resolve("artifacts.xml"));
            assertNotEquals(before, tree(product));
            snapshot.restore();
        }
        assertEquals(before, tree(product));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "the snapshot beside the product is deleted on close");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file and folder under root with a digest of its content. */
    static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                out.put(key, Files.isDirectory(p) ? "dir" : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
