// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static org.filmlab.io.internal.Fixtures.cell;
import static org.filmlab.io.internal.Fixtures.file;
import static org.filmlab.io.internal.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterValues;
import org.junit.jupiter.api.Test;
import org.filmlab.testkit.ImporterContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures hold five synthetic films with the paper's ten columns; expected values below are
 * read off the fixture text (written by hand), not from the importer.
 */
class CsvImporterTest extends ImporterContract<CsvImporter> {

    @Override
    protected CsvImporter contribution() {
        return new CsvImporter();
    }

    @Override
    protected String id() {
        return "org.filmlab.io.csv";
    }

    @Override
    protected Path sampleFile() {
        return Fixtures.file("films-comma.csv");
    }

    static final List<String> PAPER_HEADERS = List.of("film", "P (wt%)", "L:S (µL/mg)", "X:B (vol%)", "thickness (µm)",
            "density (g/cm³)", "resistance (Ω)", "σN (mS/cm)", "DoT (µm)", "RD (%)");

    private static final double EXACT = 1e-12;

    private final CsvImporter importer = new CsvImporter();

    @TempDir
    Path dir;

    private Table read(Path file) throws InputException {
        return importer.read(file, importer.parameters().defaults(), null);
    }

    private Table read(Path file, Map<String, ?> given) throws InputException {
        return importer.read(file, Fixtures.values(importer.parameters(), given), null);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void commaFileKeepsHeadersCommentsAndPhysicalLineNumbers() throws Exception {
        Table t = read(file("films-comma.csv"));
        assertEquals("films-comma.csv", t.source());
        assertEquals(PAPER_HEADERS, t.headers());
        assertEquals(List.of("SYNTHETIC data for FilmLab's tests; not measurements from the paper"), t.comments());
        // Line 1 comment, line 2 header, lines 3-4 films, line 5 blank, lines 6-8 films.
        assertEquals(List.of(3, 4, 6, 7, 8), t.rows().stream().map(Table.Row::number).toList());
        assertEquals(new Table.Text("F001"), cell(t, 0, "film"));
        assertEquals(0.6, number(t, 0, "L:S (µL/mg)"), EXACT);
        assertEquals(0.231, number(t, 2, "σN (mS/cm)"), EXACT);
        assertEquals("1.70", cell(t, 2, "density (g/cm³)").display());
        assertEquals(9.05, number(t, 4, "RD (%)"), EXACT);
    }

    @Test
    void semicolonWithDecimalCommaIsDetected() throws Exception {
        Table t = read(file("films-semicolon-comma.csv"));
        assertEquals(PAPER_HEADERS, t.headers());
        assertEquals(List.of("SYNTHETIC", "exported from a German spreadsheet"), t.comments());
        assertEquals(List.of(4, 5, 6, 7, 8), t.rows().stream().map(Table.Row::number).toList());
        assertEquals(0.6, number(t, 0, "L:S (µL/mg)"), EXACT);
        assertEquals(0.205, number(t, 1, "σN (mS/cm)"), EXACT);
        assertEquals(112.4, number(t, 0, "thickness (µm)"), EXACT);
        assertEquals("0,182", cell(t, 0, "σN (mS/cm)").display());
    }

    @Test
    void explicitDecimalPointKeepsCommaNumbersAsText() throws Exception {
        Table t = read(file("films-semicolon-comma.csv"), Map.of("decimal", "point", "delimiter", "semicolon"));
        assertEquals(new Table.Text("0,6"), cell(t, 0, "L:S (µL/mg)"));
        assertEquals(3.0, number(t, 0, "P (wt%)"), EXACT);
    }

    @Test
    void decimalCommaWithCommaDelimiterIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> read(file("films-comma.csv"), Map.of("decimal", "comma")));
        assertEquals("decimal", e.parameter().orElseThrow());
    }

    @Test
    void tabFile() throws Exception {
        Table t = read(file("films-tab.tsv"));
        assertEquals(PAPER_HEADERS, t.headers());
        assertEquals(5, t.rows().size());
        assertEquals(2, t.rows().get(0).number());
        assertEquals(140.3, number(t, 4, "thickness (µm)"), EXACT);
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        Table t = read(file("films-bom.csv"));
        assertEquals("film", t.headers().get(0));
        assertEquals(PAPER_HEADERS, t.headers());
        assertEquals(2, t.rows().get(0).number());
    }

    @Test
    void raggedRowNamesLineAndCounts() {
        InputException e = assertThrows(InputException.class, () -> read(file("ragged.csv")));
        assertEquals(5, e.row());
        assertEquals("ragged.csv", e.source().orElseThrow());
        assertTrue(e.getMessage().contains("expected 10 cells"), e.getMessage());
        assertTrue(e.getMessage().contains("found 9"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> read(file("invalid-utf8.csv")));
        assertEquals("invalid-utf8.csv", e.source().orElseThrow());
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("0xFF"), e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        InputException e = assertThrows(InputException.class, () -> read(file("empty.csv")));
        assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
        Path blank = write("blank.csv", "\n  \n\r\n");
        assertTrue(assertThrows(InputException.class, () -> read(blank)).getMessage().contains("the file is empty"));
    }

    @Test
    void onlyCommentsIsNotATable() throws Exception {
        Path f = write("comments.csv", "# one\n# two\n");
        assertTrue(assertThrows(InputException.class, () -> read(f)).getMessage().contains("no header"));
    }

    @Test
    void binaryFileGetsAClearMessage() throws Exception {
        Path f = Files.write(dir.resolve("image.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        Path zip = Files.write(dir.resolve("book.csv"), new byte[] { 'P', 'K', 3, 4, 20, 0 });
        assertTrue(assertThrows(InputException.class, () -> read(zip)).getMessage().contains("zip"));
    }

    @Test
    void nonFiniteAndMalformedNumbersStayText() throws Exception {
        Table t = read(file("not-finite.csv"));
        assertEquals(new Table.Text("NaN"), cell(t, 0, "thickness (µm)"));
        assertEquals(new Table.Text("Inf"), cell(t, 1, "thickness (µm)"));
        assertEquals(new Table.Text("-Infinity"), cell(t, 1, "RD (%)"));
        assertEquals(new Table.Text("1e999"), cell(t, 2, "thickness (µm)"));
        assertEquals(new Table.Text("1.2.3"), cell(t, 2, "note"));
        assertEquals(new Table.Text("12abc"), cell(t, 3, "thickness (µm)"));
        assertEquals(new Table.Text("1d"), cell(t, 3, "RD (%)"));
        assertEquals(new Table.Text("0x10"), cell(t, 3, "note"));
        assertEquals(new Table.Number(2.5, "  2.5  "), cell(t, 2, "RD (%)"));
        assertEquals(new Table.Number(7.25, "7.25"), cell(t, 4, "thickness (µm)"));
        assertEquals(-0.5, number(t, 4, "RD (%)"), EXACT);
        assertEquals(Table.BLANK, cell(t, 1, "note"));
        assertEquals(Table.BLANK, cell(t, 4, "note"));
    }

    @Test
    void thousandsSeparatorsAreNeverAccepted() throws Exception {
        Path f = write("thousands.csv", "film;resistance (Ω);RD (%)\nF1;1.234,5;0,5\nF2;2 345;1,5\n");
        Table t = read(f);
        assertEquals(new Table.Text("1.234,5"), cell(t, 0, "resistance (Ω)"));
        assertEquals(new Table.Text("2 345"), cell(t, 1, "resistance (Ω)"));
        assertEquals(0.5, number(t, 0, "RD (%)"), EXACT);
        Path points = write("points.csv", "film,resistance (Ω)\nF1,\"1,234.5\"\n");
        assertEquals(new Table.Text("1,234.5"), cell(read(points), 0, "resistance (Ω)"));
    }

    @Test
    void mixedDecimalMarksAreRefusedNotGuessed() throws Exception {
        Path f = write("mixed.csv", "film;a;b\nF1;1,5;2\nF2;3;2.5\n");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void quotedLineBreakKeepsLaterLineNumbers() throws Exception {
        Path f = write("quoted.csv", "film,note,RD (%)\nF1,\"two\nlines\",1.5\nF2,plain,2.5\n");
        Table t = read(f);
        assertEquals(List.of(2, 4), t.rows().stream().map(Table.Row::number).toList());
        assertEquals(new Table.Text("two\nlines"), cell(t, 0, "note"));
    }

    @Test
    void commentsAfterTheHeaderAreSkippedAndDisabledMarkerKeepsHashLines() throws Exception {
        Path f = write("later.csv", "film,RD (%)\nF1,1.5\n# removed film\nF2,2.5\n");
        Table t = read(f);
        assertEquals(List.of(2, 4), t.rows().stream().map(Table.Row::number).toList());
        assertEquals(List.of(), t.comments());
        Path hash = write("hash.csv", "#,RD (%)\n1,1.5\n");
        Table noComments = read(hash, Map.of("comment", ""));
        assertEquals(List.of("#", "RD (%)"), noComments.headers());
    }

    @Test
    void unclosedQuoteNamesTheLineItOpensOn() throws Exception {
        Path f = write("unclosed.csv", "# note\nfilm,RD (%)\nF1,1.5\nF2,\"2.5\nF3,3.5\n");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertEquals(4, e.row());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void commentMarkerMustBeOneCharacter() {
        ParameterValues values = Fixtures.values(importer.parameters(), Map.of("comment", "//"));
        InputException e = assertThrows(InputException.class, () -> importer.read(file("films-comma.csv"), values, null));
        assertEquals("comment", e.parameter().orElseThrow());
    }

    @Test
    void explicitDelimiterThatDoesNotFitGivesARaggedRowNotSilence() throws Exception {
        Path f = write("semi.csv", "a;b\n1;2\n3;4;5\n");
        InputException e = assertThrows(InputException.class, () -> read(f, Map.of("delimiter", "semicolon")));
        assertEquals(3, e.row());
    }

    @Test
    void cancelledMonitorStopsTheRead() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> importer.read(file("films-comma.csv"), importer.parameters().defaults(), cancelled));
    }

    @Test
    void rowsHaveTheHeadersWidthAndNumbersAreFinite() throws Exception {
        Table t = read(file("films-comma.csv"));
        for (Table.Row r : t.rows()) {
            assertEquals(t.headers().size(), r.cells().size());
            for (Table.Cell c : r.cells()) {
                if (c instanceof Table.Number n) {
                    assertTrue(Double.isFinite(n.value()));
                } else {
                    assertInstanceOf(Table.Text.class, c);
                }
            }
        }
    }
}
