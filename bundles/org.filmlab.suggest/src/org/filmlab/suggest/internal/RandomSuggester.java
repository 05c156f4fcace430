// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.Suggester;
import org.filmlab.suggest.SuggestionRequest;

/** The baseline every strategy must beat: candidates drawn uniformly without replacement, seeded. */
public final class RandomSuggester implements Suggester {

    @Override
    public String method() {
        return "drawn uniformly at random from the candidate recipes (a baseline: no acquisition value)";
    }

    @Override
    public List<Pick> suggest(SuggestionRequest r, IProgressMonitor monitor) {
        int n = r.candidates().size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(r.seed());
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < r.count(); i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            picks.add(new Pick(order[i], 0.0, Map.of(), "drawn at random (draw " + (i + 1) + " of " + r.count()
                    + " from " + n + " candidates)"));
        }
        return picks;
    }
}
