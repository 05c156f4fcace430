// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.suggest.CandidateGrid;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.Suggester;
import org.filmlab.suggest.SuggestionRequest;

/**
 * A space-filling baseline: a Latin hypercube of the batch's size over the candidates' ranges (each
 * condition's range cut into as many strata as recipes, one recipe per stratum, strata paired at
 * random), each point taken to the nearest candidate not taken yet.
 */
public final class LatinHypercubeSuggester implements Suggester {

    @Override
    public String method() {
        return "a Latin hypercube over the conditions' ranges, each point moved to the nearest candidate"
                + " (a baseline: no acquisition value)";
    }

    @Override
    public List<Pick> suggest(SuggestionRequest r, IProgressMonitor monitor) {
        CandidateGrid grid = r.candidates();
        int n = r.count();
        int d = grid.conditions().size();
        SplittableRandom random = new SplittableRandom(r.seed());
        double[][] unit = new double[n][d];
        for (int k = 0; k < d; k++) {
            int[] strata = permutation(n, random);
            for (int i = 0; i < n; i++) {
                unit[i][k] = (strata[i] + random.nextDouble()) / n;
            }
        }
        boolean[] taken = new boolean[grid.size()];
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < grid.size(); c++) {
                if (taken[c]) {
                    continue;
                }
                double[] s = grid.scaled(grid.points()[c]);
                double dist = 0;
                for (int k = 0; k < d; k++) {
                    dist += (s[k] - unit[i][k]) * (s[k] - unit[i][k]);
                }
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = c;
                }
            }
            taken[best] = true;
            picks.add(new Pick(best, 0.0, Map.of(), "Latin hypercube point " + (i + 1) + " of " + n
                    + ", at the nearest free candidate"));
        }
        return picks;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = p[i];
            p[i] = p[j];
            p[j] = swap;
        }
        return p;
    }
}
