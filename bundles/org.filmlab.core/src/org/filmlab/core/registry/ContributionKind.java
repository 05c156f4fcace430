// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.registry;

import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.analysis.Reducer;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.analysis.QualityRule;
import org.filmlab.core.analysis.StatisticalTest;
import org.filmlab.core.step.StepType;

/**
 * FilmLab's extension points, each with the element its contributions use and the interface their
 * {@code class} implements.
 */
public enum ContributionKind {
    IMPORTER("importers", "importer", DatasetImporter.class),
    REDUCER("reducers", "reducer", Reducer.class),
    CLUSTERER("clusterers", "clusterer", Clusterer.class),
    CLASSIFIER("classifiers", "classifier", Classifier.class),
    RESAMPLER("resamplers", "resampler", Resampler.class),
    TEST("tests", "test", StatisticalTest.class),
    /** Rules that number clusters as quality classes and say which classes are good. */
    QUALITY_RULE("qualityRules", "qualityRule", QualityRule.class),
    /** Kinds of step a workflow is made of. */
    STEP("steps", "step", StepType.class),
    /** Workflow documents: data, not code, so no interface. */
    WORKFLOW("workflows", "workflow", null);

    /** The namespace of every FilmLab extension point. */
    public static final String NAMESPACE = "org.filmlab.core";

    private final String pointName;
    private final String element;
    private final Class<? extends Contribution> type;

    ContributionKind(String pointName, String element, Class<? extends Contribution> type) {
        this.pointName = pointName;
        this.element = element;
        this.type = type;
    }

    /** The simple name of the extension point ({@code "clusterers"}). */
    public String pointName() {
        return pointName;
    }

    /** The full id of the extension point ({@code "org.filmlab.core.clusterers"}). */
    public String pointId() {
        return NAMESPACE + "." + pointName;
    }

    /** The element name contributions use ({@code "clusterer"}). */
    public String element() {
        return element;
    }

    /** The interface contributed classes implement, or {@code null} for workflows. */
    public Class<? extends Contribution> type() {
        return type;
    }
}
