// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;

import org.filmlab.core.analysis.VariableMatrix;
import org.osgi.framework.FrameworkUtil;

/**
 * The UCI Wine data (178 wines × 13 measurements) from the fragment's fixtures, read with plain
 * Java because the io bundle is not a dependency of this one.
 */
final class Wine {

    static final int ROWS = 178;
    static final int VARIABLES = 13;

    private Wine() {
    }

    /** The 13 measurements; the cultivar column is left out. */
    static VariableMatrix measurements() {
        return new VariableMatrix(header().subList(0, VARIABLES), cells(0, VARIABLES));
    }

    /** The cultivar of each wine, 0, 1 or 2 (from {@code class_0}, ...). */
    static int[] cultivars() {
        double[][] c = cells(VARIABLES, 1);
        int[] out = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = (int) c[i][0];
        }
        return out;
    }

    private static List<String> header() {
        return Arrays.asList(lines().get(0).split(","));
    }

    private static double[][] cells(int from, int count) {
        List<String> lines = lines();
        double[][] out = new double[lines.size() - 1][count];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            for (int j = 0; j < count; j++) {
                String cell = cells[from + j];
                out[i - 1][j] = Double.parseDouble(cell.startsWith("class_") ? cell.substring(6) : cell);
            }
        }
        return out;
    }

    private static List<String> lines() {
        // The fixture lives in this fragment; findEntries, unlike getEntry, searches the host's fragments.
        Enumeration<URL> found = FrameworkUtil.getBundle(Wine.class).findEntries("fixtures", "wine.csv", false);
        if (found == null || !found.hasMoreElements()) {
            throw new IllegalStateException("fixtures/wine.csv is missing from the test fragment");
        }
        URL url = found.nextElement();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
