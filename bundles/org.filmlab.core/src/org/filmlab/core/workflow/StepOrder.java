// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.params.Problems;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepInput;

/**
 * Orders steps by what they consume and produce: a step runs after every step that produces a part
 * type it consumes. Among steps free to run, the document's order decides, so a document already in
 * order runs as written.
 */
final class StepOrder {

    private StepOrder() {
    }

    static List<PreparedWorkflow.Step> order(List<PreparedWorkflow.Step> steps, Problems problems) {
        List<PreparedWorkflow.Step> left = new ArrayList<>(steps);
        List<PreparedWorkflow.Step> out = new ArrayList<>();
        while (!left.isEmpty()) {
            PreparedWorkflow.Step next = left.stream().filter(s -> waitsForNone(s, left)).findFirst().orElse(null);
            if (next == null) {
                problems.add("steps", "these steps wait for each other's results, so none can run first: "
                        + String.join(", ", left.stream().map(PreparedWorkflow.Step::userLabel).toList()));
                return out;
            }
            out.add(next);
            left.remove(next);
        }
        return out;
    }

    /** Whether no step still to place produces something {@code step} consumes. */
    private static boolean waitsForNone(PreparedWorkflow.Step step, List<PreparedWorkflow.Step> left) {
        for (StepInput in : step.type().inputs()) {
            for (PreparedWorkflow.Step other : left) {
                if (other != step && produces(other, in.type())) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean produces(PreparedWorkflow.Step step, PartType<?> type) {
        return step.type().outputs().stream().anyMatch(o -> o.name().equals(type.name()));
    }
}
