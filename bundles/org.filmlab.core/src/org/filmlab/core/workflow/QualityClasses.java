// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Map;

/**
 * The quality classes made from the clusters.
 *
 * @param naming how clusters were numbered: {@code "paper"} (class 1 = high σN and low RD, 2 = high
 *        σN and high RD, 3 = low σN, from the cluster medians, as in Chen, Duquesnoy et al. 2021)
 *        or {@code "size"} (largest cluster first)
 * @param assignment for each row in input order, its class {@code 1..count}
 * @param clusterToClass for each cluster index, its class number
 * @param sizes for each class (index = class − 1), its number of films
 * @param medians for each column key, the median per class (index = class − 1)
 * @param labels for each class (index = class − 1), what it means ("high σN, low RD")
 */
public record QualityClasses(String naming, int[] assignment, int[] clusterToClass, int[] sizes,
        Map<String, double[]> medians, java.util.List<String> labels) {

    public int count() {
        return sizes.length;
    }
}
