// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.Partition;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** The quality classes: the clusterer and rule that made them, which are good and why, box plots. */
public final class ClassesSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        QualityClasses classes = (QualityClasses) part;
        Study study = new Study(results);
        out.title("Quality classes");
        Optional<Partition> partition = results.first(Parts.PARTITION);
        String clusterer = partition.flatMap(results::producerOf).map(Steps::algorithm).orElse("the clusterer");
        out.paragraph(classes.count() + " classes from the clusters of " + clusterer
                + partition.map(p -> " on the first " + p.components() + " components").orElse("")
                + ", named by " + (producer.contribution().isEmpty() ? "the step “" + producer.stepName() + "”"
                        : Steps.algorithm(producer)) + " (naming: " + classes.naming() + ").");
        String criterion = classes.criterion().endsWith(".") ? classes.criterion() : classes.criterion() + ".";
        out.paragraph(classes.goodClasses().isEmpty() ? "No class is good by the workflow's rule: " + criterion
                : "Good by the workflow's rule: " + String.join(", ", classes.goodClasses().stream()
                        .map(study::classLabel).toList()) + ". Rule: " + criterion);
        List<Study.Column> columns = study.columns();
        List<String> header = new ArrayList<>(List.of("class", "label", "good", "films"));
        columns.forEach(c -> header.add("median " + c.axisLabel()));
        List<List<String>> rows = new ArrayList<>();
        for (int c = 1; c <= classes.count(); c++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(c), classes.labels().size() >= c
                    ? classes.labels().get(c - 1) : "", classes.goodClasses().contains(c) ? "yes" : "no",
                    Integer.toString(classes.sizes()[c - 1])));
            for (Study.Column col : columns) {
                double[] m = classes.medians().get(col.key());
                row.add(m == null || m.length < c ? "" : Html.number(m[c - 1], 4));
            }
            rows.add(row);
        }
        out.table(header, rows);
        List<Study.Column> properties = new ArrayList<>(study.columns("property"));
        // The paper's Figure 2c and 2d first, then the other properties in column order.
        properties.sort((a, b) -> Integer.compare(rank(a.key()), rank(b.key())));
        properties.forEach(p -> ((HtmlSection) out).figure(BoxPlots.boxPlot(study, p)));
    }

    private static int rank(String key) {
        return switch (key) {
            case "sigmaN" -> 0;
            case "RD" -> 1;
            default -> 2;
        };
    }
}
