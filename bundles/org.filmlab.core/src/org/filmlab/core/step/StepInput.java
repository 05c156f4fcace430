// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.Objects;

/**
 * A part type a step consumes.
 *
 * @param type the part type
 * @param required whether the step cannot run without it: when no earlier step produces it (or the
 *        step that would was skipped), the step is skipped and the run says why
 */
public record StepInput(PartType<?> type, boolean required) {

    public StepInput {
        Objects.requireNonNull(type, "type");
    }

    public static StepInput required(PartType<?> type) {
        return new StepInput(type, true);
    }

    public static StepInput optional(PartType<?> type) {
        return new StepInput(type, false);
    }
}
