// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;

import org.filmlab.core.step.ResultPart;

/**
 * Recipes worth making next, best first.
 *
 * @param features the conditions a recipe sets, in order
 * @param recipes the recipes
 */
public record NextExperiments(List<String> features, List<NextExperiment> recipes) implements ResultPart {

    public NextExperiments {
        features = List.copyOf(features);
        recipes = List.copyOf(recipes);
    }
}
