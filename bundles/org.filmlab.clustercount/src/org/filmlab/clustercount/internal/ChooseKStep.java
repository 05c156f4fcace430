// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.internal;

import java.util.List;

import org.filmlab.clustercount.KChoice;
import org.filmlab.core.step.PartType;
import org.filmlab.core.workflow.Parts;

/**
 * The diagnostics of k, and the k the rule picks handed to the cluster step, which uses it instead
 * of its clusterer's k (and records that it did).
 */
public final class ChooseKStep extends KStep {

    @Override
    public List<PartType<?>> outputs() {
        return List.of(KChoice.TYPE, Parts.CLUSTER_COUNT);
    }

    @Override
    boolean applies() {
        return true;
    }
}
