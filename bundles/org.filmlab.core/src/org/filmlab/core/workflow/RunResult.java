// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.ResultPart;

/**
 * Everything a workflow run produced: what each step was, whether it ran (or why it was skipped)
 * and the typed parts it produced. {@link ResultsWriter} writes it as {@code results.json}.
 *
 * @param workflow the effective workflow document (command-line overrides applied)
 * @param dataset the data analysed
 * @param steps one outcome per step of the document, in document order
 */
public record RunResult(WorkflowDocument workflow, Dataset dataset, List<StepOutcome> steps) {

    public RunResult {
        steps = List.copyOf(steps);
    }

    /**
     * What one step was and did.
     *
     * @param record what ran, for provenance
     * @param skipped why the step did not run, or {@code ""} when it ran
     * @param parts what it produced, in the order it emitted them
     */
    public record StepOutcome(StepRecord record, String skipped, List<Produced> parts) {

        public StepOutcome {
            parts = List.copyOf(parts);
        }

        public boolean ran() {
            return skipped.isEmpty();
        }
    }

    /**
     * A part with its type.
     *
     * @param type the part type's name
     * @param part the part
     * @param persistent whether it belongs in {@code results.json} (a trained model does not)
     */
    public record Produced(String type, ResultPart part, boolean persistent) {
    }

    /** Every part of this type, in run order. */
    public <T extends ResultPart> List<T> all(PartType<T> type) {
        List<T> out = new ArrayList<>();
        for (StepOutcome s : steps) {
            for (Produced p : s.parts()) {
                if (p.type().equals(type.name()) && type.type().isInstance(p.part())) {
                    out.add(type.type().cast(p.part()));
                }
            }
        }
        return out;
    }

    /** The first part of this type, if a step produced one. */
    public <T extends ResultPart> Optional<T> first(PartType<T> type) {
        List<T> all = all(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The outcome of the step that produced {@code part}. */
    public Optional<StepOutcome> producerOf(ResultPart part) {
        return steps.stream().filter(s -> s.parts().stream().anyMatch(p -> p.part() == part)).findFirst();
    }

    /** The steps that did not run, with why. */
    public List<StepOutcome> skipped() {
        return steps.stream().filter(s -> !s.ran()).toList();
    }
}
