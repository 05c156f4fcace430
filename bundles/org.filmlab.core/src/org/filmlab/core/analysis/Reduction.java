// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.List;

/**
 * What a {@link Reducer} found. Arrays are not copied; never modify them.
 *
 * @param variables the input variables, in input order
 * @param components the component names ({@code "PC1"}, ...)
 * @param scores rows × components: each film's coordinates, in input row order
 * @param loadings variables × components: for a PCA on standardised data the correlation of each
 *        variable with each component (the arrows of a correlation circle)
 * @param explainedVariance per component, the fraction of the total variance it explains
 */
public record Reduction(List<String> variables, List<String> components, double[][] scores, double[][] loadings,
        double[] explainedVariance) implements org.filmlab.core.step.ResultPart {

    public Reduction {
        variables = List.copyOf(variables);
        components = List.copyOf(components);
        if (loadings.length != variables.size() || explainedVariance.length != components.size()) {
            throw new IllegalArgumentException("loadings need one row per variable, explained variance one value"
                    + " per component");
        }
    }
}
