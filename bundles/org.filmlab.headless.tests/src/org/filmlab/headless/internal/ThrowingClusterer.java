// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/** A contributed clusterer with a bug: it throws when asked to cluster. */
public final class ThrowingClusterer implements Clusterer {

    static final String MESSAGE = "deliberate failure of the test clusterer";

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of(Parameter.integer(K, "Clusters", "Ignored: this clusterer only throws.", 3, 2, 20));
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        throw new IllegalStateException(MESSAGE);
    }
}
