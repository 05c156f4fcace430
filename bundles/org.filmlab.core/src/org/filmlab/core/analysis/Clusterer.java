// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.ParameterValues;

/**
 * Groups films by their coordinates (usually reduction scores). Contributed through
 * {@code org.filmlab.core.clusterers}. A clusterer that takes a number of clusters declares it as
 * the integer parameter {@value #K}, which the command line's {@code --k} sets. Clients may
 * implement this interface.
 */
public interface Clusterer extends Contribution {

    /** The conventional key of the number-of-clusters parameter. */
    String K = "k";

    /**
     * @param points rows × dimensions, finite
     * @param values the parameters
     * @param seed the seed for initialisation, derived from the workflow's seed
     * @param monitor progress and cancellation, checked every iteration; may be {@code null}
     */
    Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor);
}
