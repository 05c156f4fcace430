// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.filmlab.plugins.PluginException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user names as a plug-in: refused in the user's terms when it is not one. */
class PluginSourceTest {

    @TempDir
    Path dir;

    @Test
    void anUnbuiltProjectSaysHowToBuildIt() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        PluginException e = assertThrows(PluginException.class, () -> PluginSource.of(dir));
        assertTrue(e.getMessage().contains("./mvnw -B verify"), e.getMessage());
    }

    @Test
    void aBuiltProjectIsItsRepository() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path repository = Files.createDirectories(dir.resolve("x.repository/target/repository"));
        Files.writeString(repository.resolve("content.xml"), "<repository/>");
        try (PluginSource source = PluginSource.of(dir)) {
            assertTrue(source.location().equals(repository.toUri()), source.location().toString());
        }
    }

    @Test
    void aZipThatWritesOutsideItselfIsRefused() throws Exception {
        Path zip = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<repository/>".getBytes());
            z.putNextEntry(new ZipEntry("../../escaped.txt"));
            z.write("x".getBytes());
        }
        PluginException e = assertThrows(PluginException.class, () -> PluginSource.of(zip));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertTrue(Files.notExists(dir.getParent().resolve("escaped.txt")));
    }

    @Test
    void aZippedRepositoryIsUnpackedAndDeletedOnClose() throws Exception {
        Path zip = dir.resolve("plugin.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<repository/>".getBytes());
        }
        Path unpacked;
        try (PluginSource source = PluginSource.of(zip)) {
            unpacked = Path.of(source.location());
            assertTrue(Files.isRegularFile(unpacked.resolve("content.xml")));
        }
        assertTrue(Files.notExists(unpacked));
    }

    @Test
    void somethingElseIsNamedForWhatItIsNot() {
        PluginException e = assertThrows(PluginException.class, () -> PluginSource.of(dir));
        assertTrue(e.getMessage().contains("neither a p2 repository"), e.getMessage());
    }
}
