// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.filmlab.core.workflow.ResultsReader;

/**
 * The self-contained report.html: inline CSS, figures as PNG data URIs (the SVG files sit beside it
 * for print) and the sliders' frames as SVG data URIs, no external request. One inline script turns each series of frames (a map per P%) into
 * a slider with a play button; without scripts every frame shows. Every text from results.json is escaped.
 */
final class HtmlReport {

    private static final String CSS = """
            body{font-family:sans-serif;max-width:1100px;margin:1.5em auto;padding:0 1em;color:#222;line-height:1.4}
            h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            .synthetic{background:#b00020;color:#fff;padding:.8em 1em;font-weight:bold;font-size:1.1em;border-radius:4px}
            table{border-collapse:collapse;margin:.8em 0;font-size:.92em}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f2f2f2}
            figure{margin:1.5em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            .figs{display:flex;flex-wrap:wrap;gap:0 1.5em}.figs figure{flex:1 1 420px;max-width:540px}
            figcaption{font-size:.92em;color:#333}code{font-size:.9em}.note{color:#555;font-size:.9em}
            .frames{margin:1.5em 0}.frames-all{display:flex;flex-wrap:wrap;gap:0 1em}.frames-all figure{margin:.4em 0}
            .frames-controls{display:flex;align-items:center;gap:.8em;margin:.4em 0}.frames-controls input{flex:0 1 22em}
            .frames.js .frame{display:none}.frames.js .frame.on{display:block}
            """;

    /**
     * Each series of frames becomes a slider and a play button; the report reads whole without it.
     * Frames step every 0.8 s when playing, as the paper's movies of the property maps do per P%.
     */
    private static final String SCRIPT = """
            document.querySelectorAll('.frames').forEach(function (series) {
              var frames = series.querySelectorAll('.frame'), controls = series.querySelector('.frames-controls');
              var slider = controls.querySelector('input'), label = controls.querySelector('output');
              var play = controls.querySelector('button'), timer = null;
              function show(i) {
                frames.forEach(function (f, j) { f.classList.toggle('on', j === i); });
                slider.value = i;
                label.textContent = frames[i].getAttribute('data-label');
              }
              series.classList.add('js');
              controls.hidden = false;
              show(0);
              slider.addEventListener('input', function () { show(Number(slider.value)); });
              play.addEventListener('click', function () {
                if (timer) {
                  clearInterval(timer);
                  timer = null;
                  play.textContent = 'Play';
                } else {
                  timer = setInterval(function () { show((Number(slider.value) + 1) % frames.length); }, 800);
                  play.textContent = 'Pause';
                }
              });
            });
            """;

    private final Study study;
    private final Node root;
    private final Images images;
    private final StringBuilder out = new StringBuilder(1 << 16);
    /**
     * The document so far: its text, and at each figure the figure's image, which is written in base64
     * straight into the file. Held as text, the 6 MB of base64 would be copied five times over (the
     * builder grows, holds it as UTF-16 since the document is not all Latin-1, becomes a string and
     * then UTF-8): an eighth of the report's garbage on the sample.
     */
    private final List<Object> parts = new ArrayList<>();

    private HtmlReport(Study study, Images images) {
        this.study = study;
        this.root = study.root();
        this.images = images;
    }

    /**
     * Writes the document, UTF-8, to {@code file}.
     *
     * @param images each figure's PNG and each frame's SVG, asked for in the document's order as it is
     *        written
     */
    static void write(Study study, List<HtmlSection> sections, Images images, List<String> skipped, Path file)
            throws IOException {
        HtmlReport r = new HtmlReport(study, images);
        r.document(sections, skipped);
        r.parts.add(r.out.toString());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (Object part : r.parts) {
                o.write(part instanceof Image image ? Base64.getEncoder().encode(images.of(image.figure()))
                        : ((String) part).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The bytes of a figure's image, once it is drawn. */
    @FunctionalInterface
    interface Images {
        byte[] of(String figure) throws IOException;
    }

    /** Where a figure's image goes in the document. */
    private record Image(String figure) {
    }

    /** The figure's image as a data URI's base64, in its place. */
    private void image(String figure) {
        parts.add(out.toString());
        out.setLength(0);
        parts.add(new Image(figure));
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    private void document(List<HtmlSection> sections, List<String> skipped) {
        Node workflow = root.get("provenance").get("workflow");
        String name = workflow.find("name").map(Node::text).orElse(workflow.find("id").map(Node::text).orElse("workflow"));
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>FilmLab report: ").append(e(name)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>FilmLab report: ").append(e(name)).append("</h1>\n");
        if (root.has("synthetic") && root.get("synthetic").bool()) {
            out.append("<p class=\"synthetic\" id=\"synthetic-banner\">SYNTHETIC DATA: these films were generated by a "
                    + "program, not measured. No conclusion about real films may be drawn from this report.</p>\n");
        }
        data();
        steps();
        for (HtmlSection section : sections) {
            for (HtmlSection.Block b : section.blocks()) {
                if (b instanceof HtmlSection.Text t) {
                    out.append(t.html());
                } else if (b instanceof HtmlSection.Fig f) {
                    figure(f.figure());
                } else if (b instanceof HtmlSection.Frames f) {
                    frames(f);
                    scripted = true;
                }
            }
        }
        provenance();
        if (!skipped.isEmpty()) {
            out.append("<h2 id=\"not-drawn\">Figures not drawn</h2>\n<ul>\n");
            skipped.forEach(s -> out.append("<li>").append(e(s)).append("</li>\n"));
            out.append("</ul>\n");
        }
        if (scripted) {
            out.append("<script>\n").append(SCRIPT).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
    }

    /** Whether a series of frames needs the slider's script. */
    private boolean scripted;

    private void frames(HtmlSection.Frames f) {
        int n = f.figures().size();
        out.append("<div class=\"frames\" id=\"").append(e(f.name())).append("\">\n<p><b>").append(e(f.title()))
                .append(".</b> ").append(e(f.caption())).append("</p>\n")
                .append("<div class=\"frames-controls\" hidden><button type=\"button\">Play</button>")
                .append("<input type=\"range\" min=\"0\" max=\"").append(n - 1).append("\" step=\"1\" value=\"0\" ")
                .append("aria-label=\"").append(e(f.slider())).append("\"><output></output></div>\n")
                .append("<div class=\"frames-all\">\n");
        for (int i = 0; i < n; i++) {
            Figure fig = f.figures().get(i);
            out.append("<figure class=\"frame\" id=\"").append(e(fig.name())).append("\" data-label=\"")
                    .append(e(f.labels().get(i))).append("\">\n<img alt=\"").append(e(fig.title()))
                    .append("\" width=\"").append(fig.width()).append("\" height=\"").append(fig.height())
                    .append("\" src=\"data:image/svg+xml;base64,");
            image(fig.name());
            out.append("\">\n<figcaption>").append(e(f.labels().get(i))).append(" <span class=\"note\">File: <code>figures/")
                    .append(e(fig.name())).append(".svg</code>.</span></figcaption>\n</figure>\n");
        }
        out.append("</div>\n</div>\n");
    }

    private void figure(Figure f) {
        out.append("<figure id=\"").append(e(f.name())).append("\">\n<img alt=\"").append(e(f.title()))
                .append("\" width=\"").append(f.width()).append("\" height=\"").append(f.height())
                .append("\" src=\"data:image/png;base64,");
        image(f.name());
        out.append("\">\n<figcaption><b>").append(e(f.title())).append(".</b> ").append(e(f.caption()))
                .append(" <span class=\"note\">Files: <code>figures/").append(e(f.name())).append(".svg</code>, <code>figures/")
                .append(e(f.name())).append(".png</code>.</span></figcaption>\n</figure>\n");
    }

    private void table(String id, List<String> header, List<List<String>> rows, boolean[] numeric) {
        out.append("<table id=\"").append(id).append("\">\n<tr>");
        header.forEach(h -> out.append("<th>").append(e(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                boolean n = numeric != null && i < numeric.length && numeric[i];
                out.append(n ? "<td class=\"n\">" : "<td>").append(e(row.get(i))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static boolean[] numericFrom(int first, int count) {
        boolean[] b = new boolean[count];
        Arrays.fill(b, first, count, true);
        return b;
    }

    private void notes(Optional<Node> notes) {
        notes.ifPresent(n -> {
            out.append("<ul class=\"note\">\n");
            n.texts().forEach(t -> out.append("<li>").append(e(t)).append("</li>\n"));
            out.append("</ul>\n");
        });
    }

    private void data() {
        Node data = root.get("data");
        out.append("<h2 id=\"data\">Data</h2>\n<p>File <code>").append(e(data.get("file").text())).append("</code>, ")
                .append(data.get("rows").integer()).append(" films (rows).</p>\n");
        notes(data.find("notes"));
        List<List<String>> rows = new ArrayList<>();
        for (Study.Column c : study.columns()) {
            double[] v = study.values(c.key());
            double[] sorted = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
            String min = sorted.length == 0 ? "" : Html.number(sorted[0], 4);
            String median = sorted.length == 0 ? "" : Html.number(median(sorted), 4);
            String max = sorted.length == 0 ? "" : Html.number(sorted[sorted.length - 1], 4);
            rows.add(List.of(c.header(), c.symbol(), c.role(), c.unit(), min, median, max));
        }
        table("data-columns", List.of("column", "symbol", "role", "unit", "min", "median", "max"), rows,
                numericFrom(4, 7));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String values(Optional<Node> object) {
        if (object.isEmpty() || !object.get().json().isObject()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String k : object.get().keys()) {
            parts.add(k + " = " + object.get().json().get(k).toString().replace("\"", ""));
        }
        return String.join("; ", parts);
    }

    /** Every step with what ran and whether it ran; a skipped step with why. */
    private void steps() {
        out.append("<h2 id=\"steps\">Steps</h2>\n");
        root.get("provenance").get("workflow").find("cites")
                .ifPresent(c -> out.append("<p>Cites: ").append(e(c.text())).append("</p>\n"));
        List<List<String>> rows = new ArrayList<>();
        for (ResultsReader.Step s : study.results().steps()) {
            rows.add(List.of(Integer.toString(s.index() + 1), s.stepName() + " (" + s.step() + ")",
                    s.contribution().isEmpty() ? "" : Steps.algorithm(s), s.ran() ? "ran" : "skipped: " + s.reason(),
                    String.join(", ", s.parts().stream().map(ResultsReader.Part::type).toList())));
        }
        table("workflow-steps", List.of("#", "step", "algorithm", "status", "parts"), rows, null);
        List<List<String>> provenance = new ArrayList<>();
        for (Node s : root.get("provenance").get("steps").items()) {
            provenance.add(List.of(Integer.toString(s.get("index").integer() + 1), s.get("step").text(),
                    s.get("contribution").text(), s.get("bundle").text() + " " + s.get("version").text(),
                    s.find("seed").map(x -> Long.toString(x.longInteger())).orElse(""), values(s.find("params")),
                    values(s.find("settings"))));
        }
        table("workflow-provenance", List.of("#", "step", "contribution", "bundle", "seed", "parameters", "settings"),
                provenance, null);
    }

    private void provenance() {
        Node p = root.get("provenance");
        Node w = p.get("workflow");
        out.append("<h2 id=\"provenance\">Provenance</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("workflow", w.find("id").map(Node::text).orElse("") + " "
                + w.find("version").map(Node::text).orElse("")));
        rows.add(List.of("seed", Long.toString(p.get("seed").longInteger())));
        rows.add(List.of("input file", p.get("input").get("file").text()));
        rows.add(List.of("input SHA-256", p.get("input").get("sha256").text()));
        rows.add(List.of("results format", root.find("format").map(Node::text).orElse("")));
        table("provenance-run", List.of("item", "value"), rows, null);
        List<List<String>> bundles = new ArrayList<>();
        Node b = p.get("bundles");
        for (String k : b.keys()) {
            bundles.add(List.of(k, b.get(k).text()));
        }
        // The renderer too, since `filmlab report --from` may redraw an old run with a newer report bundle.
        org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(HtmlReport.class);
        if (self != null) {
            bundles.add(List.of(self.getSymbolicName() + " (this report)", self.getVersion().toString()));
        }
        table("provenance-bundles", List.of("bundle", "version"), bundles, null);
    }
}
