// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.core.step.PartType;
import org.filmlab.core.step.ResultPart;

/**
 * How many clusters the data support: the workflow's clusterer run for each k of a range on the
 * leading components, with the diagnostics a reader weighs (elbow, silhouette, gap statistic,
 * stability) and the k a stated rule picks.
 *
 * @param components how many leading components were clustered
 * @param references the gap statistic's reference data sets (B), drawn uniformly in the bounding box
 *        of the clustered components
 * @param seeds the clusterings from other seeds each k was compared with
 * @param bootstraps the bootstrap resamples each k was compared with
 * @param rule the rule's key ({@code gap}, {@code gapMax}, {@code silhouette})
 * @param ruleText the rule in words, as the summary and the report state it
 * @param chosen the k the rule picks
 * @param why how the rule arrived at it on these numbers
 * @param applied whether the cluster step used the chosen k (chooseK) or kept its own (diagnoseK)
 * @param candidates one per k, ascending
 */
public record KChoice(int components, int references, int seeds, int bootstraps, String rule, String ruleText,
        int chosen, String why, boolean applied, List<Candidate> candidates) implements ResultPart {

    /** The part type both kinds of step produce, for renderers to name in {@code plugin.xml}. */
    public static final PartType<KChoice> TYPE = PartType.of("kChoice", KChoice.class);

    public KChoice {
        candidates = List.copyOf(candidates);
    }

    /**
     * The diagnostics of one k.
     *
     * @param k the number of clusters asked for
     * @param clusters the number the clusterer gave (fewer when a cluster emptied)
     * @param assignment each film's cluster ({@code 0..clusters-1}, numbered by first appearance), in row order
     * @param withinSumOfSquares the sum of squared distances of films to their cluster's mean (W_k)
     * @param silhouette the mean silhouette width over the films (Rousseeuw 1987)
     * @param filmSilhouettes each film's silhouette width, in row order (0 for a film alone in its cluster)
     * @param gap the gap statistic: the mean log W_k of the reference sets minus log W_k
     * @param gapSe its standard error s_k = sd · √(1 + 1/B)
     * @param seedAgreement mean adjusted Rand index between this clustering and those from other seeds
     * @param seedAgreementMin the smallest of those indices
     * @param bootstrapAgreement mean adjusted Rand index between clusterings of bootstrap resamples and
     *        this clustering on the same films
     * @param bootstrapAgreementSd the standard deviation of those indices
     */
    public record Candidate(int k, int clusters, int[] assignment, double withinSumOfSquares, double silhouette,
            double[] filmSilhouettes, double gap, double gapSe, double seedAgreement, double seedAgreementMin,
            double bootstrapAgreement, double bootstrapAgreementSd) {
    }

    /** The diagnostics of the chosen k. */
    public Candidate chosenCandidate() {
        return candidates.stream().filter(c -> c.k() == chosen).findFirst().orElseThrow();
    }

    @Override
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-3s %12s %10s %8s %8s %10s %10s", "k", "W_k (SSE)", "silhouette",
                "gap", "s_k", "ARI seeds", "ARI boot"));
        for (Candidate c : candidates) {
            lines.add(String.format(Locale.ROOT, "%-3d %12.4g %10.3f %8.3f %8.3f %10.3f %10.3f%s", c.k(),
                    c.withinSumOfSquares(), c.silhouette(), c.gap(), c.gapSe(), c.seedAgreement(),
                    c.bootstrapAgreement(), c.k() == chosen ? "  <- chosen" : ""));
        }
        lines.add("k = " + chosen + " by the rule: " + ruleText + " (" + why + ")"
                + (applied ? "; the cluster step used it" : "; the cluster step kept its own k"));
        lines.add(String.format(Locale.ROOT, "(%d reference sets uniform in the box of the %d clustered components;"
                + " %d other seeds; %d bootstrap resamples)", references, components, seeds, bootstraps));
        return lines;
    }
}
