// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.List;

/**
 * Rows of numbers with a name per column: the input of a {@link Reducer}.
 *
 * @param variables the column names (variable keys)
 * @param rows rows × variables, finite values; not copied, never modify it
 */
public record VariableMatrix(List<String> variables, double[][] rows) {

    public VariableMatrix {
        variables = List.copyOf(variables);
        for (double[] r : rows) {
            if (r.length != variables.size()) {
                throw new IllegalArgumentException("every row needs " + variables.size() + " values");
            }
        }
    }
}
