// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.List;
import java.util.Optional;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * What a step sees when it is configured: its resolved settings and algorithm, the data's columns
 * (no values are read), and the specs of the parts produced before it. Problems are reported in the
 * user's terms: the engine prefixes each with the step's name and position.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface StepConfiguration {

    /** The step's own resolved settings. */
    ParameterValues settings();

    /** The algorithm the step's {@code use} names, created and with its parameters resolved. */
    Optional<Contribution> algorithm();

    /** The algorithm's resolved parameters (empty when the step uses none). */
    ParameterValues algorithmParameters();

    /** A helper contribution by its key ({@link StepType#helpers()}), if the document names one. */
    Optional<Contribution> helper(String key);

    /** That helper's resolved parameters. */
    ParameterValues helperParameters(String key);

    /**
     * The data set, for its columns, roles and row count only: configure must not read values
     * (the same check runs before a large file's values are all parsed, in time).
     */
    Dataset data();

    /** The spec of the part of this type produced by an earlier step, if one is produced. */
    Optional<PartSpec> spec(PartType<?> type);

    /**
     * Lets the algorithm (and the helpers) check their parameters against the data's shape (Weka's
     * capabilities, KNIME's configure) and returns what they found, each naming a parameter. The step
     * decides: report them with {@link #problem}, or {@link #skip} when the data lacks what they need.
     */
    List<Problems.Problem> checkAlgorithm(DataShape shape);

    /** Declares the spec of a part the step will produce. */
    void produce(PartType<?> type, PartSpec spec);

    /**
     * Declares that the step does not apply to this data (a classifier on data without conditions,
     * say). The run goes on without it and says why; the steps that need its parts are skipped too.
     */
    void skip(String reason);

    /**
     * Adds a problem that makes the workflow invalid for this data.
     *
     * @param setting the setting or parameter concerned, by key, or {@code ""} for the step as a whole
     * @param message what is wrong and what to change, in the user's terms
     */
    void problem(String setting, String message);

    /** Whether a problem has been added for this step. */
    boolean hasProblems();
}
