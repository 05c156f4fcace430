// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.plugins.internal.Installation;
import org.filmlab.plugins.internal.PluginSource;

/**
 * The plug-ins of one FilmLab product folder: what {@code filmlab plugins install|list|remove} and
 * the desktop's Help › Install New Software… and Installation Details do, in one place. Every change
 * goes through p2's own API, is all or nothing (a failure puts the product folder back as it was,
 * byte for byte) and is checked by the contract kit before it is reported.
 * <p>
 * A source is what the user names: a plug-in project folder (its built repository), a p2 repository
 * folder, or a zipped p2 repository. Long methods take a monitor and honour cancel (the product is
 * then as it was).
 */
public final class PluginManager {

    /** Where each product lies relative to the other in FilmLab's build ({@code products/UID/linux/gtk/x86_64}). */
    private static final Map<String, String> PRODUCTS = Map.of("headless", "org.filmlab.headless.product",
            "desktop", "org.filmlab.desktop.product");

    private final Installation installation;

    private PluginManager(Installation installation) {
        this.installation = installation;
    }

    /** The plug-ins of the product in {@code product}, verified in a fresh start of that product. */
    public static PluginManager of(Path product) {
        return new PluginManager(new Installation(product));
    }

    /** As {@link #of(Path)}, with the new bundles checked by {@code verifier} instead. */
    public static PluginManager of(Path product, InstallVerifier verifier) {
        return new PluginManager(new Installation(product, verifier));
    }

    /** The running product's plug-ins. */
    public static PluginManager running() throws PluginException {
        return of(Installation.running().product());
    }

    /**
     * The product named {@code name}: {@code headless} or {@code desktop} (the one beside the running
     * product, as FilmLab's build lays them out), or a product folder.
     */
    public static PluginManager product(String name) throws PluginException {
        Path running = Installation.running().product();
        String uid = PRODUCTS.get(name);
        Path product = uid == null ? Path.of(name).toAbsolutePath().normalize() : besides(running, uid);
        if (product == null) {
            throw new PluginException("this product (" + running + ") is not in FilmLab's build layout, so the "
                    + name + " product cannot be found beside it; name its folder with --product DIR");
        }
        if (!Files.isDirectory(product.resolve("p2"))) {
            throw new PluginException("no FilmLab product with a p2 profile at " + product + (uid == null ? ""
                    : " (the " + name + " product is looked for beside this one, " + running + ")")
                    + "; name the product folder with --product DIR");
        }
        return of(product);
    }

    /**
     * {@code running} with its product folder ({@code products/UID/...} in FilmLab's build) replaced
     * by {@code uid}'s; {@code null} when it is not laid out so.
     */
    private static Path besides(Path running, String uid) {
        for (int i = 0; i < running.getNameCount(); i++) {
            String folder = running.getName(i).toString();
            if (folder.startsWith("org.filmlab.") && folder.endsWith(".product")) {
                Path root = running.getRoot().resolve(running.subpath(0, i));
                return i + 1 < running.getNameCount() ? root.resolve(uid).resolve(running.subpath(i + 1,
                        running.getNameCount())) : root.resolve(uid);
            }
        }
        return null;
    }

    /** The product folder managed. */
    public Path product() {
        return installation.product();
    }

    /** The plug-ins installed with FilmLab's installer. */
    public List<InstalledPlugin> list(IProgressMonitor monitor) throws PluginException {
        return installation.list(monitor);
    }

    /** What installing {@code source} would do; nothing changes. Refuses what cannot be installed, naming why. */
    public InstallPreview preview(Path source, IProgressMonitor monitor) throws PluginException {
        try (PluginSource s = PluginSource.of(source)) {
            return installation.preview(s, monitor);
        }
    }

    /**
     * Installs {@code source}; unsigned content only with {@code trustUnsigned}. The new bundles are
     * verified before this returns; on any failure or cancel the product is as it was.
     */
    public InstallOutcome install(Path source, boolean trustUnsigned, IProgressMonitor monitor)
            throws PluginException {
        try (PluginSource s = PluginSource.of(source)) {
            return installation.install(s, trustUnsigned, monitor);
        }
    }

    /** Removes the plug-in {@code id} and what only it needed; all or nothing. */
    public InstalledPlugin remove(String id, IProgressMonitor monitor) throws PluginException {
        return installation.remove(id, monitor);
    }
}
