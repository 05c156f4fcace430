// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.DataLabels;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** The recipes to make next, with the suggester that chose them and why each one. */
public final class NextExperimentsSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        NextExperiments next = (NextExperiments) part;
        DataLabels labels = DataLabels.of(results);
        // Results written before suggesters name none of these: their section says less, not something wrong.
        out.title(next.suggester().isEmpty() ? "Next experiments"
                : "Next experiments (" + next.suggesterName() + ", " + next.suggester() + ")");
        if (next.goodClass() > 0) {
            out.paragraph(String.format(Locale.ROOT, "%d recipes chosen from %d candidate recipes not made yet: %s."
                    + " Good is class %d: %s. P(good) is the classifier's probability that a film made there falls in"
                    + " class %d; \"CV models against\" is the share of its cross-validation models voting against"
                    + " their majority. Make them, add the films to the data under the same column headers, and run"
                    + " again.", next.recipes().size(), next.candidates(), next.method(), next.goodClass(),
                    next.criterion(), next.goodClass()));
        }
        List<String> properties = new ArrayList<>();
        next.recipes().forEach(r -> r.predicted().keySet().forEach(k -> {
            if (!properties.contains(k)) {
                properties.add(k);
            }
        }));
        List<String> header = new ArrayList<>();
        next.features().forEach(f -> header.add(labels.axis(f)));
        header.addAll(List.of("predicted class", "P(good)", "CV models against"));
        properties.forEach(p -> header.add("predicted " + labels.axis(p)));
        header.addAll(List.of("acquisition", "why"));
        List<List<String>> rows = new ArrayList<>();
        for (NextExperiment r : next.recipes()) {
            List<String> row = new ArrayList<>();
            next.features().forEach(f -> row.add(r.recipe().containsKey(f) ? number(r.recipe().get(f)) : ""));
            row.add(Integer.toString(r.predictedClass()));
            row.add(String.format(Locale.ROOT, "%.2f", r.goodProbability()));
            row.add(String.format(Locale.ROOT, "%.0f %%", 100 * r.disagreement()));
            for (String p : properties) {
                NextExperiment.Estimate e = r.predicted().get(p);
                row.add(e == null ? "" : String.format(Locale.ROOT, "%.3g ± %.2g", e.value(), e.sd()));
            }
            row.add(String.format(Locale.ROOT, "%.3g", r.acquisition()));
            row.add(r.why());
            rows.add(row);
        }
        out.table(header, rows);
    }

    /** A number's zeros after its last significant decimal digit, then a point left last (compiled once). */
    private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\.\\d*?)0+$");
    private static final Pattern TRAILING_POINT = Pattern.compile("\\.$");

    private static String number(double v) {
        return TRAILING_POINT.matcher(TRAILING_ZEROS.matcher(String.format(Locale.ROOT, "%.4g", v)).replaceAll("$1"))
                .replaceAll("");
    }
}
