// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.FilmVariable;
import org.filmlab.core.data.Table;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File › Import... with a file whose headers FilmLab does not recognise: the user maps the columns,
 * the import runs as a job, and the next file with the same headers gets the mapping back.
 */
class ImportWizardTest {

    /** The sample's columns under names no alias covers, as a lab's own spreadsheet might call them. */
    private static final String RENAMED = "Probe;poly;liq;xyl;dicke (um);dens;ohm_r;cond;spread;relspread";
    /** What each renamed column is: the sample's own order (film, P, L:S, X:B, thickness, ρ, Ω, σN, DoT, RD). */
    private static final List<FilmVariable> MEANING = List.of(FilmVariable.POLYMER_CONTENT,
            FilmVariable.LIQUID_TO_SOLID, FilmVariable.XYLENE_FRACTION, FilmVariable.THICKNESS, FilmVariable.DENSITY,
            FilmVariable.RESISTANCE, FilmVariable.NORMALIZED_CONDUCTIVITY, FilmVariable.DEVIATION_OF_THICKNESS,
            FilmVariable.RELATIVE_DEVIATION);

    @TempDir
    Path dir;

    private Dataset before;
    private Path beforeFile;

    @BeforeEach
    void remember() {
        DataUi.waitForFilmLabJobs();
        before = Session.get().dataset().orElse(null);
        beforeFile = Session.get().datasetFile().orElse(null);
        FilmLabPreferences.store().setToDefault(FilmLabPreferences.MAPPING
                + ColumnMapping.layoutKey(List.of(RENAMED.split(";"))));
    }

    @AfterEach
    void putBack() {
        if (before != null) {
            Session.get().datasetLoaded(before, beforeFile);
        }
        FilmLabPreferences.store().setToDefault(FilmLabPreferences.MAPPING
                + ColumnMapping.layoutKey(List.of(RENAMED.split(";"))));
    }

    @Test
    void aRenamedFileIsMappedImportedAndItsMappingOfferedAgain() throws Exception {
        List<String[]> sample = sampleRows();
        Path file = renamedCopy("lab-films.csv", sample);

        ImportWizard wizard = new ImportWizard(null);
        ImportWizardDialog dialog = new ImportWizardDialog(DataUi.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.filePage().setFile(file);
            DataUi.dispatch();
            assertEquals("org.filmlab.io.csv", wizard.filePage().importer().orElseThrow().id(),
                    "the importer is chosen by the extension");
            // The file uses semicolons; the importer's delimiter parameter is on the page.
            wizard.filePage().setParameter("delimiter", "semicolon");
            assertTrue(wizard.filePage().isPageComplete(), wizard.filePage().getErrorMessage());
            dialog.next();
            DataUi.dispatch();
            ImportWizard.MappingPage mapping = wizard.mappingPage();
            assertSame(mapping, dialog.getCurrentPage());
            assertFalse(mapping.isRemembered());
            List<ColumnMapping.Choice> defaults = mapping.mapping().choices();
            assertEquals(List.of(RENAMED.split(";")), defaults.stream().map(ColumnMapping.Choice::header).toList());
            assertEquals(ColumnRole.ID, defaults.get(0).role(), "the text column labels the rows");
            for (int j = 1; j < defaults.size(); j++) {
                assertEquals(ColumnRole.PROPERTY, defaults.get(j).role(), "unknown number columns default to properties");
                assertTrue(defaults.get(j).variable().isEmpty());
            }
            assertFalse(mapping.isPageComplete(), "without conditions the page says what is missing");
            assertTrue(mapping.getErrorMessage().contains("condition"), mapping.getErrorMessage());
            assertFalse(wizard.canFinish());

            for (int j = 1; j < defaults.size(); j++) {
                FilmVariable v = MEANING.get(j - 1);
                mapping.setChoice(j, defaults.get(j).withVariable(Optional.of(v)).withRole(v.defaultRole())
                        .withUnit(j == 4 ? "µm" : ""));
            }
            assertTrue(mapping.isPageComplete(), mapping.getErrorMessage());
            assertNull(mapping.getErrorMessage());
            dialog.finish();
            DataUi.waitForFilmLabJobs();
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }

        Dataset imported = Session.get().dataset().orElseThrow();
        assertEquals(file, Session.get().datasetFile().orElseThrow());
        assertEquals("lab-films.csv", imported.source());
        assertEquals(List.of("P", "LS", "XB"), imported.conditions().stream().map(Column::key).toList());
        assertEquals(List.of("thickness", "density", "resistance", "sigmaN", "DoT", "RD"),
                imported.properties().stream().map(Column::key).toList());
        assertEquals("µm", imported.column("thickness").orElseThrow().unit(), "the unit typed in the mapping");
        assertEquals("mS/cm", imported.column("sigmaN").orElseThrow().unit(), "the variable's unit when none is given");
        assertEquals(sample.size(), imported.rowCount());
        for (int i = 0; i < sample.size(); i++) {
            assertEquals(sample.get(i)[0], imported.rowLabels().get(i));
            for (int j = 1; j < 10; j++) {
                double expected = Double.parseDouble(sample.get(i)[j]);
                assertEquals(expected, imported.column(MEANING.get(j - 1).key()).orElseThrow().values()[i], 0.0,
                        "row " + i + ", column " + RENAMED.split(";")[j]);
            }
        }

        // A second file with the same headers (other case and spacing) is offered the same mapping.
        Path again = dir.resolve("lab-films-2.csv");
        String header = RENAMED.toUpperCase().replace(";", " ; ");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(0, header);
        Files.write(again, lines, StandardCharsets.UTF_8);
        ImportWizard second = new ImportWizard(again);
        ImportWizardDialog secondDialog = new ImportWizardDialog(DataUi.window().getShell(), second);
        secondDialog.setBlockOnOpen(false);
        secondDialog.open();
        try {
            second.filePage().setParameter("delimiter", "semicolon");
            secondDialog.next();
            DataUi.dispatch();
            ImportWizard.MappingPage page = second.mappingPage();
            assertTrue(page.isRemembered(), "the mapping of the first import is offered");
            List<ColumnMapping.Choice> offered = page.mapping().choices();
            for (int j = 1; j < offered.size(); j++) {
                assertEquals(Optional.of(MEANING.get(j - 1)), offered.get(j).variable(), "column " + j);
                assertEquals(MEANING.get(j - 1).defaultRole(), offered.get(j).role(), "column " + j);
            }
            assertEquals("µm", offered.get(4).unit());
            assertTrue(page.isPageComplete(), page.getErrorMessage());
        } finally {
            secondDialog.close();
        }
    }

    @Test
    void thePreviewMarksCellsTheImportWouldReject() throws Exception {
        List<String[]> sample = sampleRows();
        sample.get(1)[7] = "n/a";
        sample.get(2)[5] = "";
        Path file = renamedCopy("with-gaps.csv", sample);
        ImportWizard wizard = new ImportWizard(file);
        ImportWizardDialog dialog = new ImportWizardDialog(DataUi.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.filePage().setParameter("delimiter", "semicolon");
            dialog.next();
            DataUi.dispatch();
            ImportWizard.MappingPage page = wizard.mappingPage();
            assertNull(page.problemAt(0, 7), "a number is fine");
            String notANumber = page.problemAt(1, 7);
            assertNotNull(notANumber, "text in a property column is marked");
            assertTrue(notANumber.contains("n/a"), notANumber);
            assertNotNull(page.problemAt(2, 5), "a blank cell in a property column is marked");
            assertNull(page.problemAt(1, 0), "the label column holds text by right");
            assertFalse(page.isPageComplete());
            // Ignoring the column clears its marks.
            page.setChoice(7, page.mapping().choices().get(7).withRole(ColumnRole.IGNORED));
            assertNull(page.problemAt(1, 7));
        } finally {
            dialog.close();
        }
    }

    @Test
    void theUnitShownAndEditedIsTheHeadersTheTypedOrTheGuessForTheValues() {
        Table fractions = new Table("f.csv", List.of("relspread", "RD (%)"), List.of(
                new Table.Row(2, List.of(new Table.Number(0.33, "0.33"), new Table.Number(0.33, "0.33"))),
                new Table.Row(3, List.of(new Table.Number(0.05, "0.05"), new Table.Number(0.05, "0.05")))), List.of());
        Optional<FilmVariable> rd = Optional.of(FilmVariable.RELATIVE_DEVIATION);
        ColumnMapping.Choice spread = new ColumnMapping.Choice("relspread", ColumnRole.PROPERTY, rd, "");
        assertEquals("", ColumnMapping.unitOf(spread, fractions), "RD = 0.33 is a fraction, not 0.33 %");
        assertEquals("%", ColumnMapping.unitOf(new ColumnMapping.Choice("RD (%)", ColumnRole.PROPERTY, rd, ""),
                fractions), "the header's unit wins over the guess");
        assertEquals("‰", ColumnMapping.unitOf(spread.withUnit("‰"), fractions), "the typed unit wins");
        Table percentages = new Table("p.csv", List.of("relspread"), List.of(
                new Table.Row(2, List.of(new Table.Number(8.24, "8.24"))),
                new Table.Row(3, List.of(new Table.Number(3.1, "3.1")))), List.of());
        assertEquals("%", ColumnMapping.unitOf(spread, percentages));
    }

    @Test
    void theWizardsMessagesSayWhatToDoInTheMappingTableNotOnTheCommandLine() {
        Table constant = new Table("c.csv", List.of("film", "P", "L:S", "X:B", "RD"), List.of(
                row(2, "S01", 3, 1, 0.1, 0.2), row(3, "S02", 5, 2, 0.2, 0.2)), List.of());
        String constantProblem = problem(constant);
        assertTrue(constantProblem.contains("constant") && constantProblem.contains("ignored in the mapping table"),
                constantProblem);
        assertFalse(constantProblem.contains("--"), constantProblem);

        Table noProperty = new Table("n.csv", List.of("film", "P", "L:S", "X:B"), List.of(
                row(2, "S01", 3, 1, 0.1), row(3, "S02", 5, 2, 0.2)), List.of());
        String noPropertyProblem = problem(noProperty);
        assertTrue(noPropertyProblem.contains("property") && noPropertyProblem.contains("mapping table"),
                noPropertyProblem);
        assertFalse(noPropertyProblem.contains("--"), noPropertyProblem);
    }

    private static String problem(Table table) {
        try {
            ColumnMapping.defaults(table).apply(table, "preview");
        } catch (org.filmlab.core.data.InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("the mapping of " + table.headers() + " is accepted");
    }

    private static Table.Row row(int number, String label, double... values) {
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(new Table.Text(label));
        for (double v : values) {
            cells.add(new Table.Number(v, Double.toString(v)));
        }
        return new Table.Row(number, cells);
    }

    @Test
    void aRaggedFilesPreviewShowsItsLinesWithTheRefusedOneMarked(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SampleData.file()));
        int bad = 9;
        lines.set(bad - 1, "S008,3,0.6");
        Path file = dir.resolve("ragged.csv");
        Files.write(file, lines);
        ImportWizard wizard = new ImportWizard(file);
        ImportWizardDialog dialog = new ImportWizardDialog(DataUi.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.next();
            DataUi.dispatch();
            String error = wizard.mappingPage().getErrorMessage();
            assertTrue(error != null && error.contains("row " + bad), error);
            org.eclipse.swt.widgets.Table preview = tables(wizard.mappingPage().getControl()).stream()
                    .filter(t -> t.getColumnCount() > 0 && t.getColumn(0).getText().equals("Line")).findFirst()
                    .orElseThrow(() -> new AssertionError("the preview shows the file's lines"));
            assertTrue(preview.getItemCount() > bad, preview.getItemCount() + " lines shown");
            assertEquals("S008,3,0.6", preview.getItem(bad - 1).getText(1));
            assertNotNull(preview.getItem(bad - 1).getBackground(0));
            assertFalse(preview.getItem(bad - 1).getBackground(0).equals(preview.getItem(bad).getBackground(0)),
                    "the refused line is marked, the next one not");
            assertFalse(wizard.mappingPage().isPageComplete());
        } finally {
            dialog.close();
        }
    }

    private static List<org.eclipse.swt.widgets.Table> tables(org.eclipse.swt.widgets.Control c) {
        List<org.eclipse.swt.widgets.Table> out = new ArrayList<>();
        if (c instanceof org.eclipse.swt.widgets.Table t) {
            out.add(t);
        } else if (c instanceof org.eclipse.swt.widgets.Composite parent) {
            for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
                out.addAll(tables(child));
            }
        }
        return out;
    }

    @Test
    void theWizardShowsEveryMappingRowOfTheSample() throws Exception {
        ImportWizard wizard = new ImportWizard(SampleData.file());
        ImportWizardDialog dialog = new ImportWizardDialog(DataUi.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.next();
            DataUi.dispatch();
            org.eclipse.swt.widgets.Table rows = firstTable(wizard.mappingPage().getControl());
            assertEquals(10, rows.getItemCount());
            int visible = (rows.getClientArea().height - rows.getHeaderHeight()) / rows.getItemHeight();
            assertTrue(visible >= rows.getItemCount(), visible + " of " + rows.getItemCount() + " mapping rows visible");
        } finally {
            dialog.close();
        }
    }

    private static org.eclipse.swt.widgets.Table firstTable(org.eclipse.swt.widgets.Control c) {
        if (c instanceof org.eclipse.swt.widgets.Table t) {
            return t;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite parent) {
            for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
                org.eclipse.swt.widgets.Table t = firstTable(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private Path renamedCopy(String name, List<String[]> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(RENAMED);
        for (String[] r : rows) {
            lines.add(String.join(";", r));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The sample's data lines split at commas: film, P, L:S, X:B, thickness, ρ, Ω, σN, DoT, RD. */
    private static List<String[]> sampleRows() throws IOException {
        List<String> lines = Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(lines.get(0).startsWith("film,P (wt%)"), "the sample's layout is as this test reads it");
        return new ArrayList<>(lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList());
    }
}
