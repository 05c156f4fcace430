// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import static org.filmlab.stats.internal.Films.assertNoteMentions;
import static org.filmlab.stats.internal.Films.assertRelative;
import static org.filmlab.stats.internal.Films.dataset;
import static org.filmlab.stats.internal.Films.grouped;
import static org.filmlab.stats.internal.Films.property;
import static org.filmlab.stats.internal.Films.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.StatisticalTestContract;
import org.junit.jupiter.api.Test;

/**
 * Kruskal-Wallis against SciPy 1.10.1 (Debian's python3-scipy), on 15 films in three classes of 5,
 * 4 and 6 films with ties within and across classes:
 *
 * <pre>
 * from scipy import stats
 * cls   = [1,2,3,1,3,2,1,3,3,2,1,3,1,2,3]
 * thick = [2.1,3.4,8.2,3.4,9.9,6.7,3.4,7.1,6.7,7.1,5.0,10.5,1.2,5.0,11.0]
 * rho   = [1.50,1.62,1.71,1.55,1.80,1.62,1.50,1.75,1.71,1.66,1.58,1.80,1.49,1.62,1.77]
 * groups = lambda v: [[x for x, c in zip(v, cls) if c == k] for k in (1, 2, 3)]
 * stats.kruskal(*groups(thick))  # statistic=10.479957805907167, pvalue=0.005300368656814429
 * stats.kruskal(*groups(rho))    # statistic=12.531645569620252, pvalue=0.0019001493610696805
 * </pre>
 */
class KruskalWallisReferenceTest extends StatisticalTestContract<KruskalWallisTest> {

    static final int[] CLASSES = { 1, 2, 3, 1, 3, 2, 1, 3, 3, 2, 1, 3, 1, 2, 3 };
    static final double[] THICKNESS = { 2.1, 3.4, 8.2, 3.4, 9.9, 6.7, 3.4, 7.1, 6.7, 7.1, 5.0, 10.5, 1.2, 5.0, 11.0 };
    static final double[] DENSITY = { 1.50, 1.62, 1.71, 1.55, 1.80, 1.62, 1.50, 1.75, 1.71, 1.66, 1.58, 1.80, 1.49,
            1.62, 1.77 };

    private static final double H_THICKNESS = 10.479957805907167;
    private static final double P_THICKNESS = 0.005300368656814429;
    private static final double H_DENSITY = 12.531645569620252;
    private static final double P_DENSITY = 0.0019001493610696805;

    private final KruskalWallisTest test = new KruskalWallisTest();

    @Override
    protected KruskalWallisTest contribution() {
        return new KruskalWallisTest();
    }

    @Override
    protected String id() {
        return "org.filmlab.stats.kruskalWallis";
    }

    static Dataset films() {
        return dataset(property("thickness", THICKNESS), property("density", "ρ", DENSITY));
    }

    private ParameterValues columns(String columns) {
        return test.parameters().resolve(Map.of(KruskalWallisTest.COLUMNS, columns), "kruskalWallis", new Problems());
    }

    @Test
    void everyPropertyAgreesWithScipy() {
        TestResult result = test.test(grouped(films(), 3, CLASSES), test.parameters().defaults(), null);

        assertEquals("kruskalWallis", result.key());
        assertEquals(List.of("thickness", "density"), result.rows().stream().map(TestResult.Row::term).toList());
        TestResult.Row thickness = row(result, "thickness");
        assertEquals(List.of("H", "df", "p", "epsilonSquared"), List.copyOf(thickness.statistics().keySet()));
        assertRelative(H_THICKNESS, thickness.statistics().get("H"), 1e-6, "H");
        assertRelative(P_THICKNESS, thickness.statistics().get("p"), 1e-6, "p");
        assertEquals(2.0, thickness.statistics().get("df"));
        assertRelative(H_THICKNESS / 14, thickness.statistics().get("epsilonSquared"), 1e-6, "ε² = H/(n − 1)");
        TestResult.Row density = row(result, "density");
        assertRelative(H_DENSITY, density.statistics().get("H"), 1e-6, "H");
        assertRelative(P_DENSITY, density.statistics().get("p"), 1e-6, "p");
    }

    @Test
    void anEmptyClassIsLeftOutAndNoted() {
        // Class 2 is renumbered 4 so that class 2 has no films: the comparison is the same three groups.
        int[] classes = CLASSES.clone();
        for (int i = 0; i < classes.length; i++) {
            classes[i] = classes[i] == 2 ? 4 : classes[i];
        }
        TestResult result = test.test(grouped(films(), 4, classes), test.parameters().defaults(), null);

        TestResult.Row thickness = row(result, "thickness");
        assertEquals(2.0, thickness.statistics().get("df"), "df counts the classes compared, not classCount − 1");
        assertRelative(H_THICKNESS, thickness.statistics().get("H"), 1e-6, "H");
        assertRelative(P_THICKNESS, thickness.statistics().get("p"), 1e-6, "p");
        assertNoteMentions(result, "class 2", "no films");
    }

    @Test
    void columnsAreChosenByKeyOrSymbolInTheOrderWritten() {
        TestResult result = test.test(grouped(films(), 3, CLASSES), columns(" ρ , thickness"), null);

        assertEquals(List.of("density", "thickness"), result.rows().stream().map(TestResult.Row::term).toList());
        assertRelative(H_DENSITY, row(result, "density").statistics().get("H"), 1e-6, "H");
    }

    @Test
    void anUnknownColumnFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> test.test(grouped(films(), 3, CLASSES), columns("sigmaN"), null));
        assertTrue(e.getMessage().contains("sigmaN") && e.getMessage().contains("thickness"), e.getMessage());
    }

    @Test
    void aColumnWithoutVariationIsOmittedWithANote() {
        double[] constant = new double[CLASSES.length];
        java.util.Arrays.fill(constant, 4.2);
        Dataset data = dataset(property("thickness", THICKNESS), property("RD", constant));

        TestResult result = test.test(grouped(data, 3, CLASSES), test.parameters().defaults(), null);

        assertEquals(List.of("thickness"), result.rows().stream().map(TestResult.Row::term).toList());
        assertNoteMentions(result, "RD", "not tested");
    }

    @Test
    void oneClassWithFilmsGivesNoRowButANote() {
        int[] classes = new int[CLASSES.length];
        java.util.Arrays.fill(classes, 2);
        GroupedData oneClass = grouped(films(), 3, classes);

        TestResult result = test.test(oneClass, test.parameters().defaults(), null);

        assertTrue(result.rows().isEmpty(), "no row without two classes: " + result.rows());
        assertNoteMentions(result, "thickness", "not tested");
        assertNoteMentions(result, "density", "not tested");
    }

    @Test
    void ranksIgnoreTheOrderOfRows() {
        // Reversing the rows must not change H: ties are averaged, not broken by position.
        int n = CLASSES.length;
        int[] classes = new int[n];
        double[] thickness = new double[n];
        for (int i = 0; i < n; i++) {
            classes[i] = CLASSES[n - 1 - i];
            thickness[i] = THICKNESS[n - 1 - i];
        }
        TestResult result = test.test(grouped(dataset(property("thickness", thickness)), 3, classes),
                test.parameters().defaults(), null);
        assertRelative(H_THICKNESS, row(result, "thickness").statistics().get("H"), 1e-12, "H");
    }
}
