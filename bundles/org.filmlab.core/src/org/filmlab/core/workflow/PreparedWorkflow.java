// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionDescriptor;

/**
 * A workflow whose contributions exist and whose parameters are all valid: what
 * {@link WorkflowEngine#prepare} returns and {@link WorkflowEngine#run} takes. Immutable.
 *
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class PreparedWorkflow {

    /** A step with its contribution created and its values resolved. */
    record Step(int index, StepSpec spec, ContributionDescriptor descriptor, Contribution contribution,
            ParameterValues params, ParameterValues settings, ContributionDescriptor resamplerDescriptor,
            Contribution resampler, ParameterValues resamplerParams) {

        String label() {
            String what = "step " + (index + 1) + " (" + spec.kind().word() + ")";
            return descriptor == null ? what : what + " in " + descriptor.label();
        }
    }

    private final WorkflowDocument document;
    private final List<Step> steps;

    PreparedWorkflow(WorkflowDocument document, List<Step> steps) {
        this.document = document;
        this.steps = List.copyOf(steps);
    }

    public WorkflowDocument document() {
        return document;
    }

    List<Step> steps() {
        return steps;
    }
}
