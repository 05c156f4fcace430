// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.suggest.CandidateGrid;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.Suggester;
import org.filmlab.suggest.SuggestionRequest;

/**
 * Uncertainty sampling: the recipes where the classifier is least sure (1 − margin of the final
 * model) and its cross-validation models split most (the share voting against their majority),
 * best first, no two closer than the request's spacing. These films teach the classifier most; they
 * do not aim at good films.
 */
public final class UncertaintySuggester implements Suggester {

    @Override
    public String method() {
        return "uncertainty sampling: (1 − the classifier's margin) + the share of cross-validation models voting"
                + " against their majority, picks kept apart";
    }

    @Override
    public List<Pick> suggest(SuggestionRequest r, IProgressMonitor monitor) {
        CandidateGrid grid = r.candidates();
        SubMonitor progress = SubMonitor.convert(monitor, grid.size());
        double[] margin = new double[grid.size()];
        double[] split = new double[grid.size()];
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < grid.size(); c++) {
            progress.split(1);
            double[] recipe = grid.point(c);
            Prediction p = r.classifier().predict(recipe.clone());
            margin[c] = p.margin();
            split[c] = Votes.disagreement(r.foldModels(), recipe);
            order.add(c);
        }
        // Best score first; on a tie, grid order, so the choice does not depend on the sort.
        order.sort(Comparator.<Integer>comparingDouble(c -> -((1 - margin[c]) + split[c])).thenComparingInt(c -> c));
        List<Integer> chosen = new ArrayList<>();
        List<Pick> picks = new ArrayList<>();
        for (int c : order) {
            if (picks.size() == r.count()) {
                break;
            }
            if (grid.apart(c, chosen, r.spacing())) {
                chosen.add(c);
                picks.add(pick(c, margin[c], split[c], r.foldModels().size()));
            }
        }
        // Spacing is a wish, not a promise: a small grid may not hold that many recipes so far apart.
        for (int c : order) {
            if (picks.size() == r.count()) {
                break;
            }
            if (!chosen.contains(c)) {
                chosen.add(c);
                picks.add(pick(c, margin[c], split[c], r.foldModels().size()));
            }
        }
        return picks;
    }

    private static Pick pick(int c, double margin, double split, int folds) {
        long against = Math.round(split * folds);
        return new Pick(c, (1 - margin) + split, Map.of(), String.format(Locale.ROOT,
                "classifier unsure (margin %.2f) and %d of %d CV models vote against their majority", margin, against,
                folds));
    }
}
