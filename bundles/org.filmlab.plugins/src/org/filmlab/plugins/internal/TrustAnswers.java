// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;

/**
 * p2's questions during an install, answered from what the user already decided: FilmLab checks
 * signatures itself before it asks p2 to install ({@link Signatures}), refusing tampered jars and,
 * without the user's consent, unsigned ones. So by the time p2's trust phase asks, the content's
 * signatures have verified and unsigned content is present only with consent. Never persisted.
 */
final class TrustAnswers extends UIServices {

    private final boolean trustUnsigned;

    TrustAnswers(boolean trustUnsigned) {
        this.trustUnsigned = trustUnsigned;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPGPKeys,
            String[] unsignedDetail) {
        List<Certificate> certificates = new ArrayList<>();
        if (untrustedChains != null) {
            for (Certificate[] chain : untrustedChains) {
                if (chain != null && chain.length > 0) {
                    certificates.add(chain[0]);
                }
            }
        }
        return new TrustInfo(certificates, untrustedPGPKeys == null ? List.of() : untrustedPGPKeys, false,
                trustUnsigned);
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }
}
