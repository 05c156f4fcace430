// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;

/**
 * "k auto" (the command line's {@code --k auto}, the desktop's workflow editor): the workflow with a
 * chooseK step that runs the cluster step's own clusterer, with its parameters, for each k and hands
 * the k its rule picks to the cluster step. A diagnoseK step already in the workflow becomes that
 * step, keeping its settings; otherwise one is appended, so that the seeds of the steps before it
 * stay put.
 */
public final class AutoK {

    /** What a user types for k to have it chosen from the data. */
    public static final String AUTO = "auto";
    /** The word of the kind of step that chooses k and hands it to the cluster step. */
    public static final String CHOOSE = "chooseK";
    /** The word of the kind of step that only diagnoses k. */
    public static final String DIAGNOSE = "diagnoseK";

    private static final String CLUSTER = "cluster";
    /** What the name of a workflow with k auto says was changed. */
    private static final String CHANGE = "k chosen from the data by the chooseK step";

    private AutoK() {
    }

    /**
     * The workflow with k chosen from the data.
     *
     * @throws IllegalArgumentException when the workflow has no cluster step or several, saying so
     */
    public static WorkflowDocument apply(WorkflowDocument doc) {
        List<StepSpec> clusters = doc.steps().stream().filter(s -> s.step().equals(CLUSTER)).toList();
        if (clusters.size() != 1) {
            throw new IllegalArgumentException("k auto needs a workflow with one cluster step; " + doc.name() + " has "
                    + clusters.size());
        }
        StepSpec cluster = clusters.get(0);
        List<StepSpec> steps = new ArrayList<>();
        boolean placed = false;
        for (StepSpec s : doc.steps()) {
            if (s.step().equals(DIAGNOSE) || s.step().equals(CHOOSE)) {
                steps.add(new StepSpec(CHOOSE, s.use(), s.params(), s.settings(), "", Map.of()));
                placed = true;
            } else {
                steps.add(s);
            }
        }
        if (!placed) {
            Map<String, Object> params = new LinkedHashMap<>(cluster.params());
            params.remove(Clusterer.K);
            Map<String, Object> settings = new LinkedHashMap<>();
            if (cluster.settings().containsKey("components")) {
                settings.put("components", cluster.settings().get("components"));
            }
            steps.add(new StepSpec(CHOOSE, cluster.use(), params, settings, "", Map.of()));
        }
        // Applied again to a document that says so already (a saved one, reopened): named once.
        return doc.name().contains(CHANGE) ? doc.withSteps(steps) : doc.withSteps(steps).asVariant(CHANGE);
    }

    /** Whether the workflow has k chosen from the data (a chooseK step). */
    public static boolean isAuto(WorkflowDocument doc) {
        return doc.steps().stream().anyMatch(s -> s.step().equals(CHOOSE));
    }

    /**
     * The workflow with the cluster step's own k: its chooseK steps become diagnoseK steps, keeping
     * their settings, so the diagnostics stay in the report while k is no longer handed on.
     */
    public static WorkflowDocument fixed(WorkflowDocument doc) {
        if (!isAuto(doc)) {
            return doc;
        }
        List<StepSpec> steps = new ArrayList<>();
        for (StepSpec s : doc.steps()) {
            steps.add(s.step().equals(CHOOSE) ? new StepSpec(DIAGNOSE, s.use(), s.params(), s.settings(), "", Map.of())
                    : s);
        }
        return doc.withSteps(steps);
    }
}
