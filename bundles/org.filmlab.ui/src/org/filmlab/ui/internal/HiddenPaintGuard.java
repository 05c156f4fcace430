// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Drops paint events sent to a control that is not showing. jfreechart-swt's
 * {@code ChartComposite.forceRedraw()} paints at once through a GC of its own instead of asking for a
 * redraw; on GTK that GC draws into the shared window even when the chart's view is a hidden tab, so
 * a PCA chart refreshed after a run appeared over the Statistics or Workflow view. The window system
 * never asks a hidden control to paint, so only such forced paints are dropped; the chart is drawn
 * normally once its view is shown.
 */
final class HiddenPaintGuard implements Listener {

    private HiddenPaintGuard() {
    }

    static void install(Display display) {
        display.addFilter(SWT.Paint, new HiddenPaintGuard());
    }

    @Override
    public void handleEvent(Event event) {
        if (event.widget instanceof Control control && !control.isDisposed() && !control.isVisible()) {
            // A filter that changes the type cancels the event for every listener of the control.
            event.type = SWT.None;
        }
    }
}
