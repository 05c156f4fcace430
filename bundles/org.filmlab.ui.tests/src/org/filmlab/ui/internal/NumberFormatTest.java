// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers in the data-set table keep their significant digits whatever their magnitude: σN in S/cm
 * (about 10⁻⁴) once read 0.000.
 */
class NumberFormatTest {

    @TempDir
    Path dir;

    private Dataset before;
    private Path beforeFile;
    private IPerspectiveDescriptor perspective;

    @BeforeEach
    void remember() throws Exception {
        DataUi.waitForFilmLabJobs();
        before = Session.get().dataset().orElseThrow();
        beforeFile = Session.get().datasetFile().orElse(null);
        perspective = DataUi.showDataPerspective();
    }

    @AfterEach
    void putBack() throws Exception {
        Session.get().datasetLoaded(before, beforeFile);
        DataUi.dispatch();
        DataUi.restore(perspective);
    }

    @Test
    void everyValueKeepsItsSignificantDigitsInSiemensPerCentimetre() throws Exception {
        // The sample with σN converted from mS/cm to S/cm.
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            cells[7] = lines.isEmpty() ? "σN (S/cm)" : Double.toString(Double.parseDouble(cells[7]) / 1000);
            lines.add(String.join(",", cells));
        }
        Path file = dir.resolve("films-s-per-cm.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        new DatasetImportJob(file).schedule();
        DataUi.waitForFilmLabJobs();
        Dataset d = Session.get().dataset().orElseThrow();
        assertEquals("S/cm", d.column("sigmaN").orElseThrow().unit());
        DatasetTable table = DataUi.datasetView().table();
        assertNotNull(table);

        int digits = FilmLabPreferences.significantDigits();
        for (int j = 0; j < d.columns().size(); j++) {
            Column c = d.columns().get(j);
            boolean scientific = table.textAt(j, 0).contains("e");
            for (int r = 0; r < d.rowCount(); r++) {
                String shown = table.textAt(j, r);
                assertEquals(scientific, shown.contains("e"), c.key() + ": one style per column, row " + r);
                if (c.values()[r] == Math.rint(c.values()[r]) && !scientific) {
                    assertEquals(c.values()[r], Double.parseDouble(shown), 0.0, c.key() + " row " + r);
                } else {
                    assertShownWith(digits, c.values()[r], shown);
                }
            }
        }
        int p = d.columns().indexOf(d.column("P").orElseThrow());
        assertFalse(table.textAt(p, 0).contains("."), "polymer content, whole numbers, stays whole: "
                + table.textAt(p, 0));
    }

    /** {@code shown} is {@code value} to at least {@code digits} significant digits. */
    static void assertShownWith(int digits, double value, String shown) {
        double back = Double.parseDouble(shown);
        if (value == 0) {
            assertEquals(0.0, back, 0.0, shown);
            return;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - digits + 1);
        assertTrue(Math.abs(back - value) <= unit / 2 * (1 + 1e-9), shown + " for " + value + " with " + digits
                + " significant digits");
    }
}
