// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a workflow document, as written: the word of its kind of step (a contribution to
 * {@code org.filmlab.core.steps}: {@code reduce}, {@code cluster}, {@code regress} ...), the
 * algorithm it uses with that algorithm's parameters, the step's own settings and, for a step that
 * takes one, the resampler applied to training rows. Values are as read from JSON (Integer, Long,
 * Double, Boolean, String); they are checked when the workflow is prepared.
 *
 * @param step the kind of step, by its word
 * @param use the algorithm's contribution id, or {@code ""} when the step uses none
 * @param params the algorithm's parameters by key
 * @param settings the step's own settings by key
 * @param resample the resampler id, or {@code ""} for none
 * @param resampleParams the resampler's parameters by key
 */
public record StepSpec(String step, String use, Map<String, Object> params, Map<String, Object> settings,
        String resample, Map<String, Object> resampleParams) {

    public StepSpec {
        Objects.requireNonNull(step, "step");
        use = use == null ? "" : use;
        resample = resample == null ? "" : resample;
        params = frozen(params);
        settings = frozen(settings);
        resampleParams = frozen(resampleParams);
    }

    /** A step with only a kind and settings. */
    public static StepSpec of(String step, String use, Map<String, Object> settings) {
        return new StepSpec(step, use, Map.of(), settings, "", Map.of());
    }

    private static Map<String, Object> frozen(Map<String, Object> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** This step with one algorithm parameter set (for command-line overrides such as {@code --k}). */
    public StepSpec withParam(String key, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put(key, value);
        return new StepSpec(step, use, p, settings, resample, resampleParams);
    }

    /** This step with one of its own settings set. */
    public StepSpec withSetting(String key, Object value) {
        Map<String, Object> s = new LinkedHashMap<>(settings);
        s.put(key, value);
        return new StepSpec(step, use, params, s, resample, resampleParams);
    }
}
