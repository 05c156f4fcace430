// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** Recipes worth making next, with the step that proposed them. */
public final class NextExperimentsSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        NextExperiments next = (NextExperiments) part;
        Study study = new Study(results);
        out.title("Next experiments" + Steps.suffix(producer));
        out.paragraph("Recipes the classifier is least sure of, spread apart: measuring these films teaches the model "
                + "most. They are also marked on the decision maps.");
        List<String> header = new ArrayList<>();
        next.features().forEach(f -> header.add(study.column(f).axisLabel()));
        header.addAll(List.of("predicted class", "classifier margin", "CV models disagreeing"));
        List<List<String>> rows = new ArrayList<>();
        for (NextExperiment r : next.recipes()) {
            List<String> row = new ArrayList<>();
            next.features().forEach(f -> row.add(r.recipe().containsKey(f) ? Html.number(r.recipe().get(f), 4) : ""));
            row.add(Integer.toString(r.predictedClass()));
            row.add(Html.number(r.margin(), 3));
            row.add(Html.number(100 * r.disagreement(), 3) + " %");
            rows.add(row);
        }
        out.table(header, rows);
    }
}
