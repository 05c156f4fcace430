// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;

import org.filmlab.core.step.ResultPart;

/**
 * Recipes worth making next, best first, and what proposed them.
 *
 * @param features the conditions a recipe sets, in order
 * @param recipes the recipes
 * @param suggester the id of the suggester that proposed them
 * @param suggesterName its name
 * @param method how it chooses, in words (what its acquisition value means)
 * @param goodClass the class the workflow's quality rule calls good (0: none)
 * @param criterion the rule's criterion for good
 * @param candidates how many recipes the suggester chose from
 */
public record NextExperiments(List<String> features, List<NextExperiment> recipes, String suggester,
        String suggesterName, String method, int goodClass, String criterion, int candidates) implements ResultPart {

    public NextExperiments {
        features = List.copyOf(features);
        recipes = List.copyOf(recipes);
        // Results written before suggesters had none of these.
        suggester = suggester == null ? "" : suggester;
        suggesterName = suggesterName == null ? "" : suggesterName;
        method = method == null ? "" : method;
        criterion = criterion == null ? "" : criterion;
    }
}
