// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.filmlab.plugins.internal.Folders;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Writes a new plug-in project from the templates in this bundle ({@code templates/plugin/}, and
 * FilmLab's own Maven wrapper, copied into {@code templates/wrapper/} by this bundle's build): a
 * bundle with an example clusterer and workflow, its test fragment on the contract kit, a feature,
 * a p2 repository module and a target platform naming the FilmLab p2 repository to build against.
 * <p>
 * In template paths {@code @ID@} and {@code @PACKAGE_PATH@} are replaced, and a leading
 * {@code dot-} becomes {@code .} (a jar's build leaves dot-files out); in file contents
 * {@code @ID@}, {@code @PACKAGE@}, {@code @PACKAGE_PATH@}, {@code @FILMLAB_REPOSITORY@} and
 * {@code @MAVEN_REPOSITORY@} (the user's local Maven repository).
 */
public final class PluginProjectGenerator {

    /** Lower-case dotted names of at least two segments, each a Java identifier: a bundle and a package name. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    private static final String TEMPLATES = "templates/plugin";
    private static final String WRAPPER = "templates/wrapper";
    /** Where FilmLab's wrapper finds its JDK picker, and where a plug-in project keeps it. */
    private static final String FILMLAB_JDK_SCRIPT = "releng/scripts/jdk.sh";
    private static final String PLUGIN_JDK_SCRIPT = ".mvn/jdk.sh";

    private final Bundle bundle;

    public PluginProjectGenerator() {
        this(FrameworkUtil.getBundle(PluginProjectGenerator.class));
    }

    PluginProjectGenerator(Bundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Writes the project into {@code dir}, which must not exist or be empty. Written into a
     * temporary sibling and renamed, so a failure leaves no half project.
     *
     * @param filmlabRepository FilmLab's p2 repository, which the project builds against
     * @return the files written, relative to {@code dir}
     */
    public List<Path> generate(String id, Path dir, URI filmlabRepository) throws PluginException {
        if (!ID.matcher(id).matches()) {
            throw new PluginException("'" + id + "' is not a plug-in id: use a lower-case dotted name of at least two"
                    + " parts, such as org.acme.films (it becomes the bundle's and the Java package's name)");
        }
        if (id.equals("org.filmlab") || id.startsWith("org.filmlab.")) {
            throw new PluginException("'" + id + "' is in FilmLab's own namespace; name the plug-in after your group,"
                    + " such as org.acme.films");
        }
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new PluginException(dir + " already exists and is not empty; choose a new folder");
        }
        // The project keeps a Maven repository of its own (.mvn/maven.config) over the user's as a
        // read-only tail: Tycho caches the FilmLab bundles it builds against by id and version, and
        // in the user's repository that cache would shadow a rebuilt FilmLab of the same version.
        Map<String, String> values = Map.of("@ID@", id, "@PACKAGE@", id, "@PACKAGE_PATH@", id.replace('.', '/'),
                "@FILMLAB_REPOSITORY@", filmlabRepository.toString(), "@MAVEN_REPOSITORY@",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
            List<Path> written = new ArrayList<>();
            for (String entry : entries(TEMPLATES)) {
                Path relative = Path.of(substitute(entry.substring(TEMPLATES.length() + 1), values)
                        .replaceAll("(^|/)dot-", "$1."));
                write(temporary.resolve(relative.toString()), substitute(read(entry), values), false);
                written.add(relative);
            }
            String mvnw = read(WRAPPER + "/mvnw");
            if (!mvnw.contains(FILMLAB_JDK_SCRIPT)) {
                throw new PluginException("FilmLab's Maven wrapper no longer sources " + FILMLAB_JDK_SCRIPT
                        + "; the plug-in template must follow it");
            }
            write(temporary.resolve("mvnw"), mvnw.replace(FILMLAB_JDK_SCRIPT, PLUGIN_JDK_SCRIPT), true);
            write(temporary.resolve(PLUGIN_JDK_SCRIPT), read(WRAPPER + "/jdk.sh"), false);
            written.add(Path.of("mvnw"));
            written.add(Path.of(PLUGIN_JDK_SCRIPT));
            if (Files.exists(target)) {
                Files.delete(target);
            }
            // A temporary folder is private to its owner; the project is an ordinary folder.
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(temporary, target);
            temporary = null;
            Collections.sort(written);
            return written;
        } catch (IOException e) {
            throw new PluginException("cannot write the plug-in project into " + dir + ": " + e.getMessage(), e);
        } finally {
            Folders.deleteTemporary(temporary);
        }
    }

    private List<String> entries(String root) throws PluginException {
        Enumeration<URL> urls = bundle.findEntries(root, "*", true);
        List<String> out = new ArrayList<>();
        while (urls != null && urls.hasMoreElements()) {
            String path = urls.nextElement().getPath();
            if (!path.endsWith("/")) {
                out.add(path.startsWith("/") ? path.substring(1) : path);
            }
        }
        if (out.isEmpty()) {
            throw new PluginException("the plug-in templates are missing from " + bundle.getSymbolicName());
        }
        Collections.sort(out);
        return out;
    }

    private String read(String entry) throws PluginException, IOException {
        URL url = bundle.getEntry(entry);
        if (url == null) {
            throw new PluginException(entry + " is missing from " + bundle.getSymbolicName());
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String substitute(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace(v.getKey(), v.getValue());
        }
        return out;
    }

    private static void write(Path file, String text, boolean executable) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (executable) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
