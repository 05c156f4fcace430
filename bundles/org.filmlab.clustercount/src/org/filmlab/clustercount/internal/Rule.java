// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.internal;

import java.util.List;
import java.util.Locale;

import org.filmlab.clustercount.KChoice;

/** The rules that pick k from the diagnostics, each stated in words for the summary and the report. */
enum Rule {

    /** Tibshirani et al. (2001), section 3, step 3. */
    GAP("gap", "the smallest k with Gap(k) ≥ Gap(k+1) − s(k+1) (Tibshirani et al. 2001); the largest k tried"
            + " when none qualifies"),
    /** Within one standard error of the largest gap (Dudoit and Fridlyand 2002, R's cluster::maxSE "globalSEmax"). */
    GAP_MAX("gapMax", "the smallest k with Gap(k) ≥ Gap(k*) − s(k*), k* the k of the largest gap (one standard"
            + " error of the gap maximum)"),
    /** Rousseeuw (1987). */
    SILHOUETTE("silhouette", "the k with the largest mean silhouette width (the smaller k on a tie)");

    final String key;
    final String text;

    Rule(String key, String text) {
        this.key = key;
        this.text = text;
    }

    static Rule of(String key) {
        for (Rule r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule '" + key + "'");
    }

    static String[] keys() {
        return java.util.Arrays.stream(values()).map(r -> r.key).toArray(String[]::new);
    }

    /** The chosen k and why, in a few words with the numbers that decided. */
    record Choice(int k, String why) {
    }

    Choice choose(List<KChoice.Candidate> c) {
        return switch (this) {
            case GAP -> {
                for (int i = 0; i + 1 < c.size(); i++) {
                    KChoice.Candidate now = c.get(i);
                    KChoice.Candidate next = c.get(i + 1);
                    if (now.gap() >= next.gap() - next.gapSe()) {
                        yield new Choice(now.k(), f("Gap(%d) = %.3f ≥ Gap(%d) − s = %.3f − %.3f", now.k(), now.gap(),
                                next.k(), next.gap(), next.gapSe()));
                    }
                }
                KChoice.Candidate last = c.get(c.size() - 1);
                yield new Choice(last.k(), "no k below " + last.k() + " qualifies");
            }
            case GAP_MAX -> {
                KChoice.Candidate best = c.get(0);
                for (KChoice.Candidate x : c) {
                    best = x.gap() > best.gap() ? x : best;
                }
                for (KChoice.Candidate x : c) {
                    if (x.gap() >= best.gap() - best.gapSe()) {
                        yield new Choice(x.k(), f("largest gap %.3f at k = %d, s = %.3f; Gap(%d) = %.3f is within it",
                                best.gap(), best.k(), best.gapSe(), x.k(), x.gap()));
                    }
                }
                throw new IllegalStateException("the maximum is within its own standard error");
            }
            case SILHOUETTE -> {
                KChoice.Candidate best = c.get(0);
                for (KChoice.Candidate x : c) {
                    best = x.silhouette() > best.silhouette() ? x : best;
                }
                yield new Choice(best.k(), f("mean silhouette %.3f", best.silhouette()));
            }
        };
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
