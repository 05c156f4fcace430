// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** Any statistical test: its title, one row per term with every statistic it reports, its notes. */
public final class TestSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        TestResult t = (TestResult) part;
        Study study = new Study(results);
        out.title("Test: " + t.title());
        out.paragraph("Computed by " + Steps.algorithm(producer) + " in step " + (producer.index() + 1) + ".");
        Set<String> statistics = new LinkedHashSet<>();
        t.rows().forEach(r -> statistics.addAll(r.statistics().keySet()));
        List<String> header = new ArrayList<>(List.of("term"));
        statistics.forEach(st -> header.add(TestResult.symbol(st)));
        List<List<String>> rows = new ArrayList<>();
        for (TestResult.Row r : t.rows()) {
            List<String> row = new ArrayList<>(List.of(term(study, r.term())));
            for (String s : statistics) {
                Double v = r.statistics().get(s);
                row.add(v == null ? "" : s.equals("p") ? Html.p(v) : Html.number(v, 4));
            }
            rows.add(row);
        }
        out.table(header, rows);
        t.notes().forEach(n -> ((HtmlSection) out).note(n));
    }

    /** "XB×LS" as "X:B × L:S": each factor by its symbol. */
    private static String term(Study study, String term) {
        List<String> parts = new ArrayList<>();
        for (String factor : term.split("×")) {
            parts.add(study.findColumn(factor.trim()).map(Study.Column::symbol).orElse(factor.trim()));
        }
        return String.join(" × ", parts);
    }
}
