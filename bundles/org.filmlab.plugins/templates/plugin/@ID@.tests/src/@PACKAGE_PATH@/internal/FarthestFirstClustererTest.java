// SPDX-License-Identifier: GPL-3.0-or-later
package @PACKAGE@.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.filmlab.core.analysis.Clustering;
import org.filmlab.testkit.ClustererContract;
import org.junit.jupiter.api.Test;

/**
 * The contract every FilmLab clusterer keeps (inherited from the kit: parameters documented,
 * defaults valid, same seed same result, cancellation, input untouched, listed from plugin.xml...),
 * and the algorithm on data small enough to check by hand.
 */
class FarthestFirstClustererTest extends ClustererContract<FarthestFirstClusterer> {

    @Override
    protected FarthestFirstClusterer contribution() {
        return new FarthestFirstClusterer();
    }

    @Override
    protected String id() {
        return "@ID@.farthestFirst";
    }

    @Test
    void threeGroupsOnALineAreFound() {
        double[][] points = { { 0 }, { 1 }, { 10 }, { 11 }, { 20 }, { 21 } };
        Clustering c = contribution().cluster(points, valuesWith(Map.of("k", 3)), 1L, null);
        // The mean is 10.5: row 2 (10) is nearest, then 21 and 0 are the farthest films.
        assertArrayEquals(new int[] { 0, 0, 1, 1, 2, 2 }, c.assignment());
        assertEquals(3, c.clusterCount());
        assertEquals(4 * 0.25 + 2 * 0.25, c.withinSumOfSquares(), 1e-12);
    }

    @Test
    void tiesGoToTheLowerRow() {
        double[][] corners = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };
        assertEquals(0, FarthestFirstClusterer.rowNearestTheMean(corners));
    }
}
