// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static org.filmlab.io.internal.Fixtures.cell;
import static org.filmlab.io.internal.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.testkit.ImporterContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks are written here with POI, so every expected value is the one the test put in. */
class XlsxImporterTest extends ImporterContract<XlsxImporter> {

    @Override
    protected XlsxImporter contribution() {
        return new XlsxImporter();
    }

    @Override
    protected String id() {
        return "org.filmlab.io.xlsx";
    }

    /** The two-sheet workbook each test writes first. */
    @Override
    protected Path sampleFile() {
        return workbook;
    }

    private static final double EXACT = 1e-12;

    private final XlsxImporter importer = new XlsxImporter();

    @TempDir
    Path dir;

    private Path workbook;

    @BeforeEach
    void writeWorkbook() throws IOException {
        workbook = dir.resolve("films.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet notes = wb.createSheet("notes");
            notes.createRow(0).createCell(0).setCellValue("made by hand");
            notes.createRow(1).createCell(0).setCellValue(42);

            Sheet films = wb.createSheet("films");
            // Rows 1 and 2 of the sheet stay empty: the header is on sheet row 3.
            Row header = films.createRow(2);
            String[] names = { "film", "P (wt%)", "thickness (µm)", "twice (µm)", "RD (%)", "checked", "made" };
            for (int j = 0; j < names.length; j++) {
                header.createCell(j).setCellValue(names[j]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

            Row r4 = films.createRow(3);
            r4.createCell(0).setCellValue("F001");
            r4.createCell(1).setCellValue(3);
            r4.createCell(2).setCellValue(112.4);
            r4.createCell(3).setCellFormula("C4*2");
            r4.createCell(4).setCellValue("5.43");
            r4.createCell(5).setCellValue(true);
            r4.createCell(6).setCellValue(45000);
            r4.getCell(6).setCellStyle(date);

            Row r5 = films.createRow(4);
            r5.createCell(0).setCellValue("F002");
            // P left blank on purpose; a created-but-empty cell and a missing cell both are blank.
            r5.createCell(1);
            r5.createCell(2).setCellValue(98.7);
            r5.createCell(3).setCellFormula("1/0");
            r5.createCell(4).setCellValue("4,86");

            // Row 6 is entirely empty and skipped; row 7 is the last film.
            Row r7 = films.createRow(6);
            r7.createCell(0).setCellValue("F003");
            r7.createCell(1).setCellValue(7);
            r7.createCell(2).setCellValue(86.2);
            r7.createCell(3).setCellFormula("\"n/a\"");
            r7.createCell(4).setCellValue(4.52);

            // Excel saves the last computed value of every formula; do the same.
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    private Table read(Map<String, ?> given) throws InputException {
        return importer.read(workbook, Fixtures.values(importer.parameters(), given), null);
    }

    @Test
    void namedSheetGivesNumbersFormulasTextAndBlanks() throws Exception {
        Table t = read(Map.of("sheet", "films"));
        assertEquals("films.xlsx", t.source());
        assertEquals(List.of("film", "P (wt%)", "thickness (µm)", "twice (µm)", "RD (%)", "checked", "made"), t.headers());
        assertEquals(List.of(4, 5, 7), t.rows().stream().map(Table.Row::number).toList());
        assertEquals(new Table.Text("F001"), cell(t, 0, "film"));
        assertEquals(3.0, number(t, 0, "P (wt%)"), EXACT);
        assertEquals(2 * 112.4, number(t, 0, "twice (µm)"), EXACT);
        assertEquals(5.43, number(t, 0, "RD (%)"), EXACT);
        assertEquals(new Table.Text("TRUE"), cell(t, 0, "checked"));
        assertInstanceOf(Table.Text.class, cell(t, 0, "made"), "a date is not a measurement");
        assertEquals(Table.BLANK, cell(t, 1, "P (wt%)"));
        assertEquals(new Table.Text("#DIV/0!"), cell(t, 1, "twice (µm)"));
        assertEquals(new Table.Text("4,86"), cell(t, 1, "RD (%)"));
        assertEquals(Table.BLANK, cell(t, 1, "checked"));
        assertEquals(Table.BLANK, cell(t, 1, "made"));
        assertEquals(new Table.Text("n/a"), cell(t, 2, "twice (µm)"));
        assertEquals(4.52, number(t, 2, "RD (%)"), EXACT);
        assertEquals(List.of(), t.comments());
    }

    @Test
    void defaultIsTheFirstSheet() throws Exception {
        Table t = read(Map.of());
        assertEquals(List.of("made by hand"), t.headers());
        assertEquals(1, t.rows().size());
        assertEquals(2, t.rows().get(0).number());
        assertEquals(42.0, number(t, 0, "made by hand"), EXACT);
    }

    @Test
    void unknownSheetListsTheSheets() {
        InputException e = assertThrows(InputException.class, () -> read(Map.of("sheet", "data")));
        assertEquals("films.xlsx", e.source().orElseThrow());
        assertTrue(e.getMessage().contains("'notes', 'films'"), e.getMessage());
    }

    @Test
    void valueBeyondTheHeaderIsAnError() throws Exception {
        Path f = dir.resolve("wide.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("s");
            s.createRow(0).createCell(0).setCellValue("a");
            s.createRow(1).createCell(2).setCellValue(1.0);
            wb.write(out);
        }
        InputException e = assertThrows(InputException.class,
                () -> importer.read(f, importer.parameters().defaults(), null));
        assertEquals(2, e.row());
        assertTrue(e.getMessage().contains("C2"), e.getMessage());
    }

    @Test
    void notAZipNamesTheFile() throws Exception {
        Path f = Files.writeString(dir.resolve("text.xlsx"), "film,P\nF1,3\n");
        InputException e = assertThrows(InputException.class,
                () -> importer.read(f, importer.parameters().defaults(), null));
        assertEquals("text.xlsx", e.source().orElseThrow());
        assertTrue(e.getMessage().contains("not a zip"), e.getMessage());
    }

    @Test
    void corruptZipNamesTheFile() throws Exception {
        byte[] good = Files.readAllBytes(workbook);
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        Path f = Files.write(dir.resolve("cut.xlsx"), cut);
        InputException e = assertThrows(InputException.class,
                () -> importer.read(f, importer.parameters().defaults(), null));
        assertEquals("cut.xlsx", e.source().orElseThrow());

        Path notWorkbook = dir.resolve("other.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notWorkbook))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        InputException e2 = assertThrows(InputException.class,
                () -> importer.read(notWorkbook, importer.parameters().defaults(), null));
        assertEquals("other.xlsx", e2.source().orElseThrow());
    }

    @Test
    void encryptedWorkbookIsNamedAsSuch() throws Exception {
        // An encrypted .xlsx is an OLE2 container with an EncryptionInfo stream beside the encrypted package.
        Path f = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(f)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        InputException e = assertThrows(InputException.class,
                () -> importer.read(f, importer.parameters().defaults(), null));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        assertEquals("secret.xlsx", e.source().orElseThrow());
    }

    @Test
    void zipBombProtectionStaysOnAndRefusesAnInflatedSheet() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        // Same workbook, but sheet2 padded with 20 MB of spaces: it deflates to about 0.1 % of its size,
        // below ZipSecureFile's default minimum inflate ratio of 1 %.
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    out.write(" ".repeat(20_000_000).getBytes(StandardCharsets.US_ASCII));
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        InputException e = assertThrows(InputException.class,
                () -> importer.read(bomb, Fixtures.values(importer.parameters(), Map.of("sheet", "films")), null));
        assertTrue(e.getMessage().toLowerCase().contains("zip bomb"), e.getMessage());
        assertTrue(ZipSecureFile.getMinInflateRatio() > 0, "the importer must not switch the protection off");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertTrue(assertThrows(InputException.class, () -> importer.read(f, importer.parameters().defaults(), null))
                .getMessage().contains("empty"));
    }

    @Test
    void cancelledMonitorStopsTheRead() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> importer.read(workbook, importer.parameters().defaults(), cancelled));
    }
}
