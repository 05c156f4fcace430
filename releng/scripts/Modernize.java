// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the class files older than Java 6 (class-file version 50) in the given jars of the
 * materialized products as version 50 with stack maps, their code unchanged. The JDK's AOT cache
 * (which {@code ./filmlab} trains after a user's first run) leaves out classes older than version
 * 50, and such classes are checked by the old, type-inferring verifier at each start. Two of the
 * headless run's libraries are that old: Commons Math 3.6.1 (Java 5, version 49: the singular value
 * decomposition of the maps' measured region) and F2J's BLAS/LAPACK (Java 1.1, version 45: under
 * Weka's Gaussian processes and the next experiments): 75 classes loaded and verified anew at each
 * sample run, ~80 ms of a cold JVM. Rewritten, every one of them comes from the cache (the sample's
 * run 1.441 → 1.393 s, bench/results/perf.md, session 12).
 * <p>
 * The JDK's Class-File API (Java 24+) rebuilds each method's code, which computes its stack map
 * frames; a class whose frames cannot be computed (a {@code jsr} subroutine, a type outside the jar
 * and the JDK) is left as it was, and said so. Classes of version 50 or newer, and every other
 * entry, are copied unchanged.
 *
 * <p>Usage (the repository's pom, between materializing and archiving the products):
 * {@code java Modernize.java PRODUCTS_FOLDER JAR_NAME_REGEX}.
 */
public final class Modernize {

    private Modernize() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> found = ProductJars.find(args[0], args[1]);
        for (Path jar : found) {
            System.out.println("rewrote " + modernize(jar) + " class files as version 50 in " + jar);
        }
    }

    private static int modernize(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".modern");
        int rewritten = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            // Frames need the common superclass of two types: the jar's own classes, then the JDK's.
            ClassFile withFrames = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            // Passing the code through a transform rebuilds it, and rebuilding computes the frames.
            ClassTransform toJava6 = ClassTransform.dropping(e -> e instanceof ClassFileVersion)
                    .andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL))
                    .andThen(ClassTransform.endHandler(b -> b.withVersion(ClassFile.JAVA_6_VERSION, 0)));
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class")) {
                    ClassModel model = ClassFile.of().parse(bytes);
                    if (model.majorVersion() < ClassFile.JAVA_6_VERSION) {
                        try {
                            bytes = withFrames.transformClass(model, toJava6);
                            rewritten++;
                        } catch (RuntimeException e) {
                            // The API reports frames it cannot compute by more than one exception type;
                            // the class as it was is always correct, only older.
                            System.out.println("left " + entry.getName() + " as it was: " + e.getMessage());
                        }
                    }
                }
                ZipEntry kept = new ZipEntry(entry.getName());
                kept.setTime(entry.getTime());
                out.putNextEntry(kept);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        return rewritten;
    }
}
