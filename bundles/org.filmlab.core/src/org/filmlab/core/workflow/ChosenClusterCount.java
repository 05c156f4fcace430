// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import org.filmlab.core.step.ResultPart;

/**
 * A number of clusters chosen from the data by a step before clustering (the gap statistic, say),
 * for the cluster step to use instead of its clusterer's {@code k}. Handed on, never written: the
 * step that chose it writes its own account of how.
 *
 * @param k the number of clusters chosen
 * @param rule the rule that chose it, in words, for texts that name what ran
 * @param by the step that chose it ({@code "step 10 (chooseK: K-means)"})
 */
public record ChosenClusterCount(int k, String rule, String by) implements ResultPart {

    public ChosenClusterCount {
        if (k < 1) {
            throw new IllegalArgumentException("a chosen number of clusters is at least 1, not " + k);
        }
    }
}
