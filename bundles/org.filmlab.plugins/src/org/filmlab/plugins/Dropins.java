// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The {@code dropins} folders: a plug-in jar (or a bundle folder) put there is part of the product
 * from its next start, without p2 and without writing to the product. Both applications call
 * {@link #load} first thing, before any of FilmLab's registries is read, so the bundles' extensions
 * are there when the registries are built.
 * <p>
 * Two folders are read: the user's ({@code ${XDG_DATA_HOME:-~/.local/share}/filmlab/dropins}, or the
 * {@code filmlab.dropins} system property), since a product may be read-only and its OSGi state
 * lives in the user's cache; and {@code dropins/} in the product folder, for whoever may write there.
 * <p>
 * Not p2's dropins reconciler: it writes the dropped-in bundles into the product's p2 profile at
 * every start that sees a change (so the product must be writable, and ./filmlab's per-start OSGi
 * configuration would make it reconcile at every start), and it is not among the p2 bundles the
 * target platform has (docs/writing-a-plugin.md). Here the framework installs the bundles
 * (the same as {@code osgi.bundles} does): a bundle that does not resolve (a missing requirement) is
 * reported and left aside; one whose code throws fails only where FilmLab calls it, under SafeRunner.
 */
public final class Dropins {

    /** The system property naming the user's dropins folder. */
    public static final String PROPERTY = "filmlab.dropins";

    private Dropins() {
    }

    /** The dropins folders, the user's first; either may not exist. */
    public static List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            folders.add(Path.of(given));
        } else {
            String data = System.getenv("XDG_DATA_HOME");
            Path base = data != null && !data.isBlank() ? Path.of(data)
                    : Path.of(System.getProperty("user.home"), ".local", "share");
            folders.add(base.resolve("filmlab").resolve("dropins"));
        }
        try {
            if (Platform.getInstallLocation() != null) {
                folders.add(Path.of(Platform.getInstallLocation().getURL().toURI()).resolve("dropins"));
            }
        } catch (URISyntaxException e) {
            // An install area that is not a folder has no dropins folder.
        }
        return folders.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    /**
     * Installs what the dropins folders hold into the framework of {@code context}, uninstalls what was
     * dropped in before and has been taken out, and resolves.
     *
     * @return one line per problem, in the user's terms (a bundle that does not resolve, and why); empty if none
     */
    public static List<String> load(BundleContext context) {
        List<String> problems = new ArrayList<>();
        Map<String, Path> wanted = new LinkedHashMap<>();
        for (Path folder : folders()) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                entries.filter(p -> p.toString().endsWith(".jar") || Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF")))
                        .sorted().forEach(p -> wanted.put(location(p), p));
            } catch (IOException e) {
                problems.add("cannot read the dropins folder " + folder + ": " + e.getMessage());
            }
        }
        forgetTakenOut(context, wanted, problems);
        List<Bundle> dropped = new ArrayList<>();
        for (Map.Entry<String, Path> e : wanted.entrySet()) {
            try {
                Bundle bundle = context.installBundle(e.getKey());
                if (bundle.getLastModified() < Files.getLastModifiedTime(e.getValue()).toMillis()) {
                    bundle.update();
                }
                dropped.add(bundle);
            } catch (BundleException | IOException | SecurityException ex) {
                problems.add(e.getValue() + " is not a plug-in FilmLab can load: " + ex.getMessage());
            }
        }
        if (dropped.isEmpty()) {
            return problems;
        }
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(dropped);
        for (Bundle bundle : dropped) {
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " from "
                        + bundle.getLocation().substring(PREFIX.length()) + " is left out: " + unresolved(bundle));
            }
        }
        return problems;
    }

    private static final String PREFIX = "reference:file:";

    private static String location(Path p) {
        return PREFIX + p.toAbsolutePath().normalize();
    }

    /** Bundles a dropins folder gave an earlier start, whose file has been taken out since. */
    private static void forgetTakenOut(BundleContext context, Map<String, Path> wanted, List<String> problems) {
        List<String> prefixes = folders().stream().map(f -> location(f) + "/").toList();
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (prefixes.stream().anyMatch(location::startsWith) && !wanted.containsKey(location)) {
                try {
                    bundle.uninstall();
                } catch (BundleException e) {
                    problems.add("cannot unload " + location.substring(PREFIX.length()) + ": " + e.getMessage());
                }
            }
        }
    }

    /** The framework's own account of why {@code bundle} does not resolve (what it needs that is missing). */
    private static String unresolved(Bundle bundle) {
        try {
            // Starting an unresolved bundle makes the framework try again and say why it cannot.
            bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
            return "it does not resolve";
        } catch (BundleException e) {
            return e.getMessage().replaceAll("\\s+", " ").strip();
        }
    }
}
