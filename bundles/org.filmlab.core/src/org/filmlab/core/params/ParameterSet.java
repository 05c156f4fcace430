// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters a contribution declares, in the order a form shows them. Immutable.
 */
public final class ParameterSet implements Iterable<Parameter> {

    private static final ParameterSet EMPTY = new ParameterSet(List.of());

    private final Map<String, Parameter> byKey = new LinkedHashMap<>();

    private ParameterSet(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            if (byKey.put(p.key(), p) != null) {
                throw new IllegalArgumentException("parameter key declared twice: " + p.key());
            }
        }
    }

    public static ParameterSet of(Parameter... parameters) {
        return parameters.length == 0 ? EMPTY : new ParameterSet(List.of(parameters));
    }

    public Optional<Parameter> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    @Override
    public Iterator<Parameter> iterator() {
        return Collections.unmodifiableCollection(byKey.values()).iterator();
    }

    /**
     * Resolves the values a workflow gives against this declaration: unknown keys, wrong types and
     * values out of range are each reported, and what is not given takes its default.
     *
     * @param given the values as read (JSON numbers, booleans, strings), by key
     * @param where prefix of the parameter names in messages, such as {@code "steps[1] (org.filmlab.weka.kmeans)"}
     * @param problems collects one message per problem
     * @return the values, complete, or {@code null} if any problem was found
     */
    public ParameterValues resolve(Map<String, ?> given, String where, Problems problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        List<String> unknown = new ArrayList<>(given.keySet());
        unknown.removeAll(byKey.keySet());
        for (String key : unknown) {
            problems.add(where + "." + key, "unknown parameter; known parameters: "
                    + (byKey.isEmpty() ? "none" : String.join(", ", byKey.keySet())));
            ok = false;
        }
        for (Parameter p : byKey.values()) {
            Object raw = given.get(p.key());
            if (raw == null) {
                out.put(p.key(), p.defaultValue());
                continue;
            }
            try {
                out.put(p.key(), p.coerce(raw));
            } catch (IllegalArgumentException e) {
                problems.add(where + "." + p.key(), e.getMessage() + "; allowed: " + p.allowed());
                ok = false;
            }
        }
        return ok ? new ParameterValues(out) : null;
    }

    /** The defaults of every parameter. */
    public ParameterValues defaults() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : byKey.values()) {
            out.put(p.key(), p.defaultValue());
        }
        return new ParameterValues(out);
    }
}
