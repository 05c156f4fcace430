// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import static org.filmlab.stats.internal.Films.assertNoteMentions;
import static org.filmlab.stats.internal.Films.assertRelative;
import static org.filmlab.stats.internal.Films.dataset;
import static org.filmlab.stats.internal.Films.grouped;
import static org.filmlab.stats.internal.Films.property;
import static org.filmlab.stats.internal.Films.row;
import static org.filmlab.stats.internal.KruskalWallisReferenceTest.CLASSES;
import static org.filmlab.stats.internal.KruskalWallisReferenceTest.THICKNESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.DataValueException;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.StatisticalTestContract;
import org.junit.jupiter.api.Test;

/**
 * One-way ANOVA against SciPy 1.10.1 (Debian's python3-scipy) on the films of
 * {@link KruskalWallisReferenceTest} (three classes of 5, 4 and 6 films):
 *
 * <pre>
 * stats.f_oneway(*groups(thick))                        # F=17.09982716490851,  p=0.00030708253667734246
 * stats.f_oneway(*[np.log(g) for g in groups(thick)])   # F=12.727043618990317, p=0.0010816634876408182
 * stats.f_oneway(*groups(rho))                          # F=57.08177172061332,  p=7.404303422964465e-07
 * </pre>
 */
class OneWayAnovaReferenceTest extends StatisticalTestContract<OneWayAnovaTest> {

    private final OneWayAnovaTest test = new OneWayAnovaTest();

    @Override
    protected OneWayAnovaTest contribution() {
        return new OneWayAnovaTest();
    }

    @Override
    protected String id() {
        return "org.filmlab.stats.oneWayAnova";
    }

    private ParameterValues values(Map<String, ?> given) {
        Problems problems = new Problems();
        ParameterValues values = test.parameters().resolve(given, "oneWayAnova", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        return values;
    }

    @Test
    void agreesWithScipy() {
        TestResult result = test.test(grouped(KruskalWallisReferenceTest.films(), 3, CLASSES),
                test.parameters().defaults(), null);

        assertEquals("oneWayAnova", result.key());
        TestResult.Row thickness = row(result, "thickness");
        assertEquals(List.of("F", "dfBetween", "dfWithin", "p"), List.copyOf(thickness.statistics().keySet()));
        assertRelative(17.09982716490851, thickness.statistics().get("F"), 1e-6, "F");
        assertRelative(0.00030708253667734246, thickness.statistics().get("p"), 1e-6, "p");
        assertEquals(2.0, thickness.statistics().get("dfBetween"));
        assertEquals(12.0, thickness.statistics().get("dfWithin"));
        TestResult.Row density = row(result, "density");
        assertRelative(57.08177172061332, density.statistics().get("F"), 1e-6, "F");
        assertRelative(7.404303422964465e-07, density.statistics().get("p"), 1e-6, "p");
    }

    @Test
    void logTransformAgreesWithScipyOnTheLogs() {
        TestResult result = test.test(grouped(KruskalWallisReferenceTest.films(), 3, CLASSES),
                values(Map.of("columns", "thickness", "logTransform", true)), null);

        assertEquals(1, result.rows().size());
        assertRelative(12.727043618990317, row(result, "thickness").statistics().get("F"), 1e-6, "F");
        assertRelative(0.0010816634876408182, row(result, "thickness").statistics().get("p"), 1e-6, "p");
        assertNoteMentions(result, "natural log");
    }

    @Test
    void logOfANonPositiveValueIsTheDatasFaultNamingItsCell() {
        double[] thickness = THICKNESS.clone();
        thickness[6] = 0;
        DataValueException e = assertThrows(DataValueException.class,
                () -> test.test(grouped(dataset(property("thickness", thickness)), 3, CLASSES),
                        values(Map.of("logTransform", true)), null));
        assertTrue(e.getMessage().startsWith("films.csv, row 8, column 'thickness': film film 7 has thickness = 0"),
                e.getMessage());
    }

    @Test
    void noVarianceWithinClassesIsOmittedWithANote() {
        double[] stepwise = new double[CLASSES.length];
        for (int i = 0; i < stepwise.length; i++) {
            stepwise[i] = 10.0 * CLASSES[i];
        }
        TestResult result = test.test(grouped(dataset(property("RD", stepwise)), 3, CLASSES),
                test.parameters().defaults(), null);

        assertTrue(result.rows().isEmpty(), result.rows().toString());
        assertNoteMentions(result, "RD", "not tested");
    }

    @Test
    void oneFilmPerClassIsOmittedWithANote() {
        TestResult result = test.test(grouped(dataset(property("RD", 1.0, 2.0, 4.0)), 3, 1, 2, 3),
                test.parameters().defaults(), null);

        assertTrue(result.rows().isEmpty(), result.rows().toString());
        assertNoteMentions(result, "RD", "not tested");
    }
}
