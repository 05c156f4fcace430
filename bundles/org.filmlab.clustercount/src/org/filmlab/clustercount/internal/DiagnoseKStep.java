// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.internal;

import java.util.List;

import org.filmlab.clustercount.KChoice;
import org.filmlab.core.step.PartType;

/** The diagnostics of k and the k a rule would pick; the cluster step keeps its own k. */
public final class DiagnoseKStep extends KStep {

    @Override
    public List<PartType<?>> outputs() {
        return List.of(KChoice.TYPE);
    }

    @Override
    boolean applies() {
        return false;
    }
}
