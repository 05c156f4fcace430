// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Next experiments" list: films picked on the decision maps, in the order picked. Part of the
 * {@link Session}, so it is read and changed on the UI thread only. It outlives runs: a plan is the
 * user's, not the run's.
 */
final class ExperimentPlan {

    private final List<PlannedExperiment> planned = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

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

    void addListener(Runnable l) {
        listeners.add(l);
    }

    void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void changed() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }

    /**
     * The plan as CSV (RFC 4180, UTF-8, "\n" line ends): a header naming the conditions by key, then
     * one line per film with the conditions, the predicted class, its label and the margin.
     */
    String csv() {
        StringBuilder out = new StringBuilder();
        if (planned.isEmpty()) {
            out.append("panel,x,y,predictedClass,classLabel,margin\n");
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
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    void exportCsv(Path file) throws IOException {
        Files.writeString(file, csv(), StandardCharsets.UTF_8);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String field(String s) {
        return s.matches(".*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
