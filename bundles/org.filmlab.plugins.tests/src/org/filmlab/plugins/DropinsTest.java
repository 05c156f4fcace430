// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The dropins folder: a jar put there is installed and resolved by the next {@link Dropins#load}; one
 * that needs a bundle the product lacks is left out with the framework's reason, without stopping
 * the others; a jar taken out is uninstalled at the next load.
 */
class DropinsTest {

    private final BundleContext context = FrameworkUtil.getBundle(DropinsTest.class).getBundleContext();

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(Dropins.PROPERTY);
    }

    @Test
    void loadsWhatIsDroppedInLeavesOutWhatDoesNotResolveAndForgetsWhatIsTakenOut(@TempDir Path dir) throws Exception {
        Path dropins = Files.createDirectories(dir.resolve("dropins"));
        System.setProperty(Dropins.PROPERTY, dropins.toString());
        assertEquals(dropins.toAbsolutePath().normalize(), Dropins.folders().get(0), "the user's folder comes first");
        Path good = bundle(dropins.resolve("org.acme.dropped.jar"), "org.acme.dropped", "org.filmlab.core");
        bundle(dropins.resolve("org.acme.needy.jar"), "org.acme.needy", "org.acme.nowhere");

        List<String> problems = Dropins.load(context);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("org.acme.needy 1.0.0 from " + dropins.toAbsolutePath().normalize()),
                problems.get(0));
        assertTrue(problems.get(0).contains("org.acme.nowhere"), "names what it needs: " + problems.get(0));
        Bundle dropped = installed("org.acme.dropped").orElseThrow();
        assertTrue((dropped.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
                "the good one resolves");

        Files.delete(good);
        Files.delete(dropins.resolve("org.acme.needy.jar"));
        assertEquals(List.of(), Dropins.load(context));
        assertTrue(installed("org.acme.dropped").isEmpty(), "taken out, unloaded");
        assertTrue(installed("org.acme.needy").isEmpty(), "taken out, unloaded");
    }

    @Test
    void aFileThatIsNotABundleIsNamedAndTheRestLoads(@TempDir Path dir) throws Exception {
        Path dropins = Files.createDirectories(dir.resolve("dropins"));
        System.setProperty(Dropins.PROPERTY, dropins.toString());
        Files.writeString(dropins.resolve("notes.jar"), "not a jar");
        bundle(dropins.resolve("org.acme.fine.jar"), "org.acme.fine", null);
        try {
            List<String> problems = Dropins.load(context);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith(dropins.resolve("notes.jar").toAbsolutePath().normalize()
                    + " is not a plug-in FilmLab can load"), problems.get(0));
            assertTrue(installed("org.acme.fine").isPresent());
        } finally {
            Files.delete(dropins.resolve("org.acme.fine.jar"));
            Dropins.load(context);
        }
    }

    private Optional<Bundle> installed(String name) {
        return Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst();
    }

    private static Path bundle(Path jar, String name, String requires) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.0.0");
        if (requires != null) {
            main.putValue("Require-Bundle", requires);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            // A manifest is all a bundle needs.
        }
        return jar;
    }
}
