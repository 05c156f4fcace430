// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The header spellings of lab exports: snake_case, camelCase, units inside the name. */
class HeaderRecognitionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            P_wt_pct                 | P_wt_pct                 | P                  | wt%
            LS_uL_per_mg             | LS_uL_per_mg             | LS                 | µL/mg
            XB_pct                   | XB_pct                   | XB                 | %
            XB_vol_pct               | XB_vol_pct               | XB                 | vol%
            thickness_um             | thickness_um             | thickness          | µm
            thickness-µm             | thickness-µm             | thickness          | µm
            density_g_cm3            | density_g_cm3            | density            | g/cm³
            resistance_ohm           | resistance_ohm           | resistance         | Ω
            ionic_conductivity_S_cm  | ionic_conductivity_S_cm  | ionic_conductivity | S/cm
            ionicConductivitySCm     | ionicConductivitySCm     | ionicConductivity  | S/cm
            sigmaN_mS_cm             | sigmaN_mS_cm             | sigmaN             | mS/cm
            thicknessUm              | thicknessUm              | thickness          | µm
            DoT_um                   | DoT_um                   | DoT                | µm
            thickness um             | thickness um             | thickness          | µm
            """)
    void aUnitAtTheEndOfTheNameIsSplitOff(String text, String header, String name, String unit) {
        assertEquals(new ColumnHeader(header, name, unit), ColumnHeader.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sigma_N", "RD", "film_id", "temp", "Total_phenols", "pct", "ohm", "P%", "X:B", "time_s"})
    void aHeaderWithoutAUnitWordKeepsItsWholeName(String text) {
        assertEquals(new ColumnHeader(text, text, ""), ColumnHeader.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            P_wt_pct, POLYMER_CONTENT
            LS_uL_per_mg, LIQUID_TO_SOLID
            XB_pct, XYLENE_FRACTION
            XB_vol_pct, XYLENE_FRACTION
            thickness_um, THICKNESS
            density_g_cm3, DENSITY
            resistance_ohm, RESISTANCE
            ionic_conductivity_S_cm, NORMALIZED_CONDUCTIVITY
            ionicConductivity, NORMALIZED_CONDUCTIVITY
            ionic-conductivity, NORMALIZED_CONDUCTIVITY
            sigma_N, NORMALIZED_CONDUCTIVITY
            sigma-N, NORMALIZED_CONDUCTIVITY
            sigma N, NORMALIZED_CONDUCTIVITY
            sigmaN, NORMALIZED_CONDUCTIVITY
            DoT_um, DEVIATION_OF_THICKNESS
            RD, RELATIVE_DEVIATION
            relative_deviation, RELATIVE_DEVIATION
            polymerContent, POLYMER_CONTENT
            liquid_to_solid, LIQUID_TO_SOLID
            """)
    void labExportSpellingsAreRecognised(String header, FilmVariable expected) {
        assertEquals(Optional.of(expected), FilmVariable.recognise(ColumnHeader.parse(header).name()), header);
    }

    /** Whole names only: a variable's short alias inside another word is not that variable. */
    @ParameterizedTest
    @ValueSource(strings = {"temp", "temp_C", "pressure", "p_value", "dots", "rds", "Alcalinity_of_ash", "sample_id",
        "Proline", "thick", "sigma_total", "xb_ratio_2"})
    void otherHeadersStayUnknown(String header) {
        assertEquals(Optional.empty(), FilmVariable.recognise(ColumnHeader.parse(header).name()), header);
    }

    @Test
    void aVariableIsNamedOnTheCommandLineByKeyOrSymbolOnly() {
        assertEquals(Optional.of(FilmVariable.NORMALIZED_CONDUCTIVITY), FilmVariable.byKey("sigmaN"));
        assertEquals(Optional.of(FilmVariable.NORMALIZED_CONDUCTIVITY), FilmVariable.byKey("σN"));
        assertEquals(Optional.of(FilmVariable.LIQUID_TO_SOLID), FilmVariable.byKey("ls"));
        assertEquals(Optional.empty(), FilmVariable.byKey("conductivity"), "an alias is a header spelling, not a key");
        assertEquals(Optional.empty(), FilmVariable.byKey("sigma"));
    }

    @Test
    void aPercentageOfFractionsIsGivenNoUnit() {
        assertEquals("", FilmVariable.RELATIVE_DEVIATION.unitFor(new double[] {0.33, 0.05, 0.12}),
                "RD = 0.33 is a fraction: '%' would be wrong by a factor of 100");
        assertEquals("%", FilmVariable.RELATIVE_DEVIATION.unitFor(new double[] {8.24, 3.1, 12.0}));
        assertEquals("vol%", FilmVariable.XYLENE_FRACTION.unitFor(new double[] {0, 50, 100}));
        assertEquals("", FilmVariable.XYLENE_FRACTION.unitFor(new double[] {0, 0.5, 1}));
        assertEquals("mS/cm", FilmVariable.NORMALIZED_CONDUCTIVITY.unitFor(new double[] {0.1, 0.3}),
                "only percentages can be fractions");
    }

    @Test
    void theMissingVariableMessageSaysHowToBindIt() {
        String m = FilmVariable.NORMALIZED_CONDUCTIVITY.notBound();
        assertTrue(m.contains("σN (key sigmaN)"), m);
        assertTrue(m.contains("--map sigmaN=COLUMN"), m);
        assertTrue(m.contains("import wizard"), m);
    }
}
