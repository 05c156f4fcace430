// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Whether a jar is signed, by whom, and whether its signature verifies: every entry is read, so a
 * changed class in a signed jar is found (the JDK throws {@link SecurityException}). A jar counts as
 * signed only when every entry outside {@code META-INF/} carries a signer.
 */
final class Signatures {

    /** What one jar is. */
    record Verdict(boolean signed, Optional<String> signer) {
    }

    private Signatures() {
    }

    /**
     * @throws SecurityException when a signature does not verify (the jar was changed after signing)
     */
    static Verdict of(Path jar) throws IOException {
        String signer = null;
        boolean everyEntrySigned = true;
        boolean anyEntry = false;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[8192];
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // Reading to the end is what makes the JDK check the entry's digest.
                    }
                }
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                anyEntry = true;
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    everyEntrySigned = false;
                } else if (signer == null && signers[0].getSignerCertPath().getCertificates()
                        .get(0) instanceof X509Certificate x509) {
                    signer = x509.getSubjectX500Principal().getName();
                }
            }
        }
        boolean signed = anyEntry && everyEntrySigned && signer != null;
        return new Verdict(signed, signed ? Optional.of(signer) : Optional.empty());
    }
}
