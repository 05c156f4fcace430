// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects what validation finds, one message per problem, so that a whole workflow is checked
 * before anything runs and the user sees every problem at once.
 */
public final class Problems {

    /**
     * One problem.
     *
     * @param where the parameter or place ({@code "steps[2].k"}, {@code "data.conditions"})
     * @param message what is wrong and what is allowed
     */
    public record Problem(String where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(String where, String message) {
        problems.add(new Problem(where, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * For a contribution that re-checks its configuration when it runs (the engine validates first,
     * but a contribution may be called directly): throws if anything was found.
     *
     * @throws IllegalArgumentException listing every problem
     */
    public void requireNone() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(toString().strip());
        }
    }

    public List<Problem> list() {
        return Collections.unmodifiableList(problems);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(p).append('\n');
        }
        return sb.toString();
    }
}
