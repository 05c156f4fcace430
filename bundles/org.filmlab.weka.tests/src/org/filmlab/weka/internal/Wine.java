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
 * Java because the io bundle is not a dependency of this one. The class column is dropped.
 */
final class Wine {

    static final int ROWS = 178;
    static final int VARIABLES = 13;

    private Wine() {
    }

    static VariableMatrix measurements() {
        // The fixture lives in this fragment; findEntries, unlike getEntry, searches the host's fragments.
        Enumeration<URL> found = FrameworkUtil.getBundle(Wine.class).findEntries("fixtures", "wine.csv", false);
        if (found == null || !found.hasMoreElements()) {
            throw new IllegalStateException("fixtures/wine.csv is missing from the test fragment");
        }
        URL url = found.nextElement();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",");
            List<String> variables = Arrays.asList(header).subList(0, VARIABLES);
            List<double[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                double[] row = new double[VARIABLES];
                for (int j = 0; j < VARIABLES; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
            }
            return new VariableMatrix(variables, rows.toArray(double[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
