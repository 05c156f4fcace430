// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import static org.filmlab.stats.internal.Films.assertRelative;
import static org.filmlab.stats.internal.Films.grouped;
import static org.filmlab.stats.internal.Films.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.StatisticalTestContract;
import org.junit.jupiter.api.Test;

/**
 * Dunn's test against an independent NumPy/SciPy 1.10.1 computation (Debian's python3-scipy) of the
 * formulas scikit-posthocs' {@code posthoc_dunn(p_adjust="holm")} uses, on the Kruskal-Wallis
 * reference films (three classes of 5, 4 and 6 films, ties within and across classes):
 *
 * <pre>
 * import numpy as np; from scipy import stats
 * cls = np.array(KruskalWallisReferenceTest.CLASSES); v = np.array(THICKNESS or DENSITY)
 * n = len(v); r = stats.rankdata(v); _, t = np.unique(v, return_counts=True)
 * var = n*(n+1)/12 - (t**3 - t).sum()/(12*(n-1))
 * for i, j in [(1,2),(1,3),(2,3)]:
 *     z = (r[cls==i].mean() - r[cls==j].mean()) / np.sqrt(var*(1/(cls==i).sum() + 1/(cls==j).sum()))
 *     p = 2*stats.norm.sf(abs(z))
 * # Holm: ascending p times (m - k), running maximum, capped at 1
 * </pre>
 */
class DunnReferenceTest extends StatisticalTestContract<DunnTest> {

    // thickness: pairs 1–2, 1–3, 2–3
    private static final double[] Z_THICKNESS = { -1.299816064018788, -3.220570629904235, -1.6703545696006143 };
    private static final double[] P_THICKNESS = { 0.19366401840888448, 0.0012793566365912647, 0.09484923244354017 };
    private static final double[] HOLM_THICKNESS = { 0.19366401840888448, 0.003838069909773794, 0.18969846488708034 };
    // density: the 1–2 adjustment is raised to the 2–3 one by Holm's running maximum
    private static final double[] Z_DENSITY = { -1.5094638162798828, -3.5302408827796428, -1.7429786813223804 };
    private static final double[] P_DENSITY = { 0.13118029537394277, 0.0004151814760167153, 0.08133733877339358 };
    private static final double[] HOLM_DENSITY = { 0.16267467754678716, 0.0012455444280501458, 0.16267467754678716 };

    private final DunnTest test = new DunnTest();

    @Override
    protected DunnTest contribution() {
        return new DunnTest();
    }

    @Override
    protected String id() {
        return "org.filmlab.stats.dunn";
    }

    @Test
    void everyPairAgreesWithScipy() {
        TestResult result = test.test(grouped(KruskalWallisReferenceTest.films(), 3, KruskalWallisReferenceTest.CLASSES),
                test.parameters().defaults(), null);
        assertEquals("dunn", result.key());
        assertEquals(List.of("thickness 1–2", "thickness 1–3", "thickness 2–3", "density 1–2", "density 1–3",
                "density 2–3"), result.rows().stream().map(TestResult.Row::term).toList());
        check(result, "thickness", Z_THICKNESS, P_THICKNESS, HOLM_THICKNESS);
        check(result, "density", Z_DENSITY, P_DENSITY, HOLM_DENSITY);
    }

    private static void check(TestResult result, String property, double[] z, double[] p, double[] holm) {
        String[] pairs = { "1–2", "1–3", "2–3" };
        for (int k = 0; k < 3; k++) {
            TestResult.Row r = row(result, property + " " + pairs[k]);
            assertEquals(List.of("z", "p", "pHolm"), List.copyOf(r.statistics().keySet()));
            assertRelative(z[k], r.statistics().get("z"), 1e-9, r.term() + " z");
            assertRelative(p[k], r.statistics().get("p"), 1e-9, r.term() + " p");
            assertRelative(holm[k], r.statistics().get("pHolm"), 1e-9, r.term() + " pHolm");
        }
    }

    @Test
    void anEmptyClassKeepsTheNumbersOfTheClassesCompared() {
        int[] classes = KruskalWallisReferenceTest.CLASSES.clone();
        for (int i = 0; i < classes.length; i++) {
            classes[i] = classes[i] == 2 ? 4 : classes[i];
        }
        TestResult result = test.test(grouped(KruskalWallisReferenceTest.films(), 4, classes),
                test.parameters().resolve(Map.of(DunnTest.COLUMNS, "thickness"), "dunn", new Problems()), null);
        assertEquals(List.of("thickness 1–3", "thickness 1–4", "thickness 3–4"),
                result.rows().stream().map(TestResult.Row::term).toList());
        // Class 4 holds the films of class 2, so 1–4 is the reference 1–2 and 3–4 is minus 2–3.
        assertRelative(Z_THICKNESS[0], row(result, "thickness 1–4").statistics().get("z"), 1e-9, "1–4");
        assertRelative(-Z_THICKNESS[2], row(result, "thickness 3–4").statistics().get("z"), 1e-9, "3–4");
    }

    @Test
    void holmIsMonotoneAndCapped() {
        // By hand: sorted 0.01, 0.02, 0.04, 0.5 times 4, 3, 2, 1 = 0.04, 0.06, 0.08, 0.5.
        assertArrayEquals(new double[] { 0.08, 0.04, 0.5, 0.06 }, DunnTest.holm(new double[] { 0.04, 0.01, 0.5, 0.02 }),
                1e-15);
        // Running maximum: 0.03×2 = 0.06 then 0.05×1 = 0.05 is raised to 0.06; 0.6×2 is capped at 1.
        assertArrayEquals(new double[] { 0.06, 0.06 }, DunnTest.holm(new double[] { 0.05, 0.03 }), 1e-15);
        assertArrayEquals(new double[] { 1, 1 }, DunnTest.holm(new double[] { 0.6, 0.7 }), 0.0);
    }
}
