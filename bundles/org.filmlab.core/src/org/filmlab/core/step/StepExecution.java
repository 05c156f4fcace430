// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.workflow.StepFailedException;

/**
 * What a step sees when it runs.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface StepExecution {

    /** The data set. */
    Dataset data();

    /** The step's own resolved settings. */
    ParameterValues settings();

    /** The algorithm the step's {@code use} names, if any. */
    Optional<Contribution> algorithm();

    /** The algorithm's resolved parameters. */
    ParameterValues algorithmParameters();

    /** A helper contribution by key, if the document names one. */
    Optional<Contribution> helper(String key);

    /** That helper's resolved parameters. */
    ParameterValues helperParameters(String key);

    /** The step's position in the workflow document (0-based), part of every seed derived for it. */
    int index();

    /** The seed of this step, derived from the master seed, its position and its kind. */
    long seed();

    /** The workflow's master seed. */
    long masterSeed();

    /**
     * A seed for another purpose, derived from the master seed like every seed of a run: a step
     * that trains a second model for an earlier step's data uses that step's index.
     */
    long derivedSeed(int stepIndex, String purpose);

    /**
     * Says that the step, having run, has nothing to produce for this data (a second model for
     * classes that are not the ones it contrasts, say). Without it, a step that emits less than it
     * declares fails.
     */
    void nothingToProduce(String reason);

    /**
     * Records the value a parameter of the step's algorithm took at run time where it differs from
     * the document's (a number of clusters chosen by an earlier step), so that the results, the
     * summary and the report name what ran rather than what the document said.
     */
    void ranWith(String parameter, Object value);

    /** {@code "step 2 (cluster) in org.filmlab.weka.kmeans (...)"}: for messages naming the step. */
    String label();

    /** The part of this type produced before this step (the last one if several steps produced it). */
    <T extends ResultPart> Optional<T> input(PartType<T> type);

    /** Every part of this type produced before this step, in run order. */
    <T extends ResultPart> List<T> inputs(PartType<T> type);

    /** Hands a part to the steps after this one and to the results. */
    <T extends ResultPart> void emit(PartType<T> type, T part);

    /**
     * Calls contributed code: an exception or error it throws becomes a {@link StepFailedException}
     * naming the step and {@code what}; cancellation passes through.
     */
    <V> V call(String what, Callable<V> code) throws StepFailedException;
}
