// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;

/**
 * Turns clusters into numbered quality classes and says which of them are good, by a criterion it
 * states in words: a process window and suggestions are made only for a class a rule calls good.
 * Contributed through {@code org.filmlab.core.qualityRules}; the paper's rule (classes from the σN
 * and RD medians) lives in the paper's bundle, FilmLab's own numbers clusters by size.
 * <p>
 * Clients may implement this interface.
 */
public interface QualityRule extends Contribution {

    /**
     * Rules on a clustering of the data.
     *
     * @param data the films, with their properties
     * @param clustering the clusters (indices {@code 0..k-1})
     * @param values the rule's resolved parameters
     */
    ClassRuling rule(Dataset data, Clustering clustering, ParameterValues values);
}
