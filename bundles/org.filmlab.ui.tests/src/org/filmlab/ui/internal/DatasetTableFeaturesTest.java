// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.filmlab.core.data.Dataset;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data-set table's features as a user meets them: headers with unit and role, sorting by a
 * click on a header, the filter field, and the decimals preference. Expected values come from the
 * sample file's text, not from FilmLab's reading of it.
 */
class DatasetTableFeaturesTest {

    private IPerspectiveDescriptor before;
    private DatasetView view;
    private DatasetTable table;

    @BeforeEach
    void showData() throws Exception {
        DataUi.waitForFilmLabJobs();
        before = DataUi.showDataPerspective();
        view = DataUi.datasetView();
        table = view.table();
        assertNotNull(table, "a data set is loaded: " + Session.get().importProblem().orElse(""));
    }

    @AfterEach
    void putBack() throws Exception {
        view.filterField().setText("");
        table.sortModel().clear();
        FilmLabPreferences.store().setToDefault(FilmLabPreferences.DIGITS);
        DataUi.dispatch();
        DataUi.restore(before);
    }

    @Test
    void headersGiveSymbolUnitAndRole() {
        Dataset d = Session.get().dataset().orElseThrow();
        int sigma = d.columns().indexOf(d.column("sigmaN").orElseThrow());
        // σN's unit comes from the sample's header "σN (mS/cm)".
        assertEquals("σN [mS/cm] · property", table.headerAt(sigma));
        int p = d.columns().indexOf(d.column("P").orElseThrow());
        assertEquals("P% [wt%] · condition", table.headerAt(p));
        assertTrue(table.headerToolTip(sigma).contains("σN (mS/cm)"), table.headerToolTip(sigma));
    }

    @Test
    void clickingAHeaderSortsByItsColumn() {
        Dataset d = Session.get().dataset().orElseThrow();
        // Thickness: the first property, so its header is in view beside the three conditions.
        int thickness = d.columns().indexOf(d.column("thickness").orElseThrow());
        NatTable nat = table.control();
        DataUi.dispatch();
        // Grid column thickness + 1 (the row labels come first), in the header row.
        int x = nat.getStartXOfColumnPosition(thickness + 1) + nat.getColumnWidthByPosition(thickness + 1) / 2;
        int y = nat.getRowHeightByPosition(0) / 2;
        assertTrue(x > 0 && x < nat.getClientArea().width, "the thickness header is in view at x=" + x);
        click(nat, x, y);
        DataUi.until(() -> table.sortModel().isColumnIndexSorted(thickness), "the click to sort by thickness");
        assertEquals(SortDirectionEnum.ASC, table.sortModel().getSortDirection(thickness));
        for (int r = 1; r < table.rowCount(); r++) {
            assertTrue(table.valueAt(thickness, r - 1) <= table.valueAt(thickness, r), "row " + r);
        }
        click(nat, x, y);
        DataUi.until(() -> table.sortModel().getSortDirection(thickness) == SortDirectionEnum.DESC, "the second click");
        for (int r = 1; r < table.rowCount(); r++) {
            assertTrue(table.valueAt(thickness, r - 1) >= table.valueAt(thickness, r), "row " + r);
        }
    }

    @Test
    void theFilterFieldKeepsTheFilmsThatMatchEveryTerm() throws IOException {
        List<String[]> rows = sampleRows();
        long p3 = rows.stream().filter(r -> Double.parseDouble(r[1]) == 3.0).count();
        long p3Thin = rows.stream().filter(r -> Double.parseDouble(r[1]) == 3.0 && Double.parseDouble(r[4]) < 60)
                .count();
        long s01 = rows.stream().filter(r -> r[0].toLowerCase().contains("s01")).count();
        assertTrue(p3 > 0 && p3Thin > 0 && p3Thin < p3, "the sample has films for these filters");

        view.filterField().setText("P=3");
        DataUi.dispatch();
        assertEquals(p3, table.rowCount());
        Dataset d = Session.get().dataset().orElseThrow();
        int p = d.columns().indexOf(d.column("P").orElseThrow());
        for (int r = 0; r < table.rowCount(); r++) {
            assertEquals(3.0, table.valueAt(p, r), 0.0);
        }
        view.filterField().setText("P%=3, thickness < 60");
        DataUi.dispatch();
        assertEquals(p3Thin, table.rowCount());
        view.filterField().setText("s01");
        DataUi.dispatch();
        assertEquals(s01, table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            assertTrue(table.labelAt(r).toLowerCase().contains("s01"), table.labelAt(r));
        }

        Optional<String> problem = table.filter("nosuchcolumn > 1");
        assertTrue(problem.isPresent() && problem.get().contains("nosuchcolumn"), String.valueOf(problem));
        assertEquals(rows.size(), table.rowCount(), "a text that is not a filter hides nothing");
    }

    @Test
    void editCopyCopiesTheSelectedFilmsWithTheHeaderAndTheFilmIds() throws Exception {
        table.selectRows(0, 2);
        view.getSite().getPage().activate(view);
        table.control().setFocus();
        DataUi.dispatch();
        view.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY, null);
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(table.control().getDisplay());
        String copied;
        try {
            copied = (String) clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        assertNotNull(copied, "Edit › Copy put text on the clipboard");
        List<String> lines = copied.lines().toList();
        assertEquals(3, lines.size(), copied);
        List<String> fileHeader = List.of(sampleHeader().split(","));
        assertEquals("film\t" + String.join("\t", fileHeader.subList(1, fileHeader.size())), lines.get(0));
        assertTrue(lines.get(1).startsWith(table.labelAt(0) + "\t"), lines.get(1));
        assertTrue(lines.get(2).startsWith(table.labelAt(2) + "\t"), lines.get(2));
        assertEquals(table.valueAt(0, 2), Double.parseDouble(lines.get(2).split("\t")[1]));
    }

    @Test
    void anIncompleteComparisonSaysWhatIsMissingInsteadOfShowingNoFilm() throws IOException {
        int all = sampleRows().size();
        Optional<String> noNumber = table.filter("P=5, σN>");
        assertTrue(noNumber.isPresent() && noNumber.get().contains("'σN>'") && noNumber.get().contains("number"),
                String.valueOf(noNumber));
        assertEquals(all, table.rowCount(), "an incomplete filter hides nothing");

        Optional<String> noColumn = table.filter(">= 3");
        assertTrue(noColumn.isPresent() && noColumn.get().contains("column"), String.valueOf(noColumn));
        Optional<String> notANumber = table.filter("P = three");
        assertTrue(notANumber.isPresent() && notANumber.get().contains("'three'"), String.valueOf(notANumber));

        view.filterField().setText("P=5, σN>");
        DataUi.dispatch();
        assertTrue(view.filterStatus().contains("incomplete"), view.filterStatus());
    }

    @Test
    void theDigitsPreferenceReachesTheTableAndTheToolTipKeepsTheFullValue() throws IOException {
        List<String[]> rows = sampleRows();
        Dataset d = Session.get().dataset().orElseThrow();
        int sigma = d.columns().indexOf(d.column("sigmaN").orElseThrow());
        for (int digits : new int[] { 2, 6 }) {
            FilmLabPreferences.store().setValue(FilmLabPreferences.DIGITS, digits);
            DataUi.dispatch();
            for (int r = 0; r < 5; r++) {
                // Column 7 of the file is σN.
                NumberFormatTest.assertShownWith(digits, Double.parseDouble(rows.get(r)[7]), table.textAt(sigma, r));
            }
        }
        String tip = table.cellToolTip(sigma, 0);
        assertTrue(tip.startsWith(rows.get(0)[0] + ": σN = " + rows.get(0)[7]), tip);
        // The first data line is line 3 of the file (a comment line, then the header).
        assertTrue(tip.contains("row 3"), tip);
    }

    private static void click(NatTable nat, int x, int y) {
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event e = new Event();
            e.x = x;
            e.y = y;
            e.button = 1;
            e.count = 1;
            e.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
            nat.notifyListeners(type, e);
        }
        DataUi.dispatch();
    }

    /** The sample's data lines split at commas: film, P, L:S, X:B, thickness, ρ, Ω, σN, DoT, RD. */
    private static String sampleHeader() throws IOException {
        return Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
    }

    private static List<String[]> sampleRows() throws IOException {
        Path file = SampleData.file();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(lines.get(0).startsWith("film,P (wt%)"), "the sample's layout is as this test reads it");
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
    }
}
