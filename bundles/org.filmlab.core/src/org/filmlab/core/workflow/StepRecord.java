// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Map;

/**
 * What ran for one step, for provenance.
 *
 * @param index the step's position in the workflow
 * @param step the stage word
 * @param contribution the contribution id, or {@code ""} for the engine's own stages
 * @param bundle the contributing bundle, or {@code "org.filmlab.core"}
 * @param version that bundle's version
 * @param params the effective contribution parameters
 * @param settings the effective engine settings
 * @param seed the seed the step received
 */
public record StepRecord(int index, String step, String contribution, String bundle, String version,
        Map<String, Object> params, Map<String, Object> settings, long seed) {
}
