// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.filmlab.plugins.Dropins;
import org.filmlab.plugins.internal.DeclarativeServices;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@code filmlab} command as an Equinox application. Exit codes: 0 done, 2 bad input or bad
 * workflow, 1 anything else (a failing step, an I/O error).
 */
public final class FilmLabApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        // Before any registry is read, so that the dropped-in plug-ins' contributions are listed.
        BundleContext bundles = FrameworkUtil.getBundle(FilmLabApplication.class).getBundleContext();
        for (String problem : Dropins.load(bundles)) {
            System.err.println("filmlab: dropins: " + problem);
        }
        // The product does not start them with the framework (see DeclarativeServices).
        DeclarativeServices.startIfPluginsNeedThem(bundles).ifPresent(p -> System.err.println("filmlab: " + p));
        return FilmLabCommand.execute(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        // A run stops at its next cancellation check when the framework shuts down.
    }
}
