// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jars of the materialized products that {@code Unsign.java} and {@code Modernize.java} change,
 * found by their file names. Both are run as source files ({@code java Unsign.java ...}); the Java
 * launcher compiles this file beside them (multi-file source programs, Java 22+).
 */
final class ProductJars {

    private ProductJars() {
    }

    /**
     * @param products the folder the products are materialized in
     * @param names a regular expression that a jar's whole file name matches
     * @return the jars, sorted by path
     * @throws IOException if there is none: a renamed jar must not be skipped unnoticed
     */
    static List<Path> find(String products, String names) throws IOException {
        Pattern jars = Pattern.compile(names);
        List<Path> found;
        try (Stream<Path> files = Files.walk(Path.of(products))) {
            found = files.filter(f -> jars.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
        if (found.isEmpty()) {
            throw new IOException("no jar named like " + names + " under " + products);
        }
        return found;
    }
}
