// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.core.WekaException;
import weka.filters.Filter;

/**
 * Weka's {@link FilteredClassifier} that also gives a batch's labels alone, for a caller that reads
 * no probability (the folds' confusion matrices, the cross-validation models' agreement over a
 * decision map): for {@link CoupledSMO}, most of them without coupling
 * ({@link CoupledSMO#labelsForInstances}). Weka's FilteredClassifier has no hook between its
 * filtering and its classifier, so {@link #labelsForInstances} repeats that filtering.
 */
final class LabellingFilteredClassifier extends FilteredClassifier {

    private static final long serialVersionUID = 1L;

    /** Whether {@link #labelsForInstances} is faster than the distributions' labels. */
    boolean labelsDirectly() {
        return getClassifier() instanceof CoupledSMO smo && smo.coupled();
    }

    /**
     * The rows' labels, each the class of the highest probability {@link #distributionForInstance}
     * gives it (the first of equal ones). The rows are filtered as Weka's
     * {@link FilteredClassifier#distributionsForInstances} filters a batch, step for step.
     */
    int[] labelsForInstances(Instances insts) throws Exception {
        if (!labelsDirectly()) {
            throw new IllegalStateException(
                    "labels alone are given for SMO with logistic models only (labelsDirectly)");
        }
        CoupledSMO smo = (CoupledSMO) getClassifier();
        Instances rows = m_ReorderOriginal == null ? insts : Filter.useFilter(insts, m_ReorderOriginal);
        Instances filtered = Filter.useFilter(rows, m_Filter);
        if (filtered.numInstances() != rows.numInstances()) {
            throw new WekaException("FilteredClassifier: filter has returned more/less instances than required.");
        }
        if (m_ReorderOriginal != null) {
            filtered = Filter.useFilter(filtered, m_ReorderFiltered);
        }
        return smo.labelsForInstances(filtered);
    }
}
