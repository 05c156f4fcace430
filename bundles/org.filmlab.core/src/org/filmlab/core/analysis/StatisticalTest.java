// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.ParameterValues;

/**
 * A statistical test on the films grouped by class (Kruskal-Wallis per property, ANOVA, ...).
 * Contributed through {@code org.filmlab.core.tests}. Clients may implement this interface.
 */
public interface StatisticalTest extends Contribution {

    /**
     * @param data the data set and each row's class
     * @param values the parameters (which columns, transformations)
     * @param monitor progress and cancellation; may be {@code null}
     */
    TestResult test(GroupedData data, ParameterValues values, IProgressMonitor monitor);
}
