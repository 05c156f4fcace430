// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.OptionalInt;

import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * A clusterer that forms exactly the number of clusters its integer parameter {@value Clusterer#K}
 * asks for (K-means, Ward, k-medoids; not EM, which may choose k itself). Implementing this
 * interface rather than {@link Clusterer} tells the engine the number of clusters before the run
 * ({@link #clusterCount}) and refuses more clusters than rows ({@link #validate}), so an
 * implementation declares {@value Clusterer#K} in its {@link #parameters()} and writes neither.
 * One with further checks overrides {@code validate} and calls
 * {@code FixedKClusterer.super.validate(values, data, problems)} first. Clients may implement this
 * interface.
 */
public interface FixedKClusterer extends Clusterer {

    /** The value of {@value Clusterer#K}. */
    @Override
    default OptionalInt clusterCount(ParameterValues values) {
        return OptionalInt.of(values.getInt(K));
    }

    /** No more clusters than rows ({@link Clusterer#requireRowsForK}). */
    @Override
    default void validate(ParameterValues values, DataShape data, Problems problems) {
        Clusterer.requireRowsForK(values.getInt(K), data.rows(), problems);
    }
}
