// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** A reduction: titled by the reducer that ran, its explained variance, loadings and scores (Figure 2a, 2b). */
public final class ReductionSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        Reduction r = (Reduction) part;
        String reducer = Steps.algorithm(producer);
        out.title("Reduction: " + reducer);
        List<List<String>> rows = new ArrayList<>();
        double cumulative = 0;
        for (int i = 0; i < r.components().size(); i++) {
            cumulative += r.explainedVariance()[i];
            rows.add(List.of(r.components().get(i), Html.number(100 * r.explainedVariance()[i], 3) + " %",
                    Html.number(100 * cumulative, 3) + " %"));
        }
        out.table(List.of("component", "explained variance", "cumulative"), rows);
        if (r.components().size() < 2) {
            out.notDrawn("fig2a-correlation-circle", "the reduction has fewer than two components");
            return;
        }
        Study study = new Study(results);
        HtmlSection html = (HtmlSection) out;
        html.figure(PcaFigures.correlationCircle(study, r, reducer));
        html.figure(PcaFigures.scores(study, r, reducer));
    }
}
