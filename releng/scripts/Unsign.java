// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signatures of the class-path jars of the materialized products: the Equinox
 * launcher, the OSGi framework and its extension {@code org.eclipse.osgi.compatibility.state}, which
 * Equinox adds to the framework's own class path. The JDK's AOT cache (which {@code ./filmlab}
 * records at a user's first start) leaves out every class of a signed jar on the class path: ~550
 * classes loaded, verified and linked anew at each start of the desktop. A signed jar on the class
 * path is also verified, entry digests and signature, when its first class loads: ~13 ms of every
 * start for the framework extension alone (JFR, bench/results/perf.md, session 9). Every other
 * bundle is loaded by Equinox's own class loaders, whose classes the cache keeps signed or not, so
 * these three are the only ones that need it. FilmLab does not verify bundle signatures at run time ({@code osgi.signedcontent.support}
 * is not set), so nothing reads them; the jars' contents are otherwise unchanged.
 *
 * <p>Usage (the repository's pom, between materializing and archiving the products):
 * {@code java Unsign.java PRODUCTS_FOLDER JAR_NAME_REGEX}.
 */
public final class Unsign {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        List<Path> found = ProductJars.find(args[0], args[1]);
        for (Path jar : found) {
            System.out.println((unsign(jar) ? "unsigned " : "not signed ") + jar);
        }
    }

    private static boolean unsign(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
        boolean signed = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (SIGNATURE.matcher(entry.getName()).matches()) {
                    signed = true;
                    continue;
                }
                ZipEntry kept = new ZipEntry(entry.getName());
                kept.setTime(entry.getTime());
                out.putNextEntry(kept);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        if (signed) {
            Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(copy);
        }
        return signed;
    }

    private Unsign() {
    }
}
