// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import java.util.List;

/**
 * What an install did: the plug-ins now in the product, and the contract kit's verdict on their
 * contributions, found in a fresh start of the product before the install was reported.
 *
 * @param plugins the plug-ins installed
 * @param checks the verification's report, one line per check ({@code ok    ...} or {@code FAIL  ...})
 */
public record InstallOutcome(List<InstalledPlugin> plugins, List<String> checks) {

    public InstallOutcome {
        plugins = List.copyOf(plugins);
        checks = List.copyOf(checks);
    }
}
