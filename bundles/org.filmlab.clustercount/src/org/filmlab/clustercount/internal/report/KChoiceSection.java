// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.clustercount.KChoice;
import org.filmlab.clustercount.charts.KChoiceCharts;
import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/**
 * The report section of a choice of k: what ran, the rule and what it picked, the diagnostics per k
 * as a table and a figure, and the silhouettes of the films at the chosen k. Loaded only by the
 * report, so the steps run where the report is not installed.
 */
public final class KChoiceSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer,
            ResultPart part) {
        KChoice c = (KChoice) part;
        int lo = c.candidates().get(0).k();
        int hi = c.candidates().get(c.candidates().size() - 1).k();
        out.title("Choice of k: " + producer.contributionName() + " for k = " + lo + "…" + hi + " ("
                + producer.label() + ")");
        out.paragraph("The clusterer of " + producer.label() + " (" + producer.contribution() + ", with the parameters"
                + " listed under Steps) clustered the first " + c.components() + " components for each k. Elbow: the"
                + " within-cluster sum of squares W_k. Silhouette: each film's (b − a)/max(a, b), a its mean distance"
                + " to its own cluster, b to the nearest other (Rousseeuw 1987). Gap statistic (Tibshirani, Walther and"
                + " Hastie 2001): the mean log W_k of " + c.references() + " reference data sets drawn uniformly in the"
                + " box spanned by the clustered components, minus log W_k, with s_k = sd·√(1 + 1/B). Stability: the"
                + " adjusted Rand index between the clustering and " + c.seeds() + " clusterings from other seeds, and"
                + " clusterings of " + c.bootstraps() + " bootstrap resamples of the films compared on the same films."
                + " Every random choice derives from the step's seed.");
        out.paragraph("Chosen: k = " + c.chosen() + ", by the rule: " + c.ruleText() + ". " + capital(c.why()) + ". "
                + (c.applied() ? "The cluster step used k = " + c.chosen() + " (chooseK; the command line's --k auto)."
                        : "The cluster step kept its own k (diagnoseK: diagnostics only)."));
        List<List<String>> rows = new ArrayList<>();
        for (KChoice.Candidate k : c.candidates()) {
            rows.add(List.of(k.k() + (k.k() == c.chosen() ? " (chosen)" : ""), Integer.toString(k.clusters()),
                    n(k.withinSumOfSquares()), n(k.silhouette()), n(k.gap()), n(k.gapSe()),
                    c.seeds() == 0 ? "" : n(k.seedAgreement()) + " (min " + n(k.seedAgreementMin()) + ")",
                    c.bootstraps() == 0 ? "" : n(k.bootstrapAgreement()) + " ± " + n(k.bootstrapAgreementSd())));
        }
        out.table(List.of("k", "clusters made", "W_k (SSE)", "mean silhouette", "Gap(k)", "s_k", "ARI, other seeds",
                "ARI, bootstrap"), rows);
        out.figure("k-choice", "Diagnostics of k", "W_k, mean silhouette, Gap(k) ± s_k and the adjusted Rand indices"
                + " for k = " + lo + "…" + hi + "; the grey line marks k = " + c.chosen() + ", chosen by " + c.rule()
                + ".", KChoiceCharts.diagnostics(c), 560, 620);
        out.figure("k-choice-silhouettes", "Silhouettes at k = " + c.chosen(), "Each film's silhouette width at the"
                + " chosen k, grouped by cluster and sorted; below zero a film sits closer to another cluster than to"
                + " its own. Dashed: the mean.", KChoiceCharts.silhouettes(c, c.chosen()), 560, 260);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
