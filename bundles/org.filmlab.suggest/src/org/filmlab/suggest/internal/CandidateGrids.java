// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.suggest.CandidateGrid;

/**
 * Builds the candidate recipes: each condition at its measured levels, or in the lab's steps across
 * its measured range (so suggestions stay where films were made and are recipes a lab can weigh
 * out), every combination, the recipes already made left out.
 */
public final class CandidateGrids {

    /** More candidates than this and the steps are finer than any lab works in. */
    static final int MAX_CANDIDATES = 500_000;

    /** Why no grid can be built for these data, in the user's terms. */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    private CandidateGrids() {
    }

    /**
     * Parses the {@code steps} setting: {@code "LS=0.05, XB=5"}.
     *
     * @throws IllegalArgumentException naming the entry that is not KEY=POSITIVE_NUMBER
     */
    public static Map<String, Double> steps(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.split("=", -1);
            double step;
            try {
                step = kv.length == 2 ? Double.parseDouble(kv[1].strip()) : Double.NaN;
            } catch (NumberFormatException e) {
                step = Double.NaN;
            }
            if (kv.length != 2 || kv[0].isBlank() || !(step > 0) || Double.isInfinite(step)) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not CONDITION=STEP with a positive step"
                        + " (e.g. LS=0.05, XB=5)");
            }
            out.put(kv[0].strip(), step);
        }
        return out;
    }

    /**
     * @param conditions the classifier's features, in order
     * @param steps the lab's step per condition; a condition without one takes its measured levels
     * @throws Refusal when a condition is constant or the grid would be too large
     */
    public static CandidateGrid build(Dataset data, List<String> conditions, Map<String, Double> steps)
            throws Refusal {
        int d = conditions.size();
        double[][] values = new double[d][];
        double[][] measured = new double[d][];
        double[] low = new double[d];
        double[] high = new double[d];
        long size = 1;
        for (int k = 0; k < d; k++) {
            Column c = data.column(conditions.get(k)).orElseThrow();
            measured[k] = c.values();
            TreeSet<Double> levels = new TreeSet<>();
            Arrays.stream(c.values()).forEach(levels::add);
            low[k] = levels.first();
            high[k] = levels.last();
            if (low[k] == high[k]) {
                throw new Refusal("condition " + c.label() + " is " + number(low[k]) + " in every film of "
                        + data.source() + ": suggestions need every condition to vary (leave it out of the"
                        + " conditions, e.g. --ignore '" + c.header() + "', or make films at other values)");
            }
            Double step = steps.get(c.key());
            values[k] = step == null ? levels.stream().mapToDouble(Double::doubleValue).toArray()
                    : stepped(low[k], high[k], step);
            size *= values[k].length;
            if (size > MAX_CANDIDATES) {
                throw new Refusal("the steps " + steps + " make more than " + MAX_CANDIDATES
                        + " candidate recipes: give coarser steps");
            }
        }
        List<double[]> points = new ArrayList<>();
        int[] at = new int[d];
        for (long n = 0; n < size; n++) {
            double[] p = new double[d];
            for (int k = 0; k < d; k++) {
                p[k] = values[k][at[k]];
            }
            if (!made(p, measured, low, high)) {
                points.add(p);
            }
            for (int k = d - 1; k >= 0; k--) {
                if (++at[k] < values[k].length) {
                    break;
                }
                at[k] = 0;
            }
        }
        return new CandidateGrid(conditions, points.toArray(double[][]::new), low, high);
    }

    /** low, low + step, ... up to high, each rounded to nine decimals so 0.6 + 3 × 0.05 prints as 0.75. */
    private static double[] stepped(double low, double high, double step) {
        int n = (int) Math.floor((high - low) / step + 1e-9) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((low + i * step) * 1e9) / 1e9;
        }
        return v;
    }

    /** Whether a film was made at this recipe (to a millionth of each condition's range). */
    private static boolean made(double[] p, double[][] measured, double[] low, double[] high) {
        int films = measured[0].length;
        for (int f = 0; f < films; f++) {
            boolean same = true;
            for (int k = 0; k < p.length && same; k++) {
                same = Math.abs(p[k] - measured[k][f]) <= 1e-6 * (high[k] - low[k]);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
