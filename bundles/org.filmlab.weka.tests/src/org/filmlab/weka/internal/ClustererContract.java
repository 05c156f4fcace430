// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.params.ParameterValues;

/** The contract for clusterers, on two wine measurements of every third wine. */
abstract class ClustererContract<C extends Clusterer> extends ContributionContract<C> {

    @Override
    Object input() {
        return WineSamples.points();
    }

    @Override
    DataShape shape() {
        return new DataShape(WineSamples.points().length, List.of("alcohol", "colour"), List.of(), List.of(), 0);
    }

    @Override
    Object run(C clusterer, Object input, ParameterValues values, long seed, IProgressMonitor monitor) {
        return clusterer.cluster((double[][]) input, values, seed, monitor);
    }
}
