// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static org.filmlab.io.internal.Fixtures.file;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.Table;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;
import org.junit.jupiter.api.Test;

/**
 * From a CSV file with the paper's headers to a data set, through core's automatic mapping and
 * through the loader that picks the importer by extension. Expected values are the fixture's text.
 */
class EndToEndTest {

    private static final double EXACT = 1e-12;

    private static void checkPaperDataset(Dataset d) {
        assertEquals(List.of("LS", "XB", "P").stream().sorted().toList(),
                d.conditions().stream().map(Column::key).sorted().toList());
        assertEquals(List.of("thickness", "density", "resistance", "sigmaN", "DoT", "RD"),
                d.properties().stream().map(Column::key).toList());
        assertEquals(List.of("F001", "F002", "F003", "F004", "F005"), d.rowLabels());
        assertTrue(d.isSynthetic(), "the fixture's first line says SYNTHETIC");
        assertEquals(3, d.sourceRow(0));
        assertEquals(6, d.sourceRow(2), "the blank line 5 still counts");
        assertArrayEquals(new double[] { 0.6, 0.8, 1.0, 1.2, 1.4 }, d.column("L:S").orElseThrow().values(), EXACT);
        assertArrayEquals(new double[] { 0, 25, 50, 75, 100 }, d.column("X:B").orElseThrow().values(), EXACT);
        assertArrayEquals(new double[] { 0.182, 0.205, 0.231, 0.149, 0.128 }, d.column("σN").orElseThrow().values(),
                EXACT);
        assertEquals("µm", d.column("thickness").orElseThrow().unit());
    }

    @Test
    void csvThroughAutomaticMapping() throws Exception {
        Path csv = file("films-comma.csv");
        CsvImporter importer = new CsvImporter();
        Table table = importer.read(csv, importer.parameters().defaults(), null);
        checkPaperDataset(DatasetMapping.automatic().apply(table, DatasetLoader.sha256(csv)));
    }

    @Test
    void loaderPicksTheCsvImporterByExtension() throws Exception {
        Dataset d = new DatasetLoader(ContributionRegistry.getDefault()).load(file("films-comma.csv"),
                DatasetMapping.automatic(), null);
        checkPaperDataset(d);
        assertEquals("films-comma.csv", d.source());
        Dataset semicolon = new DatasetLoader(ContributionRegistry.getDefault())
                .load(file("films-semicolon-comma.csv"), DatasetMapping.automatic(), null);
        assertArrayEquals(d.column("RD").orElseThrow().values(), semicolon.column("RD").orElseThrow().values(), EXACT,
                "the same films written with semicolons and decimal commas");
    }
}
