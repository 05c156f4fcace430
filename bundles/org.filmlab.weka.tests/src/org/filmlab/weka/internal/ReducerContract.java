// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.Reducer;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.params.ParameterValues;

/** The contract for reducers, on the 13 wine measurements. */
abstract class ReducerContract<C extends Reducer> extends ContributionContract<C> {

    @Override
    Object input() {
        return Wine.measurements();
    }

    @Override
    DataShape shape() {
        VariableMatrix m = Wine.measurements();
        return new DataShape(m.rows().length, m.variables(), List.of(), m.variables(), 0);
    }

    @Override
    Object run(C reducer, Object input, ParameterValues values, long seed, IProgressMonitor monitor) {
        return reducer.reduce((VariableMatrix) input, values, seed, monitor);
    }
}
