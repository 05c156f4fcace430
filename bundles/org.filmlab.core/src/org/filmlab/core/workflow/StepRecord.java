// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Map;

/**
 * What ran for one step, for provenance and for every text that names it.
 *
 * @param index the step's position in the workflow document (0-based)
 * @param step the word of its kind of step ({@code "cluster"})
 * @param stepName the kind of step's human name ("Cluster the films")
 * @param contribution the algorithm's contribution id, or {@code ""} when the step uses none
 * @param contributionName the algorithm's human name, or {@code ""}
 * @param bundle the bundle of the algorithm, or of the kind of step when it uses none
 * @param version that bundle's version
 * @param params the effective algorithm parameters (and helpers, such as the resampler)
 * @param settings the effective settings of the step
 * @param seed the seed the step received
 */
public record StepRecord(int index, String step, String stepName, String contribution, String contributionName,
        String bundle, String version, Map<String, Object> params, Map<String, Object> settings, long seed) {

    /** {@code "step 2 (cluster: K-means)"}: how messages and reports name the step. */
    public String label() {
        return "step " + (index + 1) + " (" + step + (contributionName.isEmpty() ? "" : ": " + contributionName)
                + ")";
    }
}
