// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.params;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of a contribution: a stable key (what workflow documents store), a title and a
 * description (what people read), its type, its default (stated here once) and its bounds.
 * Immutable; build one with the static factories.
 *
 * @param key stable identifier, saved in workflow documents; never rename it
 * @param title short human name
 * @param description what the parameter changes, in a sentence or two
 * @param type the kind of value
 * @param defaultValue an {@link Integer}, {@link Double}, {@link Boolean} or {@link String}
 * @param min the smallest allowed value of a number, or {@code null}
 * @param max the largest allowed value of a number, or {@code null}
 * @param choices the allowed words of a {@link ParameterType#CHOICE}, else empty
 */
public record Parameter(String key, String title, String description, ParameterType type, Object defaultValue,
        Double min, Double max, List<String> choices) {

    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
        String problem = check(type, defaultValue, min, max, choices);
        if (problem != null) {
            throw new IllegalArgumentException("default of parameter '" + key + "': " + problem);
        }
    }

    public static Parameter integer(String key, String title, String description, int defaultValue, Integer min,
            Integer max) {
        return new Parameter(key, title, description, ParameterType.INTEGER, defaultValue,
                min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue(), List.of());
    }

    public static Parameter real(String key, String title, String description, double defaultValue, Double min,
            Double max) {
        return new Parameter(key, title, description, ParameterType.REAL, defaultValue, min, max, List.of());
    }

    public static Parameter bool(String key, String title, String description, boolean defaultValue) {
        return new Parameter(key, title, description, ParameterType.BOOLEAN, defaultValue, null, null, List.of());
    }

    public static Parameter choice(String key, String title, String description, String defaultValue,
            String... choices) {
        return new Parameter(key, title, description, ParameterType.CHOICE, defaultValue, null, null,
                List.of(choices));
    }

    public static Parameter text(String key, String title, String description, String defaultValue) {
        return new Parameter(key, title, description, ParameterType.TEXT, defaultValue, null, null, List.of());
    }

    /**
     * Converts a value read from a workflow document or a command line to this parameter's type
     * and checks its range.
     *
     * @param raw an {@link Integer}, {@link Long}, {@link Double}, {@link Boolean} or {@link String}
     * @return the value as this parameter's Java type
     * @throws IllegalArgumentException with a message saying what is wrong and what is allowed
     */
    public Object coerce(Object raw) {
        Object v = switch (type) {
            case INTEGER -> toInteger(raw);
            case REAL -> toReal(raw);
            case BOOLEAN -> toBoolean(raw);
            case CHOICE, TEXT -> {
                if (!(raw instanceof String s)) {
                    throw new IllegalArgumentException("expected text, got " + raw);
                }
                yield s;
            }
        };
        String problem = check(type, v, min, max, choices);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return v;
    }

    /** The allowed values, for messages and {@code --help}: {@code "an integer in [1, 20]"}. */
    public String allowed() {
        return switch (type) {
            case INTEGER -> "an integer" + range();
            case REAL -> "a number" + range();
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case TEXT -> "text";
        };
    }

    private String range() {
        if (min == null && max == null) {
            return "";
        }
        return " in [" + (min == null ? "-∞" : fmt(min)) + ", " + (max == null ? "∞" : fmt(max)) + "]";
    }

    private String fmt(double d) {
        return type == ParameterType.INTEGER || d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : Double.toString(d);
    }

    private static Integer toInteger(Object raw) {
        if (raw instanceof Integer i) {
            return i;
        }
        if (raw instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (raw instanceof Double d && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return d.intValue();
        }
        if (raw instanceof String s) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("expected an integer, got '" + raw + "'");
    }

    private static Double toReal(Object raw) {
        Double d = null;
        if (raw instanceof Number num) {
            d = num.doubleValue();
        } else if (raw instanceof String s) {
            try {
                d = Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (d == null || !Double.isFinite(d)) {
            throw new IllegalArgumentException("expected a finite number, got '" + raw + "'");
        }
        return d;
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        throw new IllegalArgumentException("expected true or false, got '" + raw + "'");
    }

    private static String check(ParameterType type, Object v, Double min, Double max, List<String> choices) {
        boolean typeOk = switch (type) {
            case INTEGER -> v instanceof Integer;
            case REAL -> v instanceof Double d && Double.isFinite(d);
            case BOOLEAN -> v instanceof Boolean;
            case CHOICE, TEXT -> v instanceof String;
        };
        if (!typeOk) {
            return "'" + v + "' is not of type " + type;
        }
        if (v instanceof Number num) {
            double d = num.doubleValue();
            if (min != null && d < min || max != null && d > max) {
                return v + " is out of range";
            }
        }
        if (type == ParameterType.CHOICE && !choices.contains(v)) {
            return "'" + v + "' is not one of " + choices;
        }
        return null;
    }
}
