// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.junit.jupiter.api.Test;

class FixedKClustererTest {

    /** Declares k and nothing else: what FixedKClusterer adds is all there is to test. */
    private static final FixedKClusterer ONLY_K = new FixedKClusterer() {
        @Override
        public ParameterSet parameters() {
            return ParameterSet.of(Parameter.integer(K, "Clusters (k)", "How many clusters.", 3, 2, 20));
        }

        @Override
        public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
            throw new UnsupportedOperationException("not called by these tests");
        }
    };

    private static ParameterValues k(int k) {
        Problems problems = new Problems();
        ParameterValues values = ONLY_K.parameters().resolve(Map.of(Clusterer.K, k), "k", problems);
        problems.requireNone();
        return values;
    }

    private static DataShape rows(int rows) {
        return new DataShape(rows, List.of("PC1", "PC2"), List.of(), List.of(), 0);
    }

    @Test
    void theNumberOfClustersIsKnownBeforeTheRun() {
        assertEquals(OptionalInt.of(5), ONLY_K.clusterCount(k(5)));
    }

    @Test
    void moreClustersThanRowsIsOneProblemOnK() {
        Problems problems = new Problems();
        ONLY_K.validate(k(5), rows(4), problems);
        assertEquals(1, problems.list().size(), problems::toString);
        assertEquals(Clusterer.K, problems.list().get(0).where());
        assertEquals("5 clusters need at least 5 rows, but the data has 4 rows; use k up to 4",
                problems.list().get(0).message());

        Problems none = new Problems();
        ONLY_K.validate(k(4), rows(4), none);
        assertTrue(none.isEmpty(), none::toString);
    }
}
