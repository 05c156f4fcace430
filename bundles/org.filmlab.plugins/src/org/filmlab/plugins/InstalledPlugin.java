// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import java.util.List;

/**
 * A plug-in as the product's p2 profile knows it: one installed feature and its bundles.
 *
 * @param id the plug-in's id: the feature's id without a trailing {@code .feature}
 * @param version the feature's version
 * @param name the feature's label
 * @param provider the feature's provider, or {@code ""}
 * @param feature the root installable unit ({@code ....feature.group})
 * @param bundles the bundles the feature brings, as {@code symbolicName version}
 * @param source where it was installed from, or {@code ""}
 */
public record InstalledPlugin(String id, String version, String name, String provider, String feature,
        List<String> bundles, String source) {

    public InstalledPlugin {
        bundles = List.copyOf(bundles);
    }

    /** The bundles' symbolic names. */
    public List<String> bundleNames() {
        return bundles.stream().map(b -> b.split(" ")[0]).toList();
    }
}
