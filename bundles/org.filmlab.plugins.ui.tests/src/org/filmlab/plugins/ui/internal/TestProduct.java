// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.filmlab.plugins.PluginException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * What the install tests work on, made here so that they need no built FilmLab: a product folder
 * with an empty p2 profile (as the build's p2 director leaves, without the bundles), and tiny p2
 * repositories holding one plug-in, written as p2 writes them (content.xml, artifacts.xml, the jar).
 */
final class TestProduct {

    static final long TIMESTAMP = 1_700_000_000_000L;

    private TestProduct() {
    }

    /** An empty product folder {@code dir/product} whose p2 profile {@code DefaultProfile} has no units. */
    static Path product(Path dir) throws IOException {
        Path product = Files.createDirectories(dir.resolve("product")).toAbsolutePath().normalize();
        Path profile = Files.createDirectories(product.resolve(
                "p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile"));
        Files.writeString(profile.resolve(TIMESTAMP + ".profile"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?profile version='1.0.0'?>
                <profile id='DefaultProfile' timestamp='%d'>
                  <properties size='2'>
                    <property name='org.eclipse.equinox.p2.installFolder' value='%s'/>
                    <property name='org.eclipse.equinox.p2.cache' value='%s'/>
                  </properties>
                </profile>
                """.formatted(TIMESTAMP, product, product), StandardCharsets.UTF_8);
        Files.createDirectories(product.resolve("plugins"));
        return product;
    }

    /**
     * A p2 repository in {@code dir/name} offering the plug-in {@code id} (feature {@code id.feature}
     * in a category) with one unsigned bundle {@code id} 1.0.0 that contributes a clusterer in its
     * plugin.xml; it needs the bundle {@code needs} when that is not {@code null}.
     */
    static Path repository(Path dir, String name, String id, String needs) throws IOException {
        Path repo = Files.createDirectories(dir.resolve(name));
        Path jar = Files.createDirectories(repo.resolve("plugins")).resolve(id + "_1.0.0.jar");
        writeBundle(jar, id, needs);
        String requires = needs == null ? "" : """
                      <requires size='1'>
                        <required namespace='osgi.bundle' name='%s' range='0.0.0'/>
                      </requires>
                """.formatted(needs);
        Files.writeString(repo.resolve("content.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?metadataRepository version='1.2.0'?>
                <repository name='%1$s' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
                  <properties size='1'><property name='p2.timestamp' value='%2$d'/></properties>
                  <units size='3'>
                    <unit id='%1$s' version='1.0.0' singleton='true'>
                      <provides size='2'>
                        <provided namespace='org.eclipse.equinox.p2.iu' name='%1$s' version='1.0.0'/>
                        <provided namespace='osgi.bundle' name='%1$s' version='1.0.0'/>
                      </provides>
                %3$s
                      <artifacts size='1'><artifact classifier='osgi.bundle' id='%1$s' version='1.0.0'/></artifacts>
                      <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>
                    </unit>
                    <unit id='%1$s.feature.feature.group' version='1.0.0' singleton='false'>
                      <properties size='3'>
                        <property name='org.eclipse.equinox.p2.name' value='Tiny plug-in %1$s'/>
                        <property name='org.eclipse.equinox.p2.provider' value='ACME films lab'/>
                        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
                      </properties>
                      <provides size='1'>
                        <provided namespace='org.eclipse.equinox.p2.iu' name='%1$s.feature.feature.group' version='1.0.0'/>
                      </provides>
                      <requires size='1'>
                        <required namespace='org.eclipse.equinox.p2.iu' name='%1$s' range='[1.0.0,1.0.0]'/>
                      </requires>
                      <touchpoint id='null' version='0.0.0'/>
                    </unit>
                    <unit id='%1$s.category' version='1.0.0'>
                      <properties size='2'>
                        <property name='org.eclipse.equinox.p2.name' value='%1$s'/>
                        <property name='org.eclipse.equinox.p2.type.category' value='true'/>
                      </properties>
                      <provides size='1'>
                        <provided namespace='org.eclipse.equinox.p2.iu' name='%1$s.category' version='1.0.0'/>
                      </provides>
                      <requires size='1'>
                        <required namespace='org.eclipse.equinox.p2.iu' name='%1$s.feature.feature.group' range='[1.0.0,1.0.0]'/>
                      </requires>
                      <touchpoint id='null' version='0.0.0'/>
                    </unit>
                  </units>
                </repository>
                """.formatted(id, TIMESTAMP, requires), StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("artifacts.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?artifactRepository version='1.1.0'?>
                <repository name='%1$s' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
                  <properties size='1'><property name='p2.timestamp' value='%2$d'/></properties>
                  <mappings size='1'>
                    <rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>
                  </mappings>
                  <artifacts size='1'>
                    <artifact classifier='osgi.bundle' id='%1$s' version='1.0.0'>
                      <properties size='1'><property name='download.size' value='%3$d'/></properties>
                    </artifact>
                  </artifacts>
                </repository>
                """.formatted(id, TIMESTAMP, Files.size(jar)), StandardCharsets.UTF_8);
        return repo;
    }

    private static void writeBundle(Path jar, String id, String needs) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", id + ";singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Vendor", "ACME films lab");
        if (needs != null) {
            main.putValue("Require-Bundle", needs);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry("plugin.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <plugin>
                       <extension point="org.filmlab.core.clusterers">
                          <clusterer id="%s.tiny" name="Tiny clusterer" class="%s.Tiny"/>
                       </extension>
                    </plugin>
                    """.formatted(id, id).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** Every file under {@code dir} with its SHA-256, sorted: equal fingerprints, equal folders. */
    static List<String> fingerprint(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String name = dir.relativize(p).toString();
                lines.add(Files.isDirectory(p) ? name + "/" : name + " " + sha256(p));
            }
        }
        return lines;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tests' check of an installed plug-in, instead of a fresh start of a product (the test's
     * product has no launcher): each new bundle's jar, which p2 must have put into the product's
     * plugins folder, is installed into this test framework and must resolve there.
     */
    static List<String> resolvesHere(Path product, List<String> bundles) throws PluginException {
        BundleContext context = FrameworkUtil.getBundle(TestProduct.class).getBundleContext();
        List<String> report = new ArrayList<>();
        for (String name : bundles) {
            Path jar = product.resolve("plugins").resolve(name + "_1.0.0.jar");
            if (!Files.isRegularFile(jar)) {
                throw new PluginException(name + ": p2 did not put " + jar + " into the product");
            }
            try {
                Bundle b = context.installBundle("reference:file:" + jar);
                try {
                    boolean resolved = context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(b));
                    if (!resolved) {
                        throw new PluginException(name + " does not resolve");
                    }
                    report.add("ok    " + name + " " + b.getVersion() + ": resolves in the test's framework");
                } finally {
                    b.uninstall();
                }
            } catch (BundleException e) {
                throw new PluginException(name + ": " + e.getMessage(), e);
            }
        }
        return report;
    }
}
