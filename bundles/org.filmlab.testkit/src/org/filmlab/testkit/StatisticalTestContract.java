// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.StatisticalTest;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;

/**
 * The contract of a {@link StatisticalTest}, on the {@link ContractData} films grouped in their three
 * classes. A test takes no seed; the determinism check still requires two runs to agree bit for bit.
 * Clients may extend this class.
 *
 * @param <C> the statistical test
 */
public abstract class StatisticalTestContract<C extends StatisticalTest> extends ContributionContract<C, GroupedData> {

    @Override
    protected final ContributionKind kind() {
        return ContributionKind.TEST;
    }

    @Override
    protected GroupedData input() {
        return ContractData.groupedFilms();
    }

    @Override
    protected DataShape shape() {
        GroupedData input = input();
        return ContractData.shape(input.dataset().rowCount(), ContractData.CONDITIONS, input.classCount());
    }

    @Override
    protected TestResult run(C test, GroupedData input, ParameterValues values, long seed, IProgressMonitor monitor) {
        return test.test(input, values, monitor);
    }
}
