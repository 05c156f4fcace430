// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.analysis.ClassRuling;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.QualityRule;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * FilmLab's own quality rule: classes numbered by size, largest first. Which class is good is the
 * user's statement, never an assumption: with a property named, the class with the best median of
 * it; without, no class is good and no process window is drawn.
 */
public final class SizeRule implements QualityRule {

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.text("property", "Good by property", "The property whose class median decides which class is"
                    + " good (a key or header, such as sigmaN); empty: no class is called good.", ""),
            Parameter.choice("better", "Better is", "Whether a higher or a lower median of that property is better.",
                    "higher", "higher", "lower"));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        String property = values.getString("property").strip();
        if (!property.isEmpty() && !data.properties().contains(property)) {
            problems.add("property", "'" + property + "' is not a property of the data (properties: "
                    + String.join(", ", data.properties()) + ")");
        }
    }

    @Override
    public ClassRuling rule(Dataset data, Clustering clustering, ParameterValues values) {
        int k = clustering.clusterCount();
        int[] order = ClassRuling.sizeOrder(clustering.assignment(), k);
        int[] sizes = new int[k];
        for (int a : clustering.assignment()) {
            sizes[order[a] - 1]++;
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            labels.add("cluster " + (c + 1) + " by size (" + sizes[c] + " films)");
        }
        String property = values.getString("property").strip();
        if (property.isEmpty()) {
            return new ClassRuling("size", order, labels, List.of(), "no criterion of quality was given (the"
                    + " rule's parameter 'property' is empty), so no class is called good");
        }
        boolean higher = values.getString("better").equals("higher");
        double[] medians = ClassRuling.clusterMedians(data.column(property).orElseThrow().values(),
                clustering.assignment(), k);
        int best = -1;
        for (int c = 0; c < k; c++) {
            if (!Double.isNaN(medians[c]) && (best < 0 || (higher ? medians[c] > medians[best]
                    : medians[c] < medians[best]))) {
                best = c;
            }
        }
        String criterion = "the class with the " + (higher ? "highest" : "lowest") + " median " + property;
        return new ClassRuling("size", order, labels, best < 0 ? List.of() : List.of(order[best]), criterion);
    }
}
