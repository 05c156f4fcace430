// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.step.StepType;

/**
 * A workflow whose kinds of step and algorithms exist and whose settings and parameters are all
 * valid, with its steps in the order they run: what {@link WorkflowEngine#prepare} returns and
 * {@link WorkflowEngine#run} takes. Immutable.
 *
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class PreparedWorkflow {

    /** A contribution a step uses, created, with its parameters resolved. */
    record Used(ContributionDescriptor descriptor, Contribution contribution, ParameterValues values) {
    }

    /**
     * A step with its kind and algorithm created and its values resolved.
     *
     * @param index position in the document
     * @param spec the step as written
     * @param kind the kind of step's descriptor
     * @param type the kind of step
     * @param settings the step's resolved settings
     * @param algorithm the algorithm its {@code use} names, or {@code null}
     * @param helpers helper contributions by key
     */
    record Step(int index, StepSpec spec, ContributionDescriptor kind, StepType type, ParameterValues settings,
            Used algorithm, Map<String, Used> helpers) {

        /** For failures: the step and the code that failed, with its bundle. */
        String label() {
            String what = "step " + (index + 1) + " (" + spec.step() + ")";
            return what + " in " + (algorithm == null ? kind.label() : algorithm.descriptor().label());
        }

        /** For problems, in the user's terms: {@code "step 6 (classify: SVM (SMO))"}. */
        String userLabel() {
            return "step " + (index + 1) + " (" + spec.step()
                    + (algorithm == null ? "" : ": " + algorithm.descriptor().name()) + ")";
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

    /** The steps in the order they run (which respects what each consumes and produces). */
    List<Step> steps() {
        return steps;
    }
}
