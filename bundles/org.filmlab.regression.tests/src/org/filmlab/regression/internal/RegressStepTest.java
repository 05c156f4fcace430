// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.DataValueException;
import org.filmlab.core.data.Dataset;
import org.filmlab.regression.PropertyMaps;
import org.junit.jupiter.api.Test;

class RegressStepTest {

    /** A quadratic in the raw conditions, with every kind of term the model has. */
    private static double quadratic(double[] c) {
        double p = c[0];
        double ls = c[1];
        double xb = c[2];
        return 2.5 + 0.3 * p - 1.7 * ls + 0.4 * xb - 0.05 * p * p + 0.8 * ls * ls - 0.02 * xb * xb + 0.1 * p * ls
                - 0.03 * p * xb + 0.25 * ls * xb;
    }

    @Test
    void recoversAKnownQuadraticExactly() {
        Dataset data = Films.factorial(RegressStepTest::quadratic);
        PropertyMaps maps = PropertyMapper.map(data, Films.settings("resolution", 11), new NullProgressMonitor());

        assertEquals(List.of("P", "LS", "XB", "P²", "LS²", "XB²", "P·LS", "P·XB", "LS·XB"), maps.features());
        PropertyMaps.Property sigma = maps.properties().get(0);
        assertEquals(1.0, sigma.rSquared(), 1e-9);
        assertEquals(0.0, sigma.residualSd(), 1e-9);
        assertEquals(8, sigma.panels().size(), "one panel per measured P");
        for (PropertyMaps.Panel panel : sigma.panels()) {
            assertTrue(panel.measured());
            for (int j = 0; j < maps.ys().length; j++) {
                for (int i = 0; i < maps.xs().length; i++) {
                    // P is the panel; LS and XB the axes; nothing is held at a median.
                    double expected = quadratic(new double[] {panel.level(), maps.xs()[i], maps.ys()[j]});
                    assertEquals(expected, panel.mean()[j][i], 1e-9);
                    assertEquals(0.0, panel.sd()[j][i], 1e-9);
                }
            }
        }
    }

    @Test
    void isMoreUncertainFarFromTheDataThanAtItsCentre() {
        Random noise = new Random(7);
        Dataset data = Films.factorial(c -> quadratic(c) + 0.1 * noise.nextGaussian());
        List<Column> conditions = data.conditions();
        Terms terms = Terms.of(Terms.QUADRATIC, conditions);
        double[][] x = data.matrix(conditions);
        double[][] t = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            t[r] = terms.expand(x[r]);
        }
        LeastSquaresFit fit = LeastSquaresFit.fit(t, data.column("sigmaN").orElseThrow().values());

        double centre = fit.sd(terms.expand(new double[] {6.5, 1.0, 3.0}));
        double far = fit.sd(terms.expand(new double[] {20, 3.0, 10}));
        assertTrue(centre > 0);
        assertTrue(far > 10 * centre, "far " + far + ", centre " + centre);

        PropertyMaps maps = PropertyMapper.map(data, Films.settings("resolution", 21, "panelLevels", "6.5"),
                new NullProgressMonitor());
        double[][] sd = maps.properties().get(0).panels().get(0).sd();
        assertTrue(sd[0][0] > sd[10][10], "a corner of the grid is less certain than its centre");
        assertTrue(!maps.properties().get(0).panels().get(0).measured(), "6.5 is an interpolated level of P");
    }

    /**
     * Films at two P% levels only: P%² cannot be told from P%. Found in the desktop on the sample's
     * films at P% 5 and 7: "IllegalArgumentException: the conditions do not determine ...", exit 1.
     */
    @Test
    void aConditionAtTwoLevelsIsTheDatasFaultForTheQuadraticModelNamingIt() {
        Dataset all = Films.factorial(RegressStepTest::quadratic);
        double[] p = all.column("P").orElseThrow().values().clone();
        for (int r = 0; r < p.length; r++) {
            p[r] = p[r] < 6.5 ? 5 : 7;
        }
        Dataset twoLevels = Films.dataset(List.of(Films.condition("P", p), all.column("LS").orElseThrow(),
                all.column("XB").orElseThrow(), all.column("sigmaN").orElseThrow()));

        DataValueException e = assertThrows(DataValueException.class,
                () -> PropertyMapper.map(twoLevels, Films.settings(), new NullProgressMonitor()));
        assertEquals("P", e.input().column().orElseThrow());
        assertTrue(e.getMessage().contains("P takes 2 values in these films (5, 7)")
                && e.getMessage().contains("set the regress step's model to linear"), e.getMessage());

        PropertyMaps linear = PropertyMapper.map(twoLevels, Films.settings("model", "linear"),
                new NullProgressMonitor());
        assertEquals(1, linear.properties().size(), "the linear model fits the same films");
    }

    @Test
    void configureSkipsDataWithoutConditions() {
        Dataset wine = Films.dataset(List.of(new Column("alcohol", "alcohol", "alcohol", ColumnRole.PROPERTY, "",
                new double[] {13.2, 12.4, 14.1, 13.0})));
        FakeConfiguration c = new FakeConfiguration(wine, Films.settings());

        new RegressStep().configure(c);

        assertEquals(1, c.skipped.size());
        assertTrue(c.skipped.get(0).contains("no process conditions"), c.skipped.get(0));
        assertTrue(c.problems.isEmpty());
        assertTrue(c.produced.isEmpty());
    }

    @Test
    void configureNamesTheSettingThatIsWrong() {
        Dataset data = Films.factorial(RegressStepTest::quadratic);
        FakeConfiguration c = new FakeConfiguration(data, Films.settings("x", "thickness", "properties", "RD"));

        new RegressStep().configure(c);

        assertTrue(c.problems.get("x").contains("'thickness' is not a condition"), c.problems.toString());
        assertTrue(c.problems.get("properties").contains("'RD' is not a property"), c.problems.toString());
        assertTrue(c.produced.isEmpty());
    }

    @Test
    void configureRefusesPanelLevelsThatAreNotNumbers() {
        FakeConfiguration c = new FakeConfiguration(Films.factorial(RegressStepTest::quadratic),
                Films.settings("panelLevels", "6.5, high"));

        new RegressStep().configure(c);

        assertEquals("'6.5, high' is not a comma-separated list of numbers", c.problems.get("panelLevels"),
                c.problems.toString());
        assertTrue(c.produced.isEmpty());
    }

    @Test
    void configureDeclaresThePropertiesItWillMap() {
        FakeConfiguration c = new FakeConfiguration(Films.factorial(RegressStepTest::quadratic), Films.settings());

        new RegressStep().configure(c);

        assertTrue(c.problems.isEmpty(), c.problems.toString());
        assertEquals(List.of("sigmaN"), c.produced.get("propertyMaps").names());
    }

    @Test
    void needsMoreFilmsThanTerms() {
        Dataset few = Films.dataset(List.of(Films.condition("P", new double[] {3, 4, 5, 6, 7}),
                Films.condition("LS", new double[] {0.6, 0.8, 1.0, 0.7, 0.9}),
                Films.condition("XB", new double[] {1, 2, 3, 4, 5}),
                new Column("sigmaN", "σN", "sigmaN", ColumnRole.PROPERTY, "", new double[] {1, 2, 3, 4, 5})));
        FakeConfiguration c = new FakeConfiguration(few, Films.settings());

        new RegressStep().configure(c);

        assertTrue(c.problems.get("model").contains("10 terms"), c.problems.toString());
    }

    @Test
    void stopsWhenCancelled() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Dataset data = Films.factorial(RegressStepTest::quadratic);

        assertThrows(OperationCanceledException.class, () -> PropertyMapper.map(data, Films.settings(), cancelled));
    }

    @Test
    void isDeterministic() {
        Random noise = new Random(3);
        Dataset data = Films.factorial(c -> quadratic(c) + 0.1 * noise.nextGaussian());
        PropertyMaps a = PropertyMapper.map(data, Films.settings(), new NullProgressMonitor());
        PropertyMaps b = PropertyMapper.map(data, Films.settings(), new NullProgressMonitor());

        assertEquals(a.summaryLines(), b.summaryLines());
        for (int p = 0; p < a.properties().get(0).panels().size(); p++) {
            PropertyMaps.Panel pa = a.properties().get(0).panels().get(p);
            PropertyMaps.Panel pb = b.properties().get(0).panels().get(p);
            for (int j = 0; j < pa.mean().length; j++) {
                assertArrayEquals(pa.mean()[j], pb.mean()[j], 0.0);
                assertArrayEquals(pa.sd()[j], pb.sd()[j], 0.0);
            }
        }
    }
}
