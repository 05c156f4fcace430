// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The folder the install page's pickers open in: the last one a plug-in was picked from, else home. */
final class LastFolder {

    static final String KEY = "install.lastFolder";

    private LastFolder() {
    }

    static Path get() {
        String last = node().get(KEY, "");
        if (!last.isEmpty() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return Path.of(System.getProperty("user.home"));
    }

    static void remember(Path folder) {
        if (folder == null) {
            return;
        }
        IEclipsePreferences node = node();
        node.put(KEY, folder.toAbsolutePath().toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembered for this session only; the next start opens the home folder.
            ILog.of(LastFolder.class).warn("cannot save the install page's last folder: " + e.getMessage());
        }
    }

    static void forget() {
        node().remove(KEY);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode("org.filmlab.plugins.ui");
    }
}
