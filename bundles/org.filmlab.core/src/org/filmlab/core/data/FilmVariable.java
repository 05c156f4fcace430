// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The variables of the solid-state-electrolyte film design of Chen, Duquesnoy et al. (ACS Energy
 * Letters 2021), with the header spellings FilmLab recognises for each. A header matches when its
 * name part (what precedes a unit in parentheses or brackets) equals one of the aliases after
 * {@linkplain #normalize(String) normalisation}.
 */
public enum FilmVariable {
    POLYMER_CONTENT("P", "P%", "wt%", ColumnRole.CONDITION,
            "p", "p%", "p wt%", "p (wt%)", "polymer", "polymer content", "binder", "binder content"),
    LIQUID_TO_SOLID("LS", "L:S", "µL/mg", ColumnRole.CONDITION,
            "l:s", "l/s", "ls", "l_s", "liquid-to-solid", "liquid to solid", "liquid-to-solid ratio"),
    XYLENE_FRACTION("XB", "X:B", "vol%", ColumnRole.CONDITION,
            "x:b", "x/b", "xb", "x_b", "cosolvent", "cosolvent ratio", "xylene", "xylene fraction"),
    THICKNESS("thickness", "thickness", "µm", ColumnRole.PROPERTY,
            "thickness", "t", "film thickness"),
    DENSITY("density", "ρ", "g/cm³", ColumnRole.PROPERTY,
            "density", "ρ", "rho"),
    RESISTANCE("resistance", "Ω", "Ω", ColumnRole.PROPERTY,
            "resistance", "ω", "ohm", "ohmic resistance", "r"),
    NORMALIZED_CONDUCTIVITY("sigmaN", "σN", "mS/cm", ColumnRole.PROPERTY,
            "σn", "σ", "sigman", "sigma", "sigma_n", "conductivity", "ionic conductivity",
            "normalized conductivity", "normalized ionic conductivity"),
    DEVIATION_OF_THICKNESS("DoT", "DoT", "µm", ColumnRole.PROPERTY,
            "dot", "deviation of thickness", "thickness deviation"),
    RELATIVE_DEVIATION("RD", "RD", "%", ColumnRole.PROPERTY,
            "rd", "relative deviation", "relative deviation of thickness");

    private final String key;
    private final String symbol;
    private final String unit;
    private final ColumnRole role;
    private final List<String> aliases;

    FilmVariable(String key, String symbol, String unit, ColumnRole role, String... aliases) {
        this.key = key;
        this.symbol = symbol;
        this.unit = unit;
        this.role = role;
        this.aliases = List.of(aliases);
    }

    /** The stable name FilmLab uses in workflow documents and results ({@code "LS"}, {@code "sigmaN"}). */
    public String key() {
        return key;
    }

    /** The symbol used in reports and charts ({@code "L:S"}, {@code "σN"}). */
    public String symbol() {
        return symbol;
    }

    /** The unit assumed when a header gives none. */
    public String unit() {
        return unit;
    }

    /** The role the variable takes unless a mapping says otherwise. */
    public ColumnRole defaultRole() {
        return role;
    }

    /** The recognised header spellings, normalised. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Finds the variable a header (or its name part) stands for.
     *
     * @param headerName a header without its unit, or a key such as {@code "sigmaN"}
     */
    public static Optional<FilmVariable> recognise(String headerName) {
        String n = normalize(headerName);
        for (FilmVariable v : values()) {
            if (normalize(v.key).equals(n) || normalize(v.symbol).equals(n) || v.aliases.contains(n)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Lower case, Unicode NFC, inner white space collapsed, so that "L : S" and "l:s" agree. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s*([:/%])\\s*", "$1").replaceAll("\\s+", " ");
    }
}
