// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DatasetMappingTest {

    private static Table table(List<String> headers, Object[]... rows) {
        List<Table.Row> out = new ArrayList<>();
        int line = 2;
        for (Object[] r : rows) {
            List<Table.Cell> cells = new ArrayList<>();
            for (Object o : r) {
                cells.add(o == null ? Table.BLANK
                        : o instanceof Double d ? new Table.Number(d, d.toString()) : new Table.Text((String) o));
            }
            out.add(new Table.Row(line++, cells));
        }
        return new Table("films.csv", headers, out, List.of());
    }

    private static final List<String> PAPER = List.of("film", "P (wt%)", "L:S (µL/mg)", "X:B", "thickness (µm)",
            "ρ (g/cm³)", "Ω", "σN (mS/cm)", "DoT", "RD (%)");

    @Test
    void recognisesThePapersHeadersWithUnits() throws InputException {
        Table t = table(PAPER,
                new Object[] {"F1", 3.0, 0.6, 0.0, 50.0, 1.6, 30.0, 0.5, 2.0, 4.0},
                new Object[] {"F2", 5.0, 1.0, 50.0, 60.0, 1.7, 35.0, 0.4, 3.0, 5.0});
        Dataset d = DatasetMapping.automatic().apply(t, "abc");
        assertEquals(List.of("P", "LS", "XB"), d.conditions().stream().map(Column::key).toList());
        assertEquals(List.of("thickness", "density", "resistance", "sigmaN", "DoT", "RD"),
                d.properties().stream().map(Column::key).toList());
        assertEquals("µL/mg", d.column("LS").orElseThrow().unit());
        assertEquals("g/cm³", d.column("density").orElseThrow().unit());
        assertEquals("Ω", d.column("resistance").orElseThrow().unit(), "the vocabulary's unit when the header has none");
        assertEquals(List.of("F1", "F2"), d.rowLabels());
        assertArrayEquals(new double[] {0.5, 0.4}, d.column("σ").orElseThrow().values());
    }

    @Test
    void explicitListsAreComplete() throws InputException {
        Table t = table(List.of("a", "b", "c", "class"),
                new Object[] {1.0, 2.0, 3.0, "x"}, new Object[] {2.0, 1.0, 5.0, "y"});
        Dataset d = new DatasetMapping(List.of(), List.of("a", "c"), List.of("class")).apply(t, "");
        assertEquals(List.of("a", "c"), d.properties().stream().map(Column::key).toList());
        assertTrue(d.conditions().isEmpty());
    }

    @Test
    void blankCellNamesFileRowAndColumn() {
        Table t = table(List.of("thickness", "RD"), new Object[] {1.0, 2.0}, new Object[] {2.0, null});
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic().apply(t, ""));
        assertEquals("films.csv", e.source().orElseThrow());
        assertEquals(3, e.row());
        assertEquals("RD", e.column().orElseThrow());
        assertTrue(e.getMessage().startsWith("films.csv, row 3, column 'RD': the cell is blank"), e.getMessage());
    }

    @Test
    void nanTextIsNotAFiniteNumber() {
        Table t = table(List.of("thickness", "RD"), new Object[] {1.0, "NaN"}, new Object[] {2.0, 3.0});
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic().apply(t, ""));
        assertTrue(e.getMessage().contains("row 2, column 'RD': 'NaN' is not a finite number"), e.getMessage());
    }

    @Test
    void mixedColumnIsAnErrorAtItsFirstTextCell() {
        Table t = table(List.of("thickness", "RD"), new Object[] {1.0, 2.0}, new Object[] {2.0, "2,5x"},
                new Object[] {3.0, 1.0});
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic().apply(t, ""));
        assertEquals(3, e.row());
        assertEquals("RD", e.column().orElseThrow());
    }

    @Test
    void constantColumnIsRejected() {
        Table t = table(List.of("thickness", "RD"), new Object[] {1.0, 2.0}, new Object[] {1.0, 3.0});
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic().apply(t, ""));
        assertEquals("thickness", e.column().orElseThrow());
        assertTrue(e.getMessage().contains("constant"), e.getMessage());
    }

    @Test
    void aNegativeValueOfAFilmVariableIsRefusedAtItsCell() {
        Table t = table(List.of("film", "thickness (µm)", "RD"), new Object[] {"F1", 60.0, 2.0},
                new Object[] {"F2", -5.0, 3.0}, new Object[] {"F3", 70.0, 4.0});
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic().apply(t, ""));
        assertEquals(3, e.row());
        assertEquals("thickness (µm)", e.column().orElseThrow());
        assertTrue(e.getMessage().contains("'-5.0' is negative, and thickness cannot be"), e.getMessage());
        assertTrue(e.getMessage().contains("--ignore \"thickness (µm)\""), "how to leave out a column that is not"
                + " thickness: " + e.getMessage());
    }

    @Test
    void aNegativeValueOfAColumnBoundToAFilmVariableIsRefused() {
        Table t = table(List.of("kappa", "RD"), new Object[] {0.5, 2.0}, new Object[] {-0.1, 3.0});
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic()
                .withBindings(Map.of(FilmVariable.NORMALIZED_CONDUCTIVITY, "kappa")).apply(t, ""));
        assertEquals("kappa", e.column().orElseThrow());
        assertTrue(e.getMessage().contains("if the column is not σN, bind sigmaN to another column (--map sigmaN=COLUMN)"),
                e.getMessage());
    }

    @Test
    void negativeValuesOfOtherColumnsAndZerosAreKept() throws InputException {
        Table t = table(List.of("temperature change", "DoT", "RD"), new Object[] {-3.0, 0.0, 2.0},
                new Object[] {4.0, 1.0, 3.0});
        Dataset d = DatasetMapping.automatic().apply(t, "");
        assertArrayEquals(new double[] {-3.0, 4.0}, d.column("temperature change").orElseThrow().values());
        assertArrayEquals(new double[] {0.0, 1.0}, d.column("DoT").orElseThrow().values());
    }

    @Test
    void missingMappedColumnNamesTheParameter() {
        Table t = table(List.of("thickness", "RD"), new Object[] {1.0, 2.0}, new Object[] {2.0, 3.0});
        InputException e = assertThrows(InputException.class,
                () -> new DatasetMapping(List.of("P"), List.of(), List.of()).apply(t, ""));
        assertEquals("conditions", e.parameter().orElseThrow());
        assertTrue(e.getMessage().contains("films.csv has no column 'P'"), e.getMessage());
    }

    @Test
    void headerOnlyAndDuplicateHeadersAreRejected() {
        InputException empty = assertThrows(InputException.class,
                () -> DatasetMapping.automatic().apply(table(List.of("thickness", "RD")), ""));
        assertTrue(empty.getMessage().contains("no data rows"), empty.getMessage());
        InputException dup = assertThrows(InputException.class, () -> DatasetMapping.automatic()
                .apply(table(List.of("RD", "rd"), new Object[] {1.0, 2.0}, new Object[] {2.0, 1.0}), ""));
        assertTrue(dup.getMessage().contains("appears twice"), dup.getMessage());
    }

    @Test
    void headerUnitsParse() {
        assertEquals(new ColumnHeader("L:S [µL/mg]", "L:S", "µL/mg"), ColumnHeader.parse("L:S [µL/mg]"));
        assertEquals(new ColumnHeader("X:B", "X:B", ""), ColumnHeader.parse("X:B"));
        assertEquals(FilmVariable.LIQUID_TO_SOLID, FilmVariable.recognise("L : S").orElseThrow());
        assertEquals(FilmVariable.RESISTANCE, FilmVariable.recognise("Ω").orElseThrow());
    }

    private static final List<String> SNAKE = List.of("P_wt_pct", "LS_uL_per_mg", "XB_pct", "thickness_um",
            "ionic_conductivity_S_cm", "DoT_um", "RD");

    private static Table snake() {
        return table(SNAKE, new Object[] {3.0, 0.6, 0.0, 50.0, 1.9e-4, 2.0, 0.04},
                new Object[] {5.0, 1.0, 50.0, 60.0, 2.5e-4, 3.0, 0.05});
    }

    @Test
    void snakeCaseHeadersWithUnitsAreThePapersVariables() throws InputException {
        Dataset d = DatasetMapping.automatic().apply(snake(), "");
        assertEquals(List.of("P", "LS", "XB"), d.conditions().stream().map(Column::key).toList());
        assertEquals(List.of("thickness", "sigmaN", "DoT", "RD"), d.properties().stream().map(Column::key).toList());
        assertEquals("S/cm", d.column("sigmaN").orElseThrow().unit(), "the unit the header gives, not the usual mS/cm");
        assertEquals("wt%", d.column("P").orElseThrow().unit());
        assertEquals("", d.column("RD").orElseThrow().unit(), "RD as a fraction has no unit");
        assertEquals("ionic_conductivity_S_cm", d.column("sigmaN").orElseThrow().header());
    }

    @Test
    void conditionsNamedByTheirHeadersTakeTheVariablesKeys() throws InputException {
        Dataset d = new DatasetMapping(List.of("P_wt_pct", "LS_uL_per_mg", "XB_pct"), List.of(), List.of())
                .apply(snake(), "");
        assertEquals(List.of("P", "LS", "XB"), d.conditions().stream().map(Column::key).toList());
    }

    @Test
    void aBindingGivesAnyColumnAVariable() throws InputException {
        Table t = table(List.of("cond_a", "cond_b", "film_t", "kappa"), new Object[] {1.0, 2.0, 50.0, 0.3},
                new Object[] {2.0, 1.0, 60.0, 0.4});
        Map<FilmVariable, String> bind = new LinkedHashMap<>();
        bind.put(FilmVariable.NORMALIZED_CONDUCTIVITY, "kappa");
        bind.put(FilmVariable.POLYMER_CONTENT, "cond_a");
        Dataset d = DatasetMapping.automatic().withBindings(bind).apply(t, "");
        Column sigma = d.column("sigmaN").orElseThrow();
        assertEquals(ColumnRole.PROPERTY, sigma.role());
        assertEquals("σN", sigma.symbol());
        assertEquals("mS/cm", sigma.unit());
        assertEquals("kappa", sigma.header());
        assertEquals(ColumnRole.CONDITION, d.column("P").orElseThrow().role(), "a bound variable's usual role");
        assertEquals(List.of("P", "cond_b", "film_t", "sigmaN"), d.columns().stream().map(Column::key).toList());
    }

    @Test
    void aBindingByHeaderWithoutUnitAndAnExplicitRoleWin() throws InputException {
        Table t = table(List.of("a (wt%)", "b", "c"), new Object[] {1.0, 2.0, 3.0}, new Object[] {2.0, 1.0, 5.0});
        Dataset d = new DatasetMapping(List.of("b"), List.of(), List.of())
                .withBindings(Map.of(FilmVariable.POLYMER_CONTENT, "a", FilmVariable.XYLENE_FRACTION, "b")).apply(t, "");
        assertEquals(List.of("P", "XB"), d.conditions().stream().map(Column::key).toList());
        assertEquals("wt%", d.column("P").orElseThrow().unit());
    }

    @Test
    void aBindingToNoColumnNamesTheParameterAndListsTheColumns() {
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic()
                .withBindings(Map.of(FilmVariable.NORMALIZED_CONDUCTIVITY, "kappa")).apply(snake(), ""));
        assertEquals("map", e.parameter().orElseThrow());
        assertTrue(e.getMessage().contains("films.csv has no column 'kappa' to bind to sigmaN"), e.getMessage());
        assertTrue(e.getMessage().contains("ionic_conductivity_S_cm, DoT_um"), e.getMessage());
    }

    @Test
    void oneColumnBoundToTwoVariablesIsAnError() {
        Map<FilmVariable, String> bind = new LinkedHashMap<>();
        bind.put(FilmVariable.NORMALIZED_CONDUCTIVITY, "ionic_conductivity_S_cm");
        bind.put(FilmVariable.RESISTANCE, "ionic_conductivity");
        InputException e = assertThrows(InputException.class,
                () -> DatasetMapping.automatic().withBindings(bind).apply(snake(), ""));
        assertEquals("map", e.parameter().orElseThrow());
        assertTrue(e.getMessage().contains("column 'ionic_conductivity_S_cm' is bound both to sigmaN and to"
                + " resistance"), e.getMessage());
    }

    @Test
    void aBoundVariableThatAnotherHeaderAlsoStandsForIsAnError() {
        Table t = table(List.of("thickness", "t2", "RD"), new Object[] {1.0, 2.0, 3.0}, new Object[] {2.0, 1.0, 5.0});
        InputException e = assertThrows(InputException.class, () -> DatasetMapping.automatic()
                .withBindings(Map.of(FilmVariable.THICKNESS, "t2")).apply(t, ""));
        assertTrue(e.getMessage().contains("two columns stand for 'thickness'"), e.getMessage());
    }

    @Test
    void aBoundColumnCannotAlsoBeIgnored() {
        InputException e = assertThrows(InputException.class, () -> new DatasetMapping(List.of(), List.of(),
                List.of("RD")).withBindings(Map.of(FilmVariable.RELATIVE_DEVIATION, "RD")).apply(snake(), ""));
        assertEquals("map", e.parameter().orElseThrow());
        assertTrue(e.getMessage().contains("'RD' is both ignored and bound to RD"), e.getMessage());
    }

    @Test
    void aMissingVariableNamedAsAColumnSaysHowToBindIt() {
        Table t = table(List.of("thickness", "RD"), new Object[] {1.0, 2.0}, new Object[] {2.0, 3.0});
        InputException e = assertThrows(InputException.class,
                () -> new DatasetMapping(List.of(), List.of("sigmaN"), List.of()).apply(t, ""));
        assertTrue(e.getMessage().contains("--map sigmaN=COLUMN"), e.getMessage());
    }
}
