// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import org.filmlab.core.workflow.ResultsReader;

/** How the report names what ran. */
final class Steps {

    private Steps() {
    }

    /** " (Partial least squares (org.filmlab.weka.pls))" for a title, or nothing when the step uses no algorithm. */
    static String suffix(ResultsReader.Step step) {
        return step.contribution().isEmpty() ? "" : " (" + algorithm(step) + ")";
    }

    /** "Partial least squares (org.filmlab.weka.pls)", or the kind of step's name when it uses no algorithm. */
    static String algorithm(ResultsReader.Step step) {
        if (step.contribution().isEmpty()) {
            return step.stepName();
        }
        return (step.contributionName().isEmpty() ? step.contribution() : step.contributionName()) + " ("
                + step.contribution() + ")";
    }
}
