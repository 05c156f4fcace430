// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.filmlab.core.data.DatasetMapping;

/**
 * A workflow as saved: which contribution runs each stage with which parameters, how the data's
 * columns are mapped, and the master seed every random choice derives from. The same document runs
 * on the desktop and headless, and every result records the effective document.
 * <p>
 * Its JSON form ({@code "format": "filmlab.workflow/1"}) is read by {@link WorkflowReader} and
 * written by {@link WorkflowWriter}.
 *
 * @param id a stable id ({@code "org.filmlab.workflow.chenDuquesnoy2021"})
 * @param name a human name
 * @param version the document's version
 * @param cites the publication the workflow follows, or {@code ""}
 * @param seed the master seed
 * @param timeoutSeconds how long one step may run before it is stopped and fails
 * @param data the column mapping
 * @param steps the steps in order
 */
public record WorkflowDocument(String id, String name, String version, String cites, long seed, int timeoutSeconds,
        DatasetMapping data, List<StepSpec> steps) {

    /** The step time limit when a document gives none: generous for FilmLab's data, short for a hang. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 600;

    /** The largest step time limit a document may set (a day). */
    public static final int MAX_TIMEOUT_SECONDS = 86_400;

    /** The format tag of the JSON form this version reads and writes. */
    public static final String FORMAT = "filmlab.workflow/2";

    /** The format of FilmLab 0.1, read and migrated ({@link WorkflowReader}). */
    public static final String FORMAT_1 = "filmlab.workflow/1";

    public WorkflowDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
        name = name == null ? id : name;
        version = version == null ? "" : version;
        cites = cites == null ? "" : cites;
        steps = List.copyOf(steps);
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("timeoutSeconds must be in [1, " + MAX_TIMEOUT_SECONDS + "]");
        }
    }

    public WorkflowDocument withSeed(long newSeed) {
        return new WorkflowDocument(id, name, version, cites, newSeed, timeoutSeconds, data, steps);
    }

    public WorkflowDocument withTimeoutSeconds(int seconds) {
        return new WorkflowDocument(id, name, version, cites, seed, seconds, data, steps);
    }

    public WorkflowDocument withData(DatasetMapping mapping) {
        return new WorkflowDocument(id, name, version, cites, seed, timeoutSeconds, mapping, steps);
    }

    /** This document with one algorithm parameter of every step of the given kind set. */
    public WorkflowDocument withParam(String step, String key, Object value) {
        List<StepSpec> out = new ArrayList<>();
        for (StepSpec s : steps) {
            out.add(s.step().equals(step) ? s.withParam(key, value) : s);
        }
        return new WorkflowDocument(id, name, version, cites, seed, timeoutSeconds, data, out);
    }

    public WorkflowDocument withSteps(List<StepSpec> newSteps) {
        return new WorkflowDocument(id, name, version, cites, seed, timeoutSeconds, data, newSteps);
    }

    /**
     * This document as a user's variant of it: another id and name, so that results never present an
     * edited or overridden workflow as the published one. A variant of a variant keeps its identity.
     *
     * @param what what was changed, for the name ({@code "k = 4"})
     */
    public WorkflowDocument asVariant(String what) {
        if (isVariant()) {
            String changed = name.endsWith(")") ? name.substring(0, name.length() - 1) + "; " + what + ")"
                    : name + " (changed: " + what + ")";
            return new WorkflowDocument(id, changed, version, cites, seed, timeoutSeconds, data, steps);
        }
        return new WorkflowDocument(id + VARIANT_SUFFIX, name + " (changed: " + what + ")", version, cites, seed,
                timeoutSeconds, data, steps);
    }

    /** What {@link #asVariant} appends to the id of a workflow a user changed. */
    public static final String VARIANT_SUFFIX = ".variant";

    /** Whether this document is a user's variant of another ({@link #asVariant}). */
    public boolean isVariant() {
        return id.endsWith(VARIANT_SUFFIX);
    }
}
