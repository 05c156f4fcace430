// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Import...: the import wizard (file, importer, parameters, then the column mapping). */
public final class ImportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new ImportWizardDialog(HandlerUtil.getActiveShell(event), new ImportWizard(null)).open();
        return null;
    }
}
