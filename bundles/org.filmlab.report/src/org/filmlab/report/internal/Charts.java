// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGHints;

/** The house look of the report's charts, and small multiples drawn as SVG groups. */
public final class Charts {

    public static final Font TITLE = new Font("SansSerif", Font.BOLD, 13);
    public static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 11);
    public static final Font LABEL = new Font("SansSerif", Font.PLAIN, 12);
    public static final Font TICK = new Font("SansSerif", Font.PLAIN, 10);
    public static final Font NOTE = new Font("SansSerif", Font.PLAIN, 10);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** Height of one legend line below small multiples, in points. */
    public static final int LEGEND_LINE = 22;
    /**
     * The most films a scatter of films draws. Beyond it, every k-th film (by row) stands for all,
     * with k the smallest stride that keeps the dots under this number: at 10^5 films the scores
     * alone made a 65 MB SVG that no browser shows, and a dot per film no longer tells more than a
     * sample does. Statistics, centroids and surfaces still use every film; captions say so.
     */
    public static final int MOST_DOTS = 5000;

    private Charts() {
    }

    /** 1 when every one of {@code films} is drawn, else k: only rows 0, k, 2k, ... are. */
    public static int dotStride(int films) {
        return films <= MOST_DOTS ? 1 : (films + MOST_DOTS - 1) / MOST_DOTS;
    }

    /** What a caption says about {@link #dotStride}: nothing when every film is drawn. */
    public static String dotStrideNote(int films) {
        int k = dotStride(films);
        return k == 1 ? "" : " Dots show one film in " + k + " of the " + films + " (rows 1, " + (k + 1) + ", "
                + (2 * k + 1) + ", ...; at most " + MOST_DOTS + ") so that the figure stays readable; every film counts"
                + " in what is computed.";
    }

    /** A chart with the house fonts and a white background; the legend is kept only when asked. */
    public static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(SUBTITLE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            style(xy.getDomainAxis());
            style(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(GRID);
            cp.getDomainAxis().setLabelFont(LABEL);
            cp.getDomainAxis().setTickLabelFont(TICK);
            style(cp.getRangeAxis());
        }
        return chart;
    }

    public static void subtitle(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, SUBTITLE);
        chart.addSubtitle(t);
    }

    public static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        style(a);
        return a;
    }

    private static void style(ValueAxis a) {
        if (a != null) {
            a.setLabelFont(LABEL);
            a.setTickLabelFont(TICK);
        }
    }

    public static Shape dot(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }

    /**
     * Opens an SVG group with this id; a raster Graphics2D keeps the hint and ignores it. Group ids
     * let tests (and readers of the SVG) find panels, arrows and boxes.
     */
    public static void beginGroup(Graphics2D g2, String id) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
    }

    public static void endGroup(Graphics2D g2) {
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, "end");
    }

    /** One entry of a figure-level legend: a shape centred on (0, 0), about 12 points wide, its fill and text. */
    public record Swatch(Color colour, String text, Shape shape) {

        static Swatch square(Color colour, String text) {
            return new Swatch(colour, text, new Rectangle2D.Double(-7, -6, 14, 12));
        }

        static Swatch dot(Color colour, String text) {
            return new Swatch(colour, text, new Ellipse2D.Double(-6, -6, 12, 12));
        }
    }

    /** A five-pointed star of the given outer radius, centred on (0, 0). */
    public static Shape star(double radius) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                p.moveTo(r * Math.cos(a), r * Math.sin(a));
            } else {
                p.lineTo(r * Math.cos(a), r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    /**
     * Small multiples: the panels in a grid of {@code columns}, each inside a group with its id, and
     * below them a legend of {@link #LEGEND_LINE} points per line, one line per list of swatches.
     */
    public static Figure.Drawing grid(List<JFreeChart> panels, List<String> ids, int columns,
            List<List<Swatch>> legend) {
        return (g2, area) -> {
            double legendHeight = legend.size() * LEGEND_LINE;
            int rowsOfPanels = (panels.size() + columns - 1) / columns;
            double w = area.getWidth() / columns;
            double h = (area.getHeight() - legendHeight) / rowsOfPanels;
            for (int i = 0; i < panels.size(); i++) {
                Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % columns) * w,
                        area.getY() + (i / columns) * h, w, h);
                beginGroup(g2, ids.get(i));
                panels.get(i).draw(g2, cell);
                endGroup(g2);
            }
            for (int line = 0; line < legend.size(); line++) {
                drawLegend(g2, legend.get(line), area.getX(), area.getMaxY() - legendHeight + line * LEGEND_LINE,
                        area.getWidth(), LEGEND_LINE);
            }
        };
    }

    private static void drawLegend(Graphics2D g2, List<Swatch> legend, double x, double y, double width,
            double height) {
        g2.setFont(SUBTITLE);
        FontMetrics fm = g2.getFontMetrics();
        double total = 0;
        for (Swatch s : legend) {
            total += 14 + 4 + fm.stringWidth(s.text()) + 18;
        }
        double cx = x + Math.max(4, (width - total) / 2);
        double mid = y + height / 2;
        for (Swatch s : legend) {
            Shape swatch = java.awt.geom.AffineTransform.getTranslateInstance(cx + 7, mid).createTransformedShape(s.shape());
            g2.setPaint(s.colour());
            g2.fill(swatch);
            g2.setPaint(Color.DARK_GRAY);
            g2.setStroke(new BasicStroke(0.5f));
            g2.draw(swatch);
            g2.setPaint(Color.BLACK);
            g2.drawString(s.text(), (float) (cx + 18), (float) (mid + fm.getAscent() / 2.0 - 1));
            cx += 14 + 4 + fm.stringWidth(s.text()) + 18;
        }
    }
}
