// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/** A clusterer contributed by the test fragment that fails when it runs (fragment.xml). */
public final class FailingClusterer implements Clusterer {

    static final String CAUSE = "the test clusterer ran out of luck";

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of(Parameter.integer(K, "Clusters (k)", "How many clusters to form.", 3, 2, 20));
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        throw new IllegalStateException(CAUSE);
    }
}
