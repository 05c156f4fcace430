// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Checks the bundles an install has just added to a product, before the install counts: a failure
 * puts the product back as it was. {@link PluginManager#of(Path)} uses a fresh start of the product
 * running the contract kit's checks ({@code filmlab plugins verify}); clients may implement this to
 * check otherwise (a test without a launchable product).
 */
@FunctionalInterface
public interface InstallVerifier {

    /**
     * @param product the product folder, with the new bundles installed
     * @param bundles the new bundles' symbolic names
     * @return the report, one line per check
     * @throws PluginException when a bundle fails its checks (the message says which and why)
     */
    List<String> verify(Path product, List<String> bundles, IProgressMonitor monitor) throws PluginException;
}
