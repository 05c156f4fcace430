// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.ParameterValues;

/**
 * Reduces the variables of the films to a few components (PCA, PLS, ...). Contributed through
 * {@code org.filmlab.core.reducers}. Clients may implement this interface.
 */
public interface Reducer extends Contribution {

    /**
     * @param data the variables to reduce, one row per film
     * @param values the parameters
     * @param seed the seed for any randomness, derived from the workflow's seed
     * @param monitor progress and cancellation; may be {@code null}
     */
    Reduction reduce(VariableMatrix data, ParameterValues values, long seed, IProgressMonitor monitor);
}
