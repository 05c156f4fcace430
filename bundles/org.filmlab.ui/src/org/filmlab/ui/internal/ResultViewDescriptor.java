// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.filmlab.core.workflow.RunResult;

/**
 * One {@code resultView} contribution as its {@code plugin.xml} declares it.
 *
 * @param id the contribution's id
 * @param viewId the workbench view it is shown in
 * @param label its tab or heading
 * @param parts the names of the part types a run must hold for it ({@code PartType#name()}, such as
 *        {@code "reduction"})
 * @param bundle the contributing bundle
 * @param element the declaration, from which the class is created when the view opens
 */
record ResultViewDescriptor(String id, String viewId, String label, List<String> parts, String bundle,
        IConfigurationElement element) {

    /** The parts the run lacks, in declaration order; empty when it can be shown. */
    List<String> missingFrom(RunResult result) {
        return parts.stream().filter(type -> result.steps().stream().flatMap(s -> s.parts().stream())
                .noneMatch(p -> p.type().equals(type))).toList();
    }
}
