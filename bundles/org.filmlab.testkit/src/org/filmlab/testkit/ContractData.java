// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;

/**
 * The data the contracts run on: 60 synthetic films in the paper's layout, built in code from a
 * fixed seed so that a plug-in's tests need no fixture file. Conditions P, LS, XB on the paper's
 * grid; properties thickness, density, resistance, sigmaN, DoT and RD depending on them with noise;
 * three classes of unequal size (30, 18, 12) that overlap, so that a classifier has something to get
 * wrong and a resampler something to balance. Every call returns new arrays.
 *
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class ContractData {

    /** The number of films. */
    public static final int ROWS = 60;

    /** The condition keys, in column order. */
    public static final List<String> CONDITIONS = List.of("P", "LS", "XB");

    /** The property keys, in column order. */
    public static final List<String> PROPERTIES = List.of("thickness", "density", "resistance", "sigmaN", "DoT",
            "RD");

    /** The variables the paper's workflow reduces: L:S, X:B and the properties (P% left out). */
    public static final List<String> REDUCED = List.of("LS", "XB", "thickness", "density", "resistance", "sigmaN",
            "DoT", "RD");

    private static final int CLASSES = 3;

    private ContractData() {
    }

    /** The films as a data set, conditions then properties. */
    public static Dataset films() {
        double[][] values = values();
        List<Column> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>(CONDITIONS);
        keys.addAll(PROPERTIES);
        for (int c = 0; c < keys.size(); c++) {
            double[] column = new double[ROWS];
            for (int i = 0; i < ROWS; i++) {
                column[i] = values[i][c];
            }
            ColumnRole role = c < CONDITIONS.size() ? ColumnRole.CONDITION : ColumnRole.PROPERTY;
            columns.add(new Column(keys.get(c), keys.get(c), keys.get(c), role, "", column));
        }
        List<String> labels = new ArrayList<>();
        int[] sourceRows = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels.add("film " + (i + 1));
            sourceRows[i] = i + 2;
        }
        return new Dataset("contract-films", "0".repeat(64), List.of("synthetic films of the contract test kit"),
                columns, labels, sourceRows);
    }

    /** Each film's class, {@code 1..3}, as a statistical test gets them. */
    public static GroupedData groupedFilms() {
        int[] classes = classes();
        for (int i = 0; i < classes.length; i++) {
            classes[i]++;
        }
        return new GroupedData(films(), classes, CLASSES);
    }

    /** The conditions as features and each film's class {@code 0..2}: what a classifier learns from. */
    public static LabeledSamples labeledConditions() {
        double[][] values = values();
        double[][] x = new double[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            x[i] = new double[] { values[i][0], values[i][1], values[i][2] };
        }
        return LabeledSamples.of(CONDITIONS, CLASSES, x, classes());
    }

    /** The variables of {@link #REDUCED}, one row per film: what a reducer gets. */
    public static VariableMatrix reducedVariables() {
        double[][] values = values();
        double[][] rows = new double[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new double[REDUCED.size()];
            System.arraycopy(values[i], 1, rows[i], 0, REDUCED.size());
        }
        return new VariableMatrix(REDUCED, rows);
    }

    /** Two coordinates per film, σN and RD: what a clusterer gets in place of reduction scores. */
    public static double[][] points() {
        double[][] values = values();
        double[][] points = new double[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            points[i] = new double[] { values[i][6], values[i][8] };
        }
        return points;
    }

    /**
     * The shape the workflow engine gives a step of {@code rows} films of this data set, with
     * {@code variables} as its input and {@code classes} classes (0 before there are classes).
     */
    public static DataShape shape(int rows, List<String> variables, int classes) {
        return new DataShape(rows, variables, CONDITIONS, PROPERTIES, classes);
    }

    /** The shape of labelled samples, the input of a classifier or a resampler. */
    public static DataShape shape(LabeledSamples samples) {
        return shape(samples.size(), samples.features(), samples.classCount());
    }

    /** Class 0 for the first 30 films, 1 for the next 18, 2 for the last 12. */
    private static int[] classes() {
        int[] classes = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            classes[i] = i < 30 ? 0 : i < 48 ? 1 : 2;
        }
        return classes;
    }

    /** Rows of P, LS, XB, thickness, density, resistance, sigmaN, DoT, RD. */
    private static double[][] values() {
        SplittableRandom random = new SplittableRandom(2021L);
        double[] ls = { 0.6, 0.8, 1.0, 1.2, 1.4 };
        double[] xb = { 0, 25, 50, 75, 100 };
        int[] classes = classes();
        double[][] rows = new double[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            int c = classes[i];
            double p = 3 + random.nextInt(8);
            double l = ls[random.nextInt(ls.length)];
            double x = xb[random.nextInt(xb.length)];
            // The class shifts σN and RD by less than their noise, so the classes overlap.
            double sigmaN = 0.7 - 0.25 * c + 0.08 * l + 0.15 * noise(random);
            double rd = 0.1 + 0.05 * c + 0.0005 * x + 0.04 * Math.abs(noise(random));
            double thickness = 20 + 8 * l - 0.3 * p + 2 * noise(random);
            double density = 1.6 - 0.1 * l + 0.05 * noise(random);
            double resistance = 40 / Math.max(sigmaN, 0.05) + 3 * noise(random);
            double dot = rd * thickness + 0.5 * noise(random);
            rows[i] = new double[] { p, l, x, thickness, density, resistance, sigmaN, dot, rd };
        }
        return rows;
    }

    /** A standard normal draw (Box-Muller), from the given generator only. */
    private static double noise(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
