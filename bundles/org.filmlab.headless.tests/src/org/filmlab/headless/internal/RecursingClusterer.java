// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/** A clusterer whose recursion never ends: it throws StackOverflowError, which SafeRunner does not catch. */
public final class RecursingClusterer implements Clusterer {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        return depth(points.length) > 0 ? null : null;
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }
}
