// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.results;

import java.util.Optional;

import org.filmlab.core.workflow.RunResult;

/**
 * A part of a run's results that a result view may need, named in the {@code parts} attribute of
 * an {@code org.filmlab.ui.resultViews} contribution by its {@link #word()}.
 */
public enum ResultPart {
    /** The reduction: variables, loadings, scores. Every run has one. */
    PCA("pca"),
    /** The quality classes of the films. Every run has them. */
    CLASSES("classes"),
    /** At least one statistical test. */
    STATISTICS("statistics"),
    /** The classifier's evaluation. */
    CLASSIFIER("classifier"),
    /** The decision maps (a map step). */
    DECISION_MAPS("decisionMaps");

    private final String word;

    ResultPart(String word) {
        this.word = word;
    }

    /** The word in {@code plugin.xml}. */
    public String word() {
        return word;
    }

    /** Whether {@code result} holds this part. */
    public boolean isIn(RunResult result) {
        return switch (this) {
            case PCA, CLASSES -> true;
            case STATISTICS -> !result.tests().isEmpty();
            case CLASSIFIER -> result.classifier().isPresent();
            case DECISION_MAPS -> result.maps().isPresent();
        };
    }

    public static Optional<ResultPart> of(String word) {
        for (ResultPart p : values()) {
            if (p.word.equals(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
