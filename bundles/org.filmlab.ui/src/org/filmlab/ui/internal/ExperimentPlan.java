// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.filmlab.core.workflow.ResultsWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The "Next experiments" list: films picked on the decision maps, in the order picked. Part of the
 * {@link Session}, so it is read and changed on the UI thread only. It outlives runs and restarts: a
 * plan is the user's, not the run's, so every change is written to a file at once (a few hundred
 * bytes), and a crash loses nothing.
 */
final class ExperimentPlan {

    /** Bumped when a field changes meaning; a file of another version is not read as this one. */
    private static final int VERSION = 1;

    private final Path file;
    private final List<PlannedExperiment> planned = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** @param file where the plan is kept; read now if it exists */
    ExperimentPlan(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                planned.addAll(read(new ObjectMapper().readTree(file.toFile())));
            } catch (IOException | RuntimeException e) {
                // The list is a convenience the user can rebuild; an unreadable file must not stop the desktop.
                ILog.of(ExperimentPlan.class).log(Status.warning("the next experiments in " + file
                        + " cannot be read; the list starts empty: " + e.getMessage(), e));
            }
        }
    }

    List<PlannedExperiment> list() {
        return List.copyOf(planned);
    }

    void add(PlannedExperiment e) {
        planned.add(e);
        changed();
    }

    void remove(int index) {
        planned.remove(index);
        changed();
    }

    void clear() {
        planned.clear();
        changed();
    }

    /** Replaces the list with a project's (opening it). */
    void replaceAll(List<PlannedExperiment> films) {
        planned.clear();
        planned.addAll(films);
        changed();
    }

    void addListener(Runnable l) {
        listeners.add(l);
    }

    void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void changed() {
        store();
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }

    /**
     * The plan as CSV (RFC 4180, UTF-8, "\n" line ends): a header naming the conditions by key, then
     * one line per film with the conditions, the predicted class, its label, the margin, and where the
     * film came from (empty for a point clicked on a map; the suggester and run for a suggestion).
     */
    String csv() {
        StringBuilder out = new StringBuilder();
        if (planned.isEmpty()) {
            out.append("panel,x,y,predictedClass,classLabel,margin,levelMeasured,dataset,origin\n");
            return out.toString();
        }
        PlannedExperiment first = planned.get(0);
        List<String> header = new ArrayList<>();
        if (!first.panel().isEmpty()) {
            header.add(first.panel());
        }
        header.add(first.x());
        header.add(first.y());
        header.add("predictedClass");
        header.add("classLabel");
        header.add("margin");
        header.add("levelMeasured");
        header.add("dataset");
        header.add("origin");
        out.append(String.join(",", header.stream().map(ExperimentPlan::field).toList())).append('\n');
        for (PlannedExperiment e : planned) {
            List<String> row = new ArrayList<>();
            if (!first.panel().isEmpty()) {
                row.add(number(e.level()));
            }
            row.add(number(e.xValue()));
            row.add(number(e.yValue()));
            row.add(Integer.toString(e.predictedClass()));
            row.add(field(e.classLabel()));
            row.add(String.format(Locale.ROOT, "%.6f", e.margin()));
            row.add(Boolean.toString(e.measured()));
            row.add(field(e.dataset()));
            row.add(field(e.origin()));
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    void exportCsv(Path file) throws IOException {
        String text = csv();
        ResultsWriter.writeFile(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A plan as the JSON it is kept in (and a project stores). */
    static ObjectNode toJson(List<PlannedExperiment> planned) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("version", VERSION);
        ArrayNode films = root.putArray("planned");
        for (PlannedExperiment e : planned) {
            films.addObject().put("dataset", e.dataset()).put("panel", e.panel()).put("level", e.level())
                    .put("measured", e.measured()).put("x", e.x()).put("xValue", e.xValue()).put("y", e.y())
                    .put("yValue", e.yValue()).put("predictedClass", e.predictedClass())
                    .put("classLabel", e.classLabel()).put("margin", e.margin()).put("origin", e.origin());
        }
        return root;
    }

    private void store() {
        ObjectNode root = toJson(planned);
        try {
            ResultsWriter.writeFile(file, out -> ResultsWriter.writeJson(root, out));
        } catch (IOException e) {
            ILog.of(ExperimentPlan.class).log(Status.warning("the next experiments cannot be kept in " + file
                    + "; they will be lost at exit unless exported: " + e.getMessage(), e));
        }
    }

    /** Reads what {@link #toJson} wrote. */
    static List<PlannedExperiment> read(JsonNode root) throws IOException {
        if (root.path("version").asInt() != VERSION) {
            throw new IOException("version " + root.path("version") + ", not " + VERSION);
        }
        List<PlannedExperiment> out = new ArrayList<>();
        for (JsonNode f : root.path("planned")) {
            out.add(new PlannedExperiment(f.required("dataset").asText(), f.required("panel").asText(),
                    f.required("level").asDouble(), f.required("measured").asBoolean(), f.required("x").asText(),
                    f.required("xValue").asDouble(), f.required("y").asText(), f.required("yValue").asDouble(),
                    f.required("predictedClass").asInt(), f.required("classLabel").asText(),
                    f.required("margin").asDouble(), f.path("origin").asText("")));
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String field(String s) {
        return s.matches(".*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
