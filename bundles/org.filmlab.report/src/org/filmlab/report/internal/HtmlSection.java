// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.filmlab.report.sections.ReportSection;
import org.jfree.chart.JFreeChart;

/**
 * One section of report.html as it is written: HTML text and the figures between it. Figures are
 * drawn only after every section is written, all at once, so a section never waits for a chart.
 */
public final class HtmlSection implements ReportSection {

    /** A piece of the section: HTML, or a figure to draw there. */
    sealed interface Block permits Text, Fig, Frames {
    }

    /**
     * Figures shown one at a time under a slider (and played as an animation), all of them without scripts.
     *
     * @param name the series' id in the HTML
     * @param labels each frame's label, by figure
     */
    record Frames(String name, String title, String caption, String slider, List<Figure> figures,
            List<String> labels) implements Block {
    }

    record Text(String html) implements Block {
    }

    record Fig(Figure figure) implements Block {
    }

    private final String anchor;
    private final Set<String> figureNames;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> notDrawn = new ArrayList<>();

    /**
     * @param anchor the id of the section's title in the HTML
     * @param figureNames the names of the report's figures so far, shared by all sections, to keep files apart
     */
    HtmlSection(String anchor, Set<String> figureNames) {
        this.anchor = anchor;
        this.figureNames = figureNames;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<String> notDrawn() {
        return notDrawn;
    }

    private void html(String s) {
        blocks.add(new Text(s));
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    @Override
    public void title(String text) {
        html("<h2 id=\"" + Html.id(anchor) + "\">" + e(text) + "</h2>\n");
    }

    @Override
    public void heading(String text) {
        html("<h3>" + e(text) + "</h3>\n");
    }

    @Override
    public void paragraph(String text) {
        html("<p>" + e(text) + "</p>\n");
    }

    /** A remark in small print: what a reader needs to know but is not a result. */
    public void note(String text) {
        html("<p class=\"note\">" + e(text) + "</p>\n");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table>\n<tr>");
        header.forEach(h -> out.append("<th>").append(e(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append(Html.isNumber(cell) ? "<td class=\"n\">" : "<td>").append(e(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        html(out.append("</table>\n").toString());
    }

    @Override
    public void figure(String name, String title, String caption, JFreeChart chart, int width, int height) {
        figure(new Figure(name, title, caption, width, height, chart::draw));
    }

    /** A figure drawn by the report's own code (small multiples that are no single chart). */
    public void figure(Figure f) {
        String name = Html.id(f.name());
        for (int n = 2; !figureNames.add(name); n++) {
            name = Html.id(f.name()) + "-" + n;
        }
        blocks.add(new Fig(new Figure(name, f.title(), f.caption(), f.width(), f.height(), f.drawing())));
    }

    @Override
    public void frames(String name, String title, String caption, String slider, List<Frame> frames, int width,
            int height) {
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            JFreeChart chart = frames.get(i).chart();
            figures.add(new Figure(name + "-" + (i + 1), title + " (" + frames.get(i).label() + ")", caption, width,
                    height, chart::draw));
        }
        frames(name, title, caption, slider, figures, frames.stream().map(Frame::label).toList());
    }

    /** Figures drawn by the report's own code, as a slider series (see {@link #frames(String, String, String, String, List, int, int)}). */
    public void frames(String name, String title, String caption, String slider, List<Figure> figures,
            List<String> labels) {
        String series = Html.id(name);
        for (int n = 2; !figureNames.add(series + "-series"); n++) {
            series = Html.id(name) + "-" + n;
        }
        List<Figure> named = new ArrayList<>();
        for (Figure f : figures) {
            String id = Html.id(f.name());
            for (int n = 2; !figureNames.add(id); n++) {
                id = Html.id(f.name()) + "-" + n;
            }
            named.add(new Figure(id, f.title(), f.caption(), f.width(), f.height(), f.drawing()));
        }
        blocks.add(new Frames(series, title, caption, slider, named, List.copyOf(labels)));
    }

    @Override
    public void notDrawn(String name, String why) {
        notDrawn.add(name + " not drawn: " + why + ".");
    }
}
