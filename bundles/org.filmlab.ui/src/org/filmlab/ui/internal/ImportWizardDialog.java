// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** The import wizard's dialog, sized for the preview; Next, Finish and the Cancel of a
 * running read can be pressed from code (tests). */
final class ImportWizardDialog extends WizardDialog {

    ImportWizardDialog(Shell parent, ImportWizard wizard) {
        super(parent, wizard);
    }

    /** Large enough for the mapping of the paper's ten columns and a preview below it, within the screen. */
    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        Rectangle screen = getParentShell() != null ? getParentShell().getMonitor().getClientArea()
                : getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(Math.min(Math.max(size.x, 1000), screen.width), Math.min(Math.max(size.y, 750), screen.height));
    }

    void next() {
        nextPressed();
    }

    void finish() {
        finishPressed();
    }

    /** Presses Cancel of the progress part while a file is being read; the dialog stays open. */
    void cancelRunning() {
        getProgressMonitor().setCanceled(true);
    }
}
