// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;

/** File › Import...: asks for a file any installed importer reads and loads it in the background. */
public final class ImportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<ContributionDescriptor> importers = ContributionRegistry.getDefault().list(ContributionKind.IMPORTER);
        TreeSet<String> extensions = new TreeSet<>();
        importers.forEach(d -> extensions.addAll(d.extensions()));
        List<String> patterns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (!extensions.isEmpty()) {
            patterns.add(String.join(";", extensions.stream().map(e -> "*." + e).toList()));
            names.add("Data sets (" + String.join(", ", extensions) + ")");
        }
        for (ContributionDescriptor d : importers) {
            patterns.add(String.join(";", d.extensions().stream().map(e -> "*." + e).toList()));
            names.add(d.name());
        }
        patterns.add("*");
        names.add("All files");
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setText("Import a data set");
        dialog.setFilterExtensions(patterns.toArray(String[]::new));
        dialog.setFilterNames(names.toArray(String[]::new));
        String chosen = dialog.open();
        if (chosen != null) {
            new DatasetImportJob(Path.of(chosen)).schedule();
        }
        return null;
    }
}
