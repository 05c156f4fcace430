// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/** The worst kind of hang: never returns, ignores the monitor and swallows interrupts. Sleeps, so it costs no CPU. */
public final class HangingClusterer implements Clusterer {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
        while (true) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                // Deliberately ignored: this is the bug under test.
            }
        }
    }
}
