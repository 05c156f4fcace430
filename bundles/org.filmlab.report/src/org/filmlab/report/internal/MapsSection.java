// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/**
 * Decision maps titled by what they show, and the process window only where the quality rule named a
 * good class; otherwise the plain reason there is none.
 */
public final class MapsSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        DecisionMaps map = (DecisionMaps) part;
        Study study = new Study(results);
        String type = producer.parts().stream().filter(p -> p.value() == part).map(ResultsReader.Part::type)
                .findFirst().orElse(Parts.DECISION_MAPS.name());
        // The standard maps predict the quality classes, in their colours, with the next experiments on them;
        // other maps (the paper's σN-only classes) have classes of their own, in greys.
        boolean quality = type.equals(Parts.DECISION_MAPS.name());
        out.title(map.title() + Steps.suffix(producer));
        HtmlSection html = (HtmlSection) out;
        String name = figureName(type);
        Optional<NextExperiments> next = quality ? results.first(Parts.NEXT_EXPERIMENTS) : Optional.empty();
        html.figure(MapFigures.decisionMaps(study, map, name, "Figure 4. " + map.title(),
                "The class the classifier predicts", quality, next));
        if (MapFigures.hasAgreement(map)) {
            html.figure(MapFigures.agreementMaps(study, map, name.replace("fig4-decision-maps", "fig4-cv-agreement"),
                    map.title() + ": agreement of the cross-validation models"));
        }
        if (!map.panel().isEmpty()) {
            Study.Column panel = study.column(map.panel());
            html.frames(name + "-level", map.title() + " per " + panel.symbol(), "One " + panel.symbol() + " level at a"
                    + " time: the predicted class, lighter where its probability is lower"
                    + (MapFigures.hasAgreement(map) ? ", beside the share of CV models that agree" : "")
                    + ". Move the slider, or play through the levels.",
                    panel.symbol(), MapFigures.decisionFrames(study, map, name + "-level", map.title(),
                            "The class the classifier predicts", quality, next),
                    map.panels().stream().map(p -> panel.symbol() + " = " + Html.level(p.level()) + " " + panel.unit()
                            + " (" + map.support(p).word() + ")").toList());
        }
        DecisionMaps.ProcessWindow w = map.window();
        if (w == null) {
            out.paragraph("No process window: " + map.noWindow());
            return;
        }
        window(out, study, map, w);
    }

    /** "all panels", or which extrapolated levels the overall figures leave out. */
    private static String overallPanels(Study study, DecisionMaps map) {
        List<String> extrapolated = map.extrapolatedLevels().stream().map(Html::level).toList();
        return extrapolated.isEmpty() ? "all panels" : "the measured and interpolated levels ("
                + study.column(map.panel()).symbol() + " = "
                + String.join(", ", extrapolated) + " lie beyond every level films were made at: extrapolated, left"
                + " out)";
    }

    /** "fig4-decision-maps" for the standard part, "fig4-decision-maps-sigma-only" for "sigmaOnlyDecisionMaps". */
    private static String figureName(String type) {
        String kebab = type.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String qualifier = kebab.replaceAll("-?decision-maps$", "");
        return "fig4-decision-maps" + (qualifier.isEmpty() ? "" : "-" + qualifier);
    }

    private static void window(ReportSection out, Study study, DecisionMaps map, DecisionMaps.ProcessWindow w) {
        Study.Column cx = study.column(map.x());
        Study.Column cy = study.column(map.y());
        out.heading("Process window: " + Study.labelled(w.windowClass(), map.labels()));
        out.paragraph("The window is where the classifier predicts " + Study.labelled(w.windowClass(), map.labels())
                + ", good by the workflow's rule: " + w.criterion() + ". Grid points predicted that class: " + w.points()
                + " over " + overallPanels(study, map) + ". Overall " + cx.symbol() + " = " + Html.number(w.xMean(), 4) + " ± "
                + Html.number(w.xSd(), 3) + " " + cx.unit() + ", " + cy.symbol() + " = " + Html.number(w.yMean(), 4)
                + " ± " + Html.number(w.ySd(), 3) + " " + cy.unit() + " (mean ± sd).");
        List<List<String>> rows = new ArrayList<>();
        for (DecisionMaps.PanelWindow p : w.panels()) {
            boolean any = p.points() > 0;
            rows.add(List.of(Html.level(p.level()), map.support(p).word(),
                    Html.number(100 * p.fraction(), 3) + " %",
                    any ? Html.number(p.xMin(), 4) + " – " + Html.number(p.xMax(), 4) : "none",
                    any ? Html.number(p.yMin(), 4) + " – " + Html.number(p.yMax(), 4) : "none",
                    any ? Html.number(p.robustX(), 4) + ", " + Html.number(p.robustY(), 4) : "",
                    any ? (p.robustInside() ? "inside" : "outside (no window point inside)") : "",
                    any ? Html.number(p.robustDistance(), 3) : "", any ? Html.number(p.robustMargin(), 3) : ""));
        }
        if (!w.robustRule().isEmpty()) {
            out.paragraph("The most robust recipe at each level: " + w.robustRule() + ".");
        }
        out.table(List.of(study.column(map.panel()).axisLabel(), "level", "share of the map", cx.axisLabel() + " range",
                cy.axisLabel() + " range", "most robust (" + cx.symbol() + ", " + cy.symbol() + ")",
                "measured region", "distance to another class or the region's edge (grid-range units)",
                "classifier margin there"), rows);
    }
}
