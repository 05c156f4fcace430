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
    public static final String FORMAT = "filmlab.workflow/1";

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

    /** This document with one parameter of every step of the given kind set. */
    public WorkflowDocument withParam(StepKind kind, String key, Object value) {
        List<StepSpec> out = new ArrayList<>();
        for (StepSpec s : steps) {
            out.add(s.kind() == kind ? s.withParam(key, value) : s);
        }
        return new WorkflowDocument(id, name, version, cites, seed, timeoutSeconds, data, out);
    }
}
