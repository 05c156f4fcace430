// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.analysis.GroupedData;

/**
 * The classes of a {@link GroupedData} that have films, the groups a per-property test compares.
 * A class without films carries no information about a property and would make the test fail, so
 * it is left out; the degrees of freedom then count only the classes compared, and
 * {@link #notes()} says so.
 */
final class ClassGroups {

    private final GroupedData data;
    private final List<Integer> compared = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ClassGroups(GroupedData data) {
        this.data = data;
        int[] counts = new int[data.classCount() + 1];
        int unclassified = 0;
        for (int c : data.classes()) {
            if (c >= 1 && c <= data.classCount()) {
                counts[c]++;
            } else {
                unclassified++;
            }
        }
        List<Integer> empty = new ArrayList<>();
        for (int c = 1; c <= data.classCount(); c++) {
            (counts[c] > 0 ? compared : empty).add(c);
        }
        if (!empty.isEmpty()) {
            notes.add("class" + (empty.size() == 1 ? " " : "es ") + join(empty) + (empty.size() == 1 ? " has" : " have")
                    + " no films and " + (empty.size() == 1 ? "is" : "are") + " left out: the tests compare classes "
                    + join(compared) + " (df = " + Math.max(0, compared.size() - 1) + " between classes)");
        }
        if (unclassified > 0) {
            notes.add(unclassified + " row" + (unclassified == 1 ? " has" : "s have") + " no class in 1.."
                    + data.classCount() + " and " + (unclassified == 1 ? "is" : "are") + " left out");
        }
    }

    /** How many classes have films. */
    int size() {
        return compared.size();
    }

    /** The values of {@code column}, one array per class that has films, in class order. */
    List<double[]> split(double[] column) {
        List<double[]> groups = new ArrayList<>(compared.size());
        for (int c : compared) {
            groups.add(data.valuesOfClass(column, c));
        }
        return groups;
    }

    /** Why classes or rows were left out; empty when none were. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Why a test needing two classes cannot run with {@code compared} classes. */
    static String tooFew(int compared) {
        return (compared == 0 ? "no class has" : "only " + compared + " class has")
                + " films and the test compares at least two";
    }

    private static String join(List<Integer> classes) {
        return String.join(", ", classes.stream().map(String::valueOf).toList());
    }
}
