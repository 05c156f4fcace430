// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/**
 * An importer contributed by the test fragment (files "*.stall") that never looks at its monitor
 * and ignores interrupts until the test releases it, as a library stuck on a lock does.
 */
public final class StallingImporter implements DatasetImporter {

    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public Table read(Path file, ParameterValues values, IProgressMonitor monitor) {
        ENTERED.countDown();
        boolean interrupted = false;
        while (RELEASE.getCount() > 0) {
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("released by the test; its table is never used");
    }
}
