// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.examples.kmedoids.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The promise of this example: a research group's algorithm needs FilmLab's public API only. Reads
 * the MANIFEST.MF of the built bundle (and of this test fragment) and fails on any import of an
 * internal package, any FilmLab import without a major-version range, or any FilmLab bundle required
 * by name.
 */
class PublicApiOnlyTest {

    private static Manifest manifest(Bundle bundle) throws Exception {
        URL entry = bundle.getEntry("META-INF/MANIFEST.MF");
        assertNotNull(entry, bundle.getSymbolicName() + " has a MANIFEST.MF");
        try (InputStream in = entry.openStream()) {
            return new Manifest(in);
        }
    }

    private static List<Bundle> pluginAndFragments() {
        Bundle host = FrameworkUtil.getBundle(KMedoidsClusterer.class);
        assertNotNull(host, "running inside OSGi");
        assertEquals("org.filmlab.examples.kmedoids", host.getSymbolicName());
        List<Bundle> bundles = new ArrayList<>(List.of(host));
        BundleWiring wiring = host.adapt(BundleWiring.class);
        for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
            bundles.add(wire.getRequirer().getBundle());
        }
        assertTrue(bundles.stream().anyMatch(b -> b.getSymbolicName().equals("org.filmlab.examples.kmedoids.tests")),
                "the test fragment is attached");
        return bundles;
    }

    private static ManifestElement[] header(Manifest manifest, String name) throws Exception {
        String value = manifest.getMainAttributes().getValue(name);
        ManifestElement[] elements = value == null ? null : ManifestElement.parseHeader(name, value);
        return elements == null ? new ManifestElement[0] : elements;
    }

    @Test
    void importsNoInternalPackage() throws Exception {
        for (Bundle bundle : pluginAndFragments()) {
            Manifest manifest = manifest(bundle);
            for (ManifestElement imported : header(manifest, Constants.IMPORT_PACKAGE)) {
                for (String pkg : imported.getValueComponents()) {
                    List<String> segments = List.of(pkg.split("\\."));
                    assertFalse(segments.contains("internal"),
                            bundle.getSymbolicName() + " imports the internal package " + pkg);
                }
            }
            assertEquals(null, manifest.getMainAttributes().getValue(Constants.DYNAMICIMPORT_PACKAGE),
                    bundle.getSymbolicName() + " must not reach packages dynamically");
        }
    }

    @Test
    void importsFilmLabApiByMajorVersionRange() throws Exception {
        Manifest manifest = manifest(FrameworkUtil.getBundle(KMedoidsClusterer.class));
        List<String> filmLab = new ArrayList<>();
        for (ManifestElement imported : header(manifest, Constants.IMPORT_PACKAGE)) {
            for (String pkg : imported.getValueComponents()) {
                if (!pkg.startsWith("org.filmlab.")) {
                    continue;
                }
                filmLab.add(pkg);
                String range = imported.getAttribute(Constants.VERSION_ATTRIBUTE);
                assertNotNull(range, pkg + " is imported without a version range");
                VersionRange r = new VersionRange(range);
                assertEquals(new Version(1, 0, 0), r.getLeft(), pkg + " " + range);
                assertEquals(VersionRange.LEFT_CLOSED, r.getLeftType(), pkg + " " + range);
                assertEquals(new Version(2, 0, 0), r.getRight(), pkg + " " + range);
                assertEquals(VersionRange.RIGHT_OPEN, r.getRightType(), pkg + " " + range);
            }
        }
        assertEquals(List.of("org.filmlab.core.analysis", "org.filmlab.core.params"), filmLab.stream().sorted()
                .toList(), "the clusterer needs the analysis and params API and nothing else of FilmLab");
    }

    @Test
    void requiresNoFilmLabBundleByName() throws Exception {
        Attributes main = manifest(FrameworkUtil.getBundle(KMedoidsClusterer.class)).getMainAttributes();
        String required = main.getValue(Constants.REQUIRE_BUNDLE);
        assertNotNull(required);
        for (ManifestElement bundle : ManifestElement.parseHeader(Constants.REQUIRE_BUNDLE, required)) {
            assertFalse(bundle.getValue().startsWith("org.filmlab."), "Require-Bundle " + bundle.getValue());
            assertNotNull(bundle.getAttribute(Constants.BUNDLE_VERSION_ATTRIBUTE),
                    "Require-Bundle " + bundle.getValue() + " has a version range");
        }
        assertEquals(null, main.getValue(Constants.EXPORT_PACKAGE), "the clusterer is reached through the registry only");
    }
}
