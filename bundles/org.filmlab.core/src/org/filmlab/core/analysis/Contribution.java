// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.List;

import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * What every algorithm contributed to FilmLab declares besides its work: its parameters, the
 * literature it implements and a check of a configuration against the data it will get. The
 * workflow engine calls {@link #parameters()} and {@link #validate} for every step before any step
 * runs, so a bad workflow fails before it touches data.
 * <p>
 * Clients may implement the sub-interfaces of this interface. Implementations must be stateless or
 * immutable with a public no-argument constructor (they are created by the extension registry),
 * must not keep references to inputs, and must give the same result for the same inputs and seed.
 */
public interface Contribution {

    /** The parameters, with their defaults and bounds. */
    ParameterSet parameters();

    /** The publications the algorithm implements, as readable citations. */
    default List<String> references() {
        return List.of();
    }

    /**
     * Checks values that are each in range but may not fit together or fit the data, without side
     * effects. The default accepts everything.
     *
     * @param values the resolved parameters
     * @param data the shape of the data the contribution will receive
     * @param problems where to add one message per problem, naming the parameter
     */
    default void validate(ParameterValues values, DataShape data, Problems problems) {
    }
}
