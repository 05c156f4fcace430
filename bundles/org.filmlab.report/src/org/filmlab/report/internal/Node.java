// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A results.json node that knows its dotted path, so that a missing or ill-typed key is reported
 * by name instead of as a NullPointerException deep inside a chart.
 */
public record Node(JsonNode json, String path) {

    /** Thrown for a missing or ill-typed key; the renderer turns it into a checked exception. */
    public static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String key;

        public Malformed(String key, String problem) {
            super(problem);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static Node root(JsonNode json) {
        return new Node(json, "");
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        JsonNode j = json.get(key);
        return j != null && !j.isNull();
    }

    /** The child under {@code key}; missing is an error. */
    public Node get(String key) {
        if (!json.isObject()) {
            throw new Malformed(path.isEmpty() ? "(root)" : path, "is not an object");
        }
        JsonNode j = json.get(key);
        if (j == null || j.isNull()) {
            throw new Malformed(child(key), "missing key");
        }
        return new Node(j, child(key));
    }

    /** The child under {@code key}, or empty when the results do not have it. */
    public Optional<Node> find(String key) {
        return has(key) ? Optional.of(get(key)) : Optional.empty();
    }

    public Node at(int index) {
        if (!json.isArray()) {
            throw new Malformed(path, "is not an array");
        }
        if (index >= json.size()) {
            throw new Malformed(path + "[" + index + "]", "missing element (the array has " + json.size() + ")");
        }
        return new Node(json.get(index), path + "[" + index + "]");
    }

    public int size() {
        if (!json.isArray() && !json.isObject()) {
            throw new Malformed(path, "is neither an array nor an object");
        }
        return json.size();
    }

    public List<Node> items() {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            out.add(at(i));
        }
        return out;
    }

    /** The keys of an object in file order (Jackson keeps it, so output follows the writer's order). */
    public List<String> keys() {
        if (!json.isObject()) {
            throw new Malformed(path, "is not an object");
        }
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    public double number() {
        if (!json.isNumber()) {
            throw new Malformed(path, "is not a number");
        }
        return json.doubleValue();
    }

    public int integer() {
        if (!json.isIntegralNumber() && !(json.isNumber() && json.doubleValue() == Math.rint(json.doubleValue()))) {
            throw new Malformed(path, "is not an integer");
        }
        return json.intValue();
    }

    public long longInteger() {
        if (!json.isNumber()) {
            throw new Malformed(path, "is not an integer");
        }
        return json.longValue();
    }

    public String text() {
        if (!json.isValueNode()) {
            throw new Malformed(path, "is not a text value");
        }
        return json.asText();
    }

    public boolean bool() {
        if (!json.isBoolean()) {
            throw new Malformed(path, "is not true or false");
        }
        return json.booleanValue();
    }

    public double[] numbers() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = at(i).number();
        }
        return out;
    }

    public int[] integers() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = at(i).integer();
        }
        return out;
    }

    public List<String> texts() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            out.add(at(i).text());
        }
        return out;
    }
}
