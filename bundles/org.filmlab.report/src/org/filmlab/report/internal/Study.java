// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmlab.report.charts.Palette;

/**
 * The parts of results.json that most figures share: the columns with their symbols and units,
 * the measured values, and the quality classes with their labels and colours.
 */
public final class Study {

    /** One data column as results.json describes it. */
    public record Column(String key, String symbol, String header, String role, String unit) {

        /** An axis title: the symbol with its unit, e.g. {@code L:S (µL/mg)}. */
        public String axisLabel() {
            return unit.isEmpty() ? symbol : symbol + " (" + unit + ")";
        }
    }

    private final Node root;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final int rows;

    public Study(Node root) {
        this.root = root;
        Node data = root.get("data");
        this.rows = data.get("rows").integer();
        for (Node c : data.get("columns").items()) {
            Column column = new Column(c.get("key").text(), c.get("symbol").text(), c.get("header").text(),
                    c.get("role").text(), c.find("unit").map(Node::text).orElse(""));
            columns.put(column.key(), column);
        }
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

    public boolean hasValues() {
        return root.get("data").has("values");
    }

    /** One measured value per row, in input order; missing is an error naming data.values.KEY. */
    public double[] values(String key) {
        double[] v = root.get("data").get("values").get(key).numbers();
        if (v.length != rows) {
            throw new Node.Malformed("data.values." + key, "has " + v.length + " values for " + rows + " rows");
        }
        return v;
    }

    /** Class numbers 1..k in ascending order, from classes.sizes. */
    public List<Integer> classIds() {
        List<Integer> ids = new ArrayList<>();
        for (String k : root.get("classes").get("sizes").keys()) {
            try {
                ids.add(Integer.valueOf(k));
            } catch (NumberFormatException e) {
                throw new Node.Malformed("classes.sizes." + k, "is not a class number");
            }
        }
        ids.sort(null);
        return ids;
    }

    public int[] classAssignment() {
        int[] a = root.get("classes").get("assignment").integers();
        if (a.length != rows) {
            throw new Node.Malformed("classes.assignment", "has " + a.length + " entries for " + rows + " rows");
        }
        return a;
    }

    /** "class 1: high σN, low RD" when classes.labels names it, else "class 1". */
    public String classLabel(int c) {
        return labelled(c, root.get("classes").find("labels"));
    }

    /** The label of class {@code c} from a labels object such as decisionMapSigmaOnly.labels. */
    public static String labelled(int c, Optional<Node> labels) {
        String key = Integer.toString(c);
        return labels.filter(l -> l.has(key)).map(l -> "class " + c + ": " + l.get(key).text())
                .orElse("class " + c);
    }

    public static Color classColour(int c) {
        return Palette.classColour(c);
    }

    /** The class colour blended toward white, for map backgrounds under full-colour points. */
    public static Color classTint(int c) {
        return Palette.classTint(c);
    }
}
