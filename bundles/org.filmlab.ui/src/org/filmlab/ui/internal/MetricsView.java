// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Table;

/**
 * The classifier's metrics and the tests, through the {@link MetricsPresenter} contributed for this
 * view (see {@link ResultsView}).
 */
public final class MetricsView extends ResultsView {

    public static final String ID = "org.filmlab.ui.view.metrics";

    /** Every table shown, in order: confusion matrices, then one per test. For tests. */
    List<Table> tables() {
        return metrics().tables();
    }

    /** Every label's text, in order. For tests. */
    List<String> texts() {
        return metrics().texts();
    }

    private MetricsPresenter metrics() {
        return presenter(MetricsPresenter.class)
                .orElseThrow(() -> new IllegalStateException("the metrics presenter is not installed or failed"));
    }
}
