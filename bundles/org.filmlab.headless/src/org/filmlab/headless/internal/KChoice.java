// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmlab.core.data.InputException;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;

/**
 * {@code --k auto}: the workflow with a chooseK step (contributed by {@code org.filmlab.clustercount})
 * that runs the cluster step's own clusterer, with its parameters, for each k and hands the k its
 * rule picks to the cluster step. A diagnoseK step already in the workflow becomes that step, keeping
 * its settings; otherwise one is appended, so that the seeds of the steps before it stay put.
 */
final class KChoice {

    static final String CHOOSE = "chooseK";
    static final String DIAGNOSE = "diagnoseK";

    private KChoice() {
    }

    static WorkflowDocument auto(WorkflowDocument doc) throws InputException {
        List<StepSpec> clusters = doc.steps().stream().filter(s -> s.step().equals("cluster")).toList();
        if (clusters.size() != 1) {
            throw InputException.inParameter("--k", "auto needs a workflow with one cluster step; " + doc.name()
                    + " has " + clusters.size());
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
            params.remove("k");
            Map<String, Object> settings = new LinkedHashMap<>();
            if (cluster.settings().containsKey("components")) {
                settings.put("components", cluster.settings().get("components"));
            }
            steps.add(new StepSpec(CHOOSE, cluster.use(), params, settings, "", Map.of()));
        }
        return doc.withSteps(steps).asVariant("k chosen from the data by the chooseK step");
    }
}
