// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

/**
 * Derives every child seed from the workflow's one master seed, so that a run is reproduced by
 * its seed alone and steps do not share random streams. SplitMix64's finaliser mixes the master
 * seed with the step index and a purpose tag.
 */
public final class Seeds {

    private Seeds() {
    }

    public static long derive(long master, int stepIndex, String purpose) {
        long h = mix(master ^ 0x9E3779B97F4A7C15L * (stepIndex + 1));
        for (int i = 0; i < purpose.length(); i++) {
            h = mix(h ^ purpose.charAt(i));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
