// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.ui.results.ResultPart;

/**
 * One {@code resultView} contribution as its {@code plugin.xml} declares it.
 *
 * @param id the contribution's id
 * @param viewId the workbench view it is shown in
 * @param label its tab or heading
 * @param parts the parts of a run it needs
 * @param bundle the contributing bundle
 * @param element the declaration, from which the class is created when the view opens
 */
record ResultViewDescriptor(String id, String viewId, String label, List<ResultPart> parts, String bundle,
        IConfigurationElement element) {

    /** The parts the run lacks, in declaration order; empty when it can be shown. */
    List<ResultPart> missingFrom(RunResult result) {
        return parts.stream().filter(p -> !p.isIn(result)).toList();
    }
}
