// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import java.util.List;

/**
 * What an install would do, shown before anything changes: the plug-ins (features) it installs,
 * every unit it adds to the product, and which of the jars are unsigned or signed by whom.
 *
 * @param source where the plug-in comes from
 * @param plugins the plug-ins that will be installed (their bundles as {@code name version})
 * @param additions every installable unit added, as {@code id version}
 * @param unsigned the jars that carry no signature, as {@code id version}
 * @param signed the jars whose signature verified, as {@code id version: signer}
 * @param contributions what the new bundles declare in their plugin.xml, as
 *        {@code extension point: element id (name)}; read, no code loaded
 */
public record InstallPreview(String source, List<InstalledPlugin> plugins, List<String> additions,
        List<String> unsigned, List<String> signed, List<String> contributions) {

    public InstallPreview {
        plugins = List.copyOf(plugins);
        additions = List.copyOf(additions);
        unsigned = List.copyOf(unsigned);
        signed = List.copyOf(signed);
        contributions = List.copyOf(contributions);
    }
}
