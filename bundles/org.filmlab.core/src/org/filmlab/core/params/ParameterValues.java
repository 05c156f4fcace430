// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The effective values of a contribution's parameters, complete and checked against its
 * {@link ParameterSet}, in declaration order. Immutable; results record it as provenance.
 */
public final class ParameterValues {

    private final Map<String, Object> values;

    ParameterValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public int getInt(String key) {
        return (Integer) require(key);
    }

    public double getDouble(String key) {
        return (Double) require(key);
    }

    public boolean getBoolean(String key) {
        return (Boolean) require(key);
    }

    public String getString(String key) {
        return (String) require(key);
    }

    /**
     * These values with one declared value replaced, as a step that decides a parameter at run time
     * (the number of clusters chosen by an earlier step, say) passes it on. The value must have the
     * declared type; its range is the caller's to respect.
     *
     * @throws IllegalArgumentException when the key is not declared or the type differs
     */
    public ParameterValues with(String key, Object value) {
        Object before = require(key);
        if (value == null || before.getClass() != value.getClass()) {
            throw new IllegalArgumentException("parameter '" + key + "' is a " + before.getClass().getSimpleName()
                    + ", not " + value);
        }
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(key, value);
        return new ParameterValues(changed);
    }

    /** The values by key, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + key + "' is declared");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
