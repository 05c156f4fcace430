// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a workflow document, as written: its kind, the contribution it uses with that
 * contribution's parameters, the engine's settings for the step and, for a classify step, the
 * resampler applied to training rows. Values are as read from JSON (Integer, Long, Double, Boolean,
 * String); they are checked when the workflow is prepared.
 *
 * @param kind the stage
 * @param use the contribution id, or {@code ""} for the engine's own stages
 * @param params the contribution's parameters by key
 * @param settings the engine's settings for this stage by key
 * @param resample the resampler id of a classify step, or {@code ""} for none
 * @param resampleParams the resampler's parameters by key
 */
public record StepSpec(StepKind kind, String use, Map<String, Object> params, Map<String, Object> settings,
        String resample, Map<String, Object> resampleParams) {

    public StepSpec {
        Objects.requireNonNull(kind, "kind");
        use = use == null ? "" : use;
        resample = resample == null ? "" : resample;
        params = frozen(params);
        settings = frozen(settings);
        resampleParams = frozen(resampleParams);
    }

    private static Map<String, Object> frozen(Map<String, Object> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** This step with one contribution parameter set (for command-line overrides such as {@code --k}). */
    public StepSpec withParam(String key, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put(key, value);
        return new StepSpec(kind, use, p, settings, resample, resampleParams);
    }
}
