// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.ResultsReader;

import org.filmlab.report.charts.Palette;

/**
 * What most figures share: the data columns with their symbols and units and the measured values
 * (read from the results tree's data section), and the quality classes, if a step made them.
 */
public final class Study {

    /** One data column as results.json describes it. */
    public record Column(String key, String symbol, String header, String role, String unit) {

        /** An axis title: the symbol with its unit, e.g. {@code L:S (µL/mg)}. */
        public String axisLabel() {
            return unit.isEmpty() ? symbol : symbol + " (" + unit + ")";
        }
    }

    private final ResultsReader.Results results;
    private final Node root;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final int rows;

    public Study(ResultsReader.Results results) {
        this.results = results;
        this.root = Node.root(results.root());
        Node data = root.get("data");
        this.rows = data.get("rows").integer();
        for (Node c : data.get("columns").items()) {
            Column column = new Column(c.get("key").text(), c.get("symbol").text(), c.get("header").text(),
                    c.get("role").text(), c.find("unit").map(Node::text).orElse(""));
            columns.put(column.key(), column);
        }
    }

    public ResultsReader.Results results() {
        return results;
    }

    public Node root() {
        return root;
    }

    public int rows() {
        return rows;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public List<Column> columns(String role) {
        return columns.values().stream().filter(c -> c.role().equals(role)).toList();
    }

    public Optional<Column> findColumn(String key) {
        return Optional.ofNullable(columns.get(key));
    }

    /** The column, or the symbol-less key itself when data.columns does not describe it. */
    public Column column(String key) {
        Column c = columns.get(key);
        return c != null ? c : new Column(key, key, key, "unknown", "");
    }

    /** One measured value per row, in input order; missing is an error naming data.values.KEY. */
    public double[] values(String key) {
        double[] v = root.get("data").get("values").get(key).numbers();
        if (v.length != rows) {
            throw new Node.Malformed("data.values." + key, "has " + v.length + " values for " + rows + " rows");
        }
        return v;
    }

    /** The quality classes, if a step made them. */
    public Optional<QualityClasses> classes() {
        return results.first(Parts.CLASSES);
    }

    /** Class numbers 1..k in ascending order; none without quality classes. */
    public List<Integer> classIds() {
        int count = classes().map(QualityClasses::count).orElse(0);
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    /** Each row's class; every row in class 0 (one colour) without quality classes. */
    public int[] classAssignment() {
        int[] a = classes().map(QualityClasses::assignment).orElse(new int[rows]);
        if (a.length != rows) {
            throw new Node.Malformed("classes.assignment", "has " + a.length + " entries for " + rows + " rows");
        }
        return a;
    }

    /** "class 1: high σN, low RD" when the classes label it, else "class 1". */
    public String classLabel(int c) {
        return labelled(c, classes().map(QualityClasses::labels).orElse(List.of()));
    }

    /** The label of class {@code c} from a list of labels (index = class − 1). */
    public static String labelled(int c, List<String> labels) {
        return c >= 1 && c <= labels.size() && !labels.get(c - 1).isEmpty() ? "class " + c + ": " + labels.get(c - 1)
                : "class " + c;
    }

    public static Color classColour(int c) {
        return Palette.classColour(c);
    }

    /** The class colour blended toward white, for map backgrounds under full-colour points. */
    public static Color classTint(int c) {
        return Palette.classTint(c);
    }
}
