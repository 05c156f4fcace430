// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsigned, signed and tampered jars told apart before anything is installed. */
class SignaturesTest {

    @TempDir
    Path dir;

    @Test
    void aJarWithoutSignatureIsUnsigned() throws Exception {
        Path jar = dir.resolve("plain.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a/B.class"));
            z.write(new byte[] { 1, 2, 3 });
        }
        assertFalse(Signatures.of(jar).signed());
    }

    @Test
    void anEclipseJarIsSignedAndAChangedOneIsRefused() throws Exception {
        // The jar Equinox loaded org.eclipse.core.runtime from (an Eclipse-signed jar from Maven Central).
        Path signed = Path.of(Platform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(signed)) {
            return; // run from a folder (workspace): nothing signed to check
        }
        Signatures.Verdict verdict = Signatures.of(signed);
        assertTrue(verdict.signed(), signed + " should be signed");
        assertTrue(verdict.signer().orElseThrow().contains("Eclipse"), verdict.toString());

        Path changed = dir.resolve("changed.jar");
        try (ZipFile in = new ZipFile(signed.toFile()); OutputStream out = Files.newOutputStream(changed);
                ZipOutputStream z = new ZipOutputStream(out)) {
            boolean altered = false;
            for (ZipEntry e : in.stream().toList()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    byte[] bytes = data.readAllBytes();
                    if (!altered && e.getName().endsWith(".class")) {
                        bytes[bytes.length - 1] ^= 1;
                        altered = true;
                    }
                    z.write(bytes);
                }
            }
        }
        assertThrows(SecurityException.class, () -> Signatures.of(changed));
        try (JarFile check = new JarFile(changed.toFile())) {
            assertTrue(check.getManifest() != null);
        }
    }
}
