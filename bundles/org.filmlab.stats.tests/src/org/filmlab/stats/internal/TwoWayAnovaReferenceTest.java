// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import static org.filmlab.stats.internal.Films.assertNoteMentions;
import static org.filmlab.stats.internal.Films.assertRelative;
import static org.filmlab.stats.internal.Films.condition;
import static org.filmlab.stats.internal.Films.dataset;
import static org.filmlab.stats.internal.Films.grouped;
import static org.filmlab.stats.internal.Films.property;
import static org.filmlab.stats.internal.Films.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.DataValueException;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.StatisticalTestContract;
import org.junit.jupiter.api.Test;

/**
 * Two-way ANOVA against statsmodels 0.13.5 (Debian's python3-statsmodels) on an unbalanced X:B × L:S
 * design of 20 films (cells of 1 to 4 films):
 *
 * <pre>
 * import numpy as np, pandas as pd, statsmodels.formula.api as smf
 * from statsmodels.stats.anova import anova_lm
 * df = pd.DataFrame({"a": XB, "b": LS, "y": RD})          # the arrays below
 * anova_lm(smf.ols('np.log(y) ~ C(a)*C(b)', df).fit(), typ=2)
 * #            sum_sq               df  F                    PR(>F)
 * # C(a)       0.9510325205047111   2   29.937642030607446   3.547629842787441e-05
 * # C(b)       1.1502439837718743   2   36.20863839203659    1.4479438644794615e-05
 * # C(a):C(b)  0.02959568305984204  4   0.46582264328177336  0.7597965016070916
 * # Residual   0.1747191331043442   11
 * anova_lm(smf.ols('y ~ C(a)*C(b)', df).fit(), typ=2)
 * # C(a)       82.1826881424375     2   31.544387423093205   2.7798508546946118e-05
 * # C(b)       99.77298576148524    2   38.29611550019208    1.1068761604603535e-05
 * # C(a):C(b)  1.978561857562408    4   0.37971818144553354  0.8185851744158853
 * # Residual   14.329166666666662   11
 * </pre>
 */
class TwoWayAnovaReferenceTest extends StatisticalTestContract<TwoWayAnovaTest> {

    private static final double[] XB = { 0, 0, 0, 0, 0, 0, 50, 50, 50, 50, 50, 100, 100, 100, 100, 100, 100, 100, 0,
            50 };
    private static final double[] LS = { 0.6, 0.6, 1.0, 1.4, 1.4, 1.4, 0.6, 1.0, 1.0, 1.0, 1.4, 0.6, 0.6, 0.6, 0.6, 1.0,
            1.4, 1.4, 1.0, 0.6 };
    private static final double[] RD = { 12.1, 10.4, 8.3, 6.2, 7.9, 5.5, 9.8, 6.1, 5.2, 7.3, 4.4, 15.3, 13.9, 17.2, 14.1,
            11.0, 9.1, 8.7, 9.0, 8.9 };
    /** The row of the only film in cell (X:B 50, L:S 1.4). */
    private static final int LONE_FILM = 10;

    private final TwoWayAnovaTest test = new TwoWayAnovaTest();

    @Override
    protected TwoWayAnovaTest contribution() {
        return new TwoWayAnovaTest();
    }

    @Override
    protected String id() {
        return "org.filmlab.stats.twoWayAnova";
    }

    private static GroupedData design(double[] xb, double[] ls, double[] rd) {
        Dataset data = dataset(condition("XB", xb), condition("LS", ls), property("RD", rd));
        return grouped(data, 1, new int[rd.length]);
    }

    private ParameterValues values(Map<String, ?> given) {
        Problems problems = new Problems();
        ParameterValues values = test.parameters().resolve(given, "twoWayAnova", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        return values;
    }

    private static void assertEffect(TestResult result, String term, double ss, double df, double f, double p) {
        Map<String, Double> s = row(result, term).statistics();
        assertEquals(List.of("SS", "df", "MS", "F", "p"), List.copyOf(s.keySet()), term);
        assertRelative(ss, s.get("SS"), 1e-6, term + " SS");
        assertEquals(df, s.get("df"), term + " df");
        assertRelative(ss / df, s.get("MS"), 1e-6, term + " MS");
        assertRelative(f, s.get("F"), 1e-6, term + " F");
        assertRelative(p, s.get("p"), 1e-6, term + " p");
    }

    private static void assertResidual(TestResult result, double ss, double df) {
        Map<String, Double> s = row(result, "residual").statistics();
        assertEquals(List.of("SS", "df", "MS"), List.copyOf(s.keySet()));
        assertRelative(ss, s.get("SS"), 1e-6, "residual SS");
        assertEquals(df, s.get("df"), "residual df");
        assertRelative(ss / df, s.get("MS"), 1e-6, "residual MS");
    }

    @Test
    void unbalancedDesignOfLogRdAgreesWithStatsmodelsTypeII() {
        TestResult result = test.test(design(XB, LS, RD), test.parameters().defaults(), null);

        assertEquals("twoWayAnova", result.key());
        assertEquals(List.of("XB", "LS", "XB×LS", "residual"), result.rows().stream().map(TestResult.Row::term).toList());
        assertEffect(result, "XB", 0.9510325205047111, 2, 29.937642030607446, 3.547629842787441e-05);
        assertEffect(result, "LS", 1.1502439837718743, 2, 36.20863839203659, 1.4479438644794615e-05);
        assertEffect(result, "XB×LS", 0.02959568305984204, 4, 0.46582264328177336, 0.7597965016070916);
        assertResidual(result, 0.1747191331043442, 11);
        assertNoteMentions(result, "natural log", "RD");
        assertNoteMentions(result, "Type II");
        assertNoteMentions(result, "XB", "distinct value", "0, 50, 100");
    }

    @Test
    void withoutLogTransformAgreesWithStatsmodels() {
        TestResult result = test.test(design(XB, LS, RD), values(Map.of("logTransform", false)), null);

        assertEffect(result, "XB", 82.1826881424375, 2, 31.544387423093205, 2.7798508546946118e-05);
        assertEffect(result, "LS", 99.77298576148524, 2, 38.29611550019208, 1.1068761604603535e-05);
        assertEffect(result, "XB×LS", 1.978561857562408, 4, 0.37971818144553354, 0.8185851744158853);
        assertResidual(result, 14.329166666666662, 11);
        assertNoteMentions(result, "untransformed");
    }

    /**
     * Without its lone film, cell (X:B 50, L:S 1.4) is empty and the dummy-coded design loses one
     * rank. statsmodels' {@code anova_lm(typ=2)} warns there ("covariance of constraints does not
     * have full rank. The number of constraints is 4, but rank is 3") and reports the interaction
     * with 4 df and different main-effect SS, so the reference is Type II from its definition:
     * nested statsmodels OLS fits, SS = difference of their {@code ssr}, df = difference of their
     * {@code df_resid} (which statsmodels takes from the design rank):
     *
     * <pre>
     * d = df.drop(index=10).reset_index(drop=True)
     * fa, fb = smf.ols('np.log(y) ~ C(a)', d).fit(), smf.ols('np.log(y) ~ C(b)', d).fit()
     * fab, full = smf.ols('np.log(y) ~ C(a)+C(b)', d).fit(), smf.ols('np.log(y) ~ C(a)*C(b)', d).fit()
     * mse = full.ssr / full.df_resid
     * for red, big in ((fb, fab), (fa, fab), (fab, full)):
     *     ss, dfe = red.ssr - big.ssr, red.df_resid - big.df_resid
     *     F = ss / dfe / mse; print(ss, dfe, F, scipy.stats.f.sf(F, dfe, full.df_resid))
     * # A   0.7452153816671058   2  23.458704987514455  0.00010769847178196957
     * # B   0.9536285700196566   2  30.019363317100275  3.502969400516025e-05
     * # AxB 0.01700473365371416  3  0.3568624051401518  0.7852779416801149
     * # residual: ssr 0.17471913310434423, df_resid 11, matrix_rank(full.model.exog) 8
     * </pre>
     * The interaction F and p agree with {@code anova_lm(typ=2)} (0.3568624051401507, 0.7852779416801159).
     */
    @Test
    void anEmptyCellReducesTheInteractionDegreesOfFreedom() {
        TestResult result = test.test(design(without(XB, LONE_FILM), without(LS, LONE_FILM), without(RD, LONE_FILM)),
                test.parameters().defaults(), null);

        assertEffect(result, "XB", 0.7452153816671058, 2, 23.458704987514455, 0.00010769847178196957);
        assertEffect(result, "LS", 0.9536285700196566, 2, 30.019363317100275, 3.502969400516025e-05);
        assertEffect(result, "XB×LS", 0.01700473365371416, 3, 0.3568624051401518, 0.7852779416801149);
        assertResidual(result, 0.17471913310434423, 11);
        assertNoteMentions(result, "1 of 9", "no films");
    }

    /**
     * Continuous conditions cut into 3 equal-width levels each; the bins are computed in the
     * reference independently of FilmLab and every cell holds 2 films:
     *
     * <pre>
     * def bins(x, n):
     *     x = np.asarray(x, float); lo, hi = x.min(), x.max()
     *     return np.minimum(np.floor((x - lo) / (hi - lo) * n), n - 1).astype(int)
     * d = pd.DataFrame({"a": bins(xb, 3), "b": bins(ls, 3), "y": rd})
     * anova_lm(smf.ols('np.log(y) ~ C(a)*C(b)', d).fit(), typ=2)
     * # C(a)       1.9263074337874388    2  150.88172850749137  1.1971719824177726e-07
     * # C(b)       0.4657760230511862    2  36.482801354886405  4.816692564034501e-05
     * # C(a):C(b)  0.17489214627164865   4  6.849381585982911   0.008155750455441488
     * # Residual   0.057451512106802806  9
     * </pre>
     */
    @Test
    void equalWidthLevelsAgreeWithStatsmodelsOnTheBinnedDesign() {
        double[] xb = { 0, 10, 45, 55, 90, 100, 0, 10, 45, 55, 90, 100, 0, 45, 90, 100, 55, 10 };
        double[] ls = { 0.6, 0.7, 0.95, 1.05, 1.3, 1.4, 1.4, 1.3, 0.6, 0.7, 0.95, 1.05, 1.05, 1.3, 0.6, 0.7, 1.4,
                0.95 };
        double[] rd = { 5.1, 4.7, 3.9, 3.2, 6.8, 7.4, 2.9, 3.1, 4.4, 4.0, 5.9, 6.1, 3.6, 2.7, 7.9, 8.3, 2.2, 3.8 };

        TestResult result = test.test(design(xb, ls, rd), values(Map.of("levels", 3)), null);

        assertEffect(result, "XB", 1.9263074337874388, 2, 150.88172850749137, 1.1971719824177726e-07);
        assertEffect(result, "LS", 0.4657760230511862, 2, 36.482801354886405, 4.816692564034501e-05);
        assertEffect(result, "XB×LS", 0.17489214627164865, 4, 6.849381585982911, 0.008155750455441488);
        assertResidual(result, 0.057451512106802806, 9);
        assertNoteMentions(result, "LS", "3 equal-width bins", "[0.6, 1.4]");
    }

    @Test
    void aBinWithoutFilmsIsNotALevel() {
        // X:B at 0/10 and 90/100 cut into 3 bins leaves the middle bin empty: two levels, as if X:B had
        // been recorded as 0 and 100. L:S at 0.6, 1.0 and 1.4 falls one value per bin.
        double[] spread = new double[XB.length];
        double[] coded = new double[XB.length];
        for (int i = 0; i < XB.length; i++) {
            spread[i] = XB[i] == 0 ? (i % 2 == 0 ? 0 : 10) : (i % 2 == 0 ? 90 : 100);
            coded[i] = XB[i] == 0 ? 0 : 100;
        }
        TestResult binned = test.test(design(spread, LS, RD), values(Map.of("levels", 3)), null);
        TestResult distinct = test.test(design(coded, LS, RD), test.parameters().defaults(), null);

        assertEquals(1.0, row(binned, "XB").statistics().get("df"));
        assertEquals(distinct.rows().size(), binned.rows().size());
        for (TestResult.Row expected : distinct.rows()) {
            expected.statistics().forEach((k, v) -> assertRelative(v, row(binned, expected.term()).statistics().get(k),
                    1e-12, expected.term() + " " + k));
        }
        assertNoteMentions(binned, "XB", "(no films, not a level)");
    }

    @Test
    void aNonPositiveResponseIsTheDatasFaultNamingItsCell() {
        double[] rd = RD.clone();
        rd[4] = -0.5;
        DataValueException e = assertThrows(DataValueException.class,
                () -> test.test(design(XB, LS, rd), test.parameters().defaults(), null));
        assertTrue(e.getMessage().startsWith("films.csv, row 6, column 'RD': film film 5 has RD = -0.5"),
                e.getMessage());
        assertEquals(6, e.input().row());
        assertTrue(e.getMessage().contains("logTransform: false"), "says how to do without the log: " + e.getMessage());
    }

    @Test
    void oneFilmPerCellReportsSumsOfSquaresWithoutF() {
        double[] xb = { 0, 0, 50, 50 };
        double[] ls = { 0.6, 1.4, 0.6, 1.4 };
        double[] rd = { 3, 4, 6, 5 };

        TestResult result = test.test(design(xb, ls, rd), test.parameters().defaults(), null);

        for (TestResult.Row r : result.rows()) {
            assertFalse(r.statistics().containsKey("F"), r.toString());
            r.statistics().values().forEach(v -> assertTrue(Double.isFinite(v), r.toString()));
        }
        assertEquals(0.0, row(result, "residual").statistics().get("df"));
        assertNoteMentions(result, "no residual degrees of freedom");
    }

    /**
     * Conditions recorded as measured (L:S 0.917, X:B 23.6), every film its own level: the dummy
     * design had a column for each of the 12,000 level pairs and the fit ran into the workflow's
     * 10-minute limit on the sample so jittered. Only the pairs some film has are columns now.
     */
    @Test
    void continuousConditionsFinishAndSayHowToBinThem() {
        int n = 110;
        double[] xb = new double[n];
        double[] ls = new double[n];
        double[] rd = new double[n];
        for (int i = 0; i < n; i++) {
            xb[i] = 25 * (i % 5) + 0.037 * i;
            ls[i] = 0.6 + 0.2 * (i / 22) + 0.0011 * i;
            rd[i] = 4 + (i % 7) + 0.01 * i;
        }
        TestResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> test.test(design(xb, ls, rd), test.parameters().defaults(), null));
        assertEquals(0.0, row(result, "residual").statistics().get("df"));
        assertNoteMentions(result, "no residual degrees of freedom", "levels");

        TestResult binned = test.test(design(xb, ls, rd), values(Map.of("levels", 5)), null);
        assertTrue(row(binned, "XB").statistics().containsKey("p"), "binned, the effects are tested");
    }

    /** A design of more level pairs than a fit can take in time is noted as not tested, with the remedy. */
    @Test
    void aDesignTooLargeToFitIsNotTestedAndSaysWhy() {
        int n = 3000;
        double[] xb = new double[n];
        double[] ls = new double[n];
        double[] rd = new double[n];
        for (int i = 0; i < n; i++) {
            xb[i] = i;
            ls[i] = (i * 7919) % n;
            rd[i] = 1 + i % 13;
        }
        TestResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> test.test(design(xb, ls, rd), test.parameters().defaults(), null));
        assertTrue(result.rows().isEmpty(), result.rows().toString());
        assertNoteMentions(result, "not tested", "levels");
    }

    @Test
    void aFactorWithOneLevelIsNotTestedButNoted() {
        double[] xb = new double[XB.length];
        Arrays.fill(xb, 50);

        TestResult result = test.test(design(xb, LS, RD), test.parameters().defaults(), null);

        assertEquals(List.of("LS", "residual"), result.rows().stream().map(TestResult.Row::term).toList());
        assertNoteMentions(result, "XB not tested");
        assertNoteMentions(result, "XB×LS not tested");
    }

    private static double[] without(double[] values, int index) {
        double[] out = new double[values.length - 1];
        System.arraycopy(values, 0, out, 0, index);
        System.arraycopy(values, index + 1, out, index, values.length - index - 1);
        return out;
    }
}
