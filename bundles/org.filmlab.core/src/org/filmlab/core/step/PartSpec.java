// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.List;

/**
 * What a step will produce, known before any data is touched (KNIME's output spec): lets the steps
 * after it check their configuration against it.
 *
 * @param count how many of the part's units there will be (components of a reduction, clusters of
 *        a partition, classes, features of a classifier), or {@link #AT_RUN_TIME} when only the run
 *        decides (EM with k = 0, say)
 * @param names the names of those units when known before the run (component names, feature keys),
 *        else empty
 */
public record PartSpec(int count, List<String> names) {

    /** The count is decided when the step runs. */
    public static final int AT_RUN_TIME = -1;

    public PartSpec {
        names = List.copyOf(names);
    }

    public static PartSpec of(int count) {
        return new PartSpec(count, List.of());
    }

    public static PartSpec of(List<String> names) {
        return new PartSpec(names.size(), names);
    }
}
