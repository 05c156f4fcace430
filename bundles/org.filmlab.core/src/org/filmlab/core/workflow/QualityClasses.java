// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;
import java.util.Map;

import org.filmlab.core.step.ResultPart;

/**
 * The quality classes made from the clusters by a {@link org.filmlab.core.analysis.QualityRule}.
 *
 * @param naming how clusters were numbered, in the rule's word ({@code "paper"}, {@code "size"})
 * @param assignment for each row in input order, its class {@code 1..count}
 * @param clusterToClass for each cluster index, its class number
 * @param sizes for each class (index = class − 1), its number of films
 * @param medians for each column key, the median per class (index = class − 1)
 * @param labels for each class (index = class − 1), what it means ("high σN, low RD")
 * @param goodClasses the classes the rule calls good, best first; empty when none qualifies
 * @param criterion the rule's stated criterion for "good" (and why no class qualified, if none did)
 */
public record QualityClasses(String naming, int[] assignment, int[] clusterToClass,
        int[] sizes, Map<String, double[]> medians, List<String> labels, List<Integer> goodClasses, String criterion)
        implements ResultPart {

    public QualityClasses {
        labels = List.copyOf(labels);
        goodClasses = List.copyOf(goodClasses);
    }

    public int count() {
        return sizes.length;
    }

    /** The best class the rule calls good, or 0 when none is. */
    public int bestClass() {
        return goodClasses.isEmpty() ? 0 : goodClasses.get(0);
    }
}
