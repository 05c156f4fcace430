// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;
import java.util.Optional;

import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Dataset;

/**
 * Everything a workflow run produced, with what produced it. {@link ResultsWriter} writes it as
 * {@code results.json}.
 *
 * @param workflow the effective workflow document (command-line overrides applied)
 * @param dataset the data analysed
 * @param reducedVariables the variables the reducer received
 * @param reduction what the reducer found
 * @param clusteredComponents how many leading components the clusterer received
 * @param clustering what the clusterer found
 * @param classes the quality classes
 * @param tests the statistical tests, in workflow order
 * @param classifier the classifier's evaluation, if the workflow classifies
 * @param maps the decision maps and process window, if the workflow maps
 * @param sigmaOnlyMaps the same maps for a classifier that learned the classes from σN alone (high:
 *        classes 1 and 2; low: class 3), if the workflow maps and the classes follow the paper
 * @param nextExperiments recipes where the classifier is least sure, best first
 * @param steps what ran, step by step
 */
public record RunResult(WorkflowDocument workflow, Dataset dataset, List<String> reducedVariables,
        Reduction reduction, int clusteredComponents, Clustering clustering, QualityClasses classes,
        List<TestResult> tests, Optional<ClassifierEvaluation> classifier, Optional<DecisionMaps> maps,
        Optional<DecisionMaps> sigmaOnlyMaps, List<NextExperiment> nextExperiments, List<StepRecord> steps) {

    public RunResult {
        reducedVariables = List.copyOf(reducedVariables);
        tests = List.copyOf(tests);
        nextExperiments = List.copyOf(nextExperiments);
        steps = List.copyOf(steps);
    }
}
