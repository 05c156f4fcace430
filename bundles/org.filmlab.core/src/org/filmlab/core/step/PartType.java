// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.Objects;

/**
 * A kind of result part: a stable name (written in {@code results.json} and named by renderers in
 * {@code plugin.xml}) and the record class that holds it. Steps declare what they consume and
 * produce as part types, and the engine orders them by these declarations.
 *
 * @param name a stable name, such as {@code "reduction"}; never renamed once released
 * @param type the record class
 * @param persistent whether the part is written to {@code results.json}; a trained model, say, is
 *        handed to later steps only
 * @param <T> the record class
 */
public record PartType<T extends ResultPart>(String name, Class<T> type, boolean persistent) {

    public PartType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[A-Za-z][A-Za-z0-9.]*")) {
            throw new IllegalArgumentException("a part type name is letters, digits and dots: " + name);
        }
    }

    /** A part type written to {@code results.json}. */
    public static <T extends ResultPart> PartType<T> of(String name, Class<T> type) {
        return new PartType<>(name, type, true);
    }

    /** A part type handed to later steps but never written (a trained model, say). */
    public static <T extends ResultPart> PartType<T> transientOf(String name, Class<T> type) {
        return new PartType<>(name, type, false);
    }
}
