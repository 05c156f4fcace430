// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Optional;

import org.filmlab.core.registry.ContributionKind;

/**
 * The stages of FilmLab's analysis chain, in the order a workflow lists them. Stages that run
 * contributed code name the extension point their {@code use} refers to; {@link #CLASSES} and
 * {@link #MAP} are the engine's own.
 */
public enum StepKind {
    /** Reduce conditions and properties to a few components. Exactly one, first. */
    REDUCE("reduce", ContributionKind.REDUCER),
    /** Cluster the films on the leading components. Exactly one, after reduce. */
    CLUSTER("cluster", ContributionKind.CLUSTERER),
    /** Turn clusters into numbered quality classes. At most one; implied if absent. */
    CLASSES("classes", null),
    /** A statistical test of the properties across classes. Any number. */
    TEST("test", ContributionKind.TEST),
    /** Learn the class from the conditions and evaluate how well. At most one. */
    CLASSIFY("classify", ContributionKind.CLASSIFIER),
    /** Decision maps over two conditions and the process window. At most one, after classify. */
    MAP("map", null);

    private final String word;
    private final ContributionKind contributionKind;

    StepKind(String word, ContributionKind contributionKind) {
        this.word = word;
        this.contributionKind = contributionKind;
    }

    /** The word used in workflow documents. */
    public String word() {
        return word;
    }

    /** The extension point a step of this kind takes its {@code use} from, if any. */
    public Optional<ContributionKind> contributionKind() {
        return Optional.ofNullable(contributionKind);
    }

    public static Optional<StepKind> of(String word) {
        for (StepKind k : values()) {
            if (k.word.equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
