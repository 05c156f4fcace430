// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.testkit.ImporterContract;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Expected values are read off the fixture films.arff, written by hand. */
class ArffImporterTest extends ImporterContract<ArffImporter> {

    @Override
    protected ArffImporter contribution() {
        return new ArffImporter();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.arff";
    }

    private static final double EXACT = 1e-12;

    private final ArffImporter importer = new ArffImporter();

    @Override
    protected Path sampleFile() {
        return file("films.arff");
    }

    private static Path file(String name) {
        // findEntries, unlike getEntry, searches the host's fragments, where the fixtures live.
        Enumeration<URL> found = FrameworkUtil.getBundle(ArffImporterTest.class).findEntries("fixtures", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IllegalStateException("missing fixture " + name);
        }
        try {
            return Path.of(FileLocator.toFileURL(found.nextElement()).toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot open fixture " + name, e);
        }
    }

    private static Table.Cell cell(Table table, int row, String header) {
        int j = table.headers().indexOf(header);
        if (j < 0) {
            throw new IllegalArgumentException("no column " + header + " in " + table.headers());
        }
        return table.rows().get(row).cells().get(j);
    }

    private static double number(Table table, int row, String header) {
        Table.Cell c = cell(table, row, header);
        if (c instanceof Table.Number n) {
            return n.value();
        }
        throw new AssertionError("row " + row + " column " + header + " is not a number: " + c);
    }

    private Table read(Path file) throws InputException {
        return importer.read(file, importer.parameters().defaults(), null);
    }

    @Test
    void numericNominalStringAndMissing() throws Exception {
        Table t = read(file("films.arff"));
        assertEquals("films.arff", t.source());
        assertEquals(List.of("film", "P (wt%)", "cosolvent", "thickness"), t.headers());
        assertEquals(List.of("SYNTHETIC data for FilmLab's tests", "second comment"), t.comments());
        // Row numbers count data instances; the comment between instances is not one.
        assertEquals(List.of(1, 2, 3, 4), t.rows().stream().map(Table.Row::number).toList());
        assertEquals(new Table.Text("F001"), cell(t, 0, "film"));
        assertEquals(3.0, number(t, 0, "P (wt%)"), EXACT);
        assertEquals(new Table.Text("xylene"), cell(t, 0, "cosolvent"));
        assertEquals(112.4, number(t, 0, "thickness"), EXACT);
        assertEquals(Table.BLANK, cell(t, 1, "cosolvent"));
        assertEquals(Table.BLANK, cell(t, 2, "P (wt%)"));
        assertEquals(150.0, number(t, 2, "thickness"), EXACT);
        assertEquals(new Table.Text("F 004"), cell(t, 3, "film"));
        assertEquals(new Table.Text("butyl-butyrate"), cell(t, 3, "cosolvent"));
        assertEquals(Table.BLANK, cell(t, 3, "thickness"));
    }

    @Test
    void wekaParseErrorNamesFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> read(file("undeclared-nominal.arff")));
        assertEquals("undeclared-nominal.arff", e.source().orElseThrow());
        assertTrue(e.getMessage().contains("line 6"), e.getMessage());
        assertTrue(e.getMessage().contains("nominal value not declared"), e.getMessage());
    }

    @Test
    void malformedHeaderAndEmptyFile() throws Exception {
        Path f = Files.writeString(temporaryFolder.resolve("bad.arff"), "@relation r\n@attribute x numbre\n@data\n1\n");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertEquals("bad.arff", e.source().orElseThrow());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        Path empty = Files.write(temporaryFolder.resolve("empty.arff"), new byte[0]);
        assertTrue(assertThrows(InputException.class, () -> read(empty)).getMessage().contains("the file is empty"));
    }

    @Test
    void wekaStaysOfflineAndOutOfTheHomeDirectory() throws Exception {
        read(file("films.arff"));
        assertEquals("true", System.getProperty("weka.packageManager.offline"));
        assertEquals("false", System.getProperty("weka.packageManager.loadPackages"));
        String home = System.getProperty("WEKA_HOME");
        assertTrue(home != null && !home.isBlank(), "WEKA_HOME must point at a private directory");
        File userWekafiles = new File(System.getProperty("user.home"), "wekafiles");
        assertFalse(new File(home).getCanonicalFile().equals(userWekafiles.getCanonicalFile()));
        assertFalse(userWekafiles.exists(), "reading ARFF must not create ~/wekafiles");
    }
}
