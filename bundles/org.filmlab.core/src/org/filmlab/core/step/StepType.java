// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.workflow.StepFailedException;

/**
 * A kind of step of a workflow (reduce, cluster, classify, regress ...), contributed through the
 * extension point {@code org.filmlab.core.steps}. It follows KNIME's node discipline:
 * <ol>
 * <li><b>declare</b>: its settings ({@link #parameters()}), the part types it consumes and
 * produces, and the extension point its algorithm comes from, if it uses one;</li>
 * <li><b>validate</b> ({@link #validate}): the settings as a whole, without data;</li>
 * <li><b>configure</b> ({@link #configure}): against the shape of the data and the specs of the
 * parts before it, say what it will produce, touching no data;</li>
 * <li><b>execute</b> ({@link #execute}): on the data, with progress and cancel, emitting its parts.</li>
 * </ol>
 * The engine orders steps by these declarations, runs each under a time limit with a seed derived
 * from the workflow's master seed, and turns any exception into a failure naming the step.
 * <p>
 * Clients may implement this interface. Implementations need a public no-argument constructor and
 * must be stateless: one instance may serve several runs.
 */
public interface StepType extends Contribution {

    /** The extension point whose contribution the step's {@code use} names, if the step uses one. */
    default Optional<ContributionKind> algorithms() {
        return Optional.empty();
    }

    /**
     * Secondary contributions the step may use, by the key a workflow document names them with
     * (a classify step's {@code "resample"}: a resampler applied to training rows only).
     */
    default Map<String, ContributionKind> helpers() {
        return Map.of();
    }

    /**
     * The part types the step consumes. The step starts once the earlier steps producing them have
     * finished, beside the steps it does not read from; a part of another type it asks for waits
     * until every earlier step has finished.
     */
    List<StepInput> inputs();

    /** The part types the step produces. */
    List<PartType<?>> outputs();

    /**
     * Checks the step against the data's shape and the specs of the parts before it, and declares
     * the specs of what it will produce ({@link StepConfiguration#produce}), or that it does not
     * apply to this data ({@link StepConfiguration#skip}). Touches no data and has no side effects.
     */
    void configure(StepConfiguration configuration);

    /**
     * Runs the step. Called only after {@link #configure} passed, in a thread of the engine's; must
     * honour the monitor's cancellation (throwing {@link org.eclipse.core.runtime.OperationCanceledException}).
     *
     * @throws StepFailedException when a contributed algorithm fails or returns something malformed
     */
    void execute(StepExecution execution, IProgressMonitor monitor) throws StepFailedException;

    /** The step's share of a run's progress, roughly its share of the time (1–100). */
    default int weight() {
        return 10;
    }
}
