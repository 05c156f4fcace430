// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.Reducer;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;

/**
 * The contract of a {@link Reducer}, on the variables the paper's workflow reduces
 * ({@link ContractData#REDUCED}: L:S, X:B and the six properties). Clients may extend this class.
 *
 * @param <C> the reducer
 */
public abstract class ReducerContract<C extends Reducer> extends ContributionContract<C, VariableMatrix> {

    @Override
    protected final ContributionKind kind() {
        return ContributionKind.REDUCER;
    }

    @Override
    protected VariableMatrix input() {
        return ContractData.reducedVariables();
    }

    @Override
    protected DataShape shape() {
        VariableMatrix input = input();
        return ContractData.shape(input.rows().length, input.variables(), 0);
    }

    @Override
    protected Reduction run(C reducer, VariableMatrix input, ParameterValues values, long seed,
            IProgressMonitor monitor) {
        return reducer.reduce(input, values, seed, monitor);
    }
}
