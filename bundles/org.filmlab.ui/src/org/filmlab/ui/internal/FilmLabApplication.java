// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.filmlab.plugins.Dropins;
import org.osgi.framework.FrameworkUtil;

/** FilmLab's desktop application: a 3.x-style workbench with a Data and an Analysis perspective. */
public final class FilmLabApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // Before the workbench reads any registry, so that the dropped-in plug-ins' contributions are there.
        for (String problem : Dropins.load(FrameworkUtil.getBundle(FilmLabApplication.class).getBundleContext())) {
            ILog.of(FilmLabApplication.class).warn("dropins: " + problem);
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new FilmLabWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
