// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The variables of the solid-state-electrolyte film design of Chen, Duquesnoy et al. (ACS Energy
 * Letters 2021), with the header spellings FilmLab recognises for each. A header matches when its
 * name part (what precedes its unit, see {@link ColumnHeader}) is one of the aliases, written in any
 * case, snake_case, camelCase or with hyphens or spaces ({@link #recognise}).
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

    /** White space around ':', '/' and '%', and runs of white space: what {@link #normalize} tidies. */
    private static final Pattern AROUND_SIGNS = Pattern.compile("\\s*([:/%])\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
     * Finds the variable a header (or its name part) stands for. The whole name must be a key, a
     * symbol or an alias, compared {@linkplain ColumnHeader#compact compactly} so that snake_case,
     * camelCase and hyphenated spellings agree ({@code "ionic_conductivity"}, {@code "sigmaN"},
     * {@code "sigma-N"}); a part of a word never counts, so {@code "temp"} is not P.
     *
     * @param headerName a header without its unit ({@link ColumnHeader#name()}), or a key such as {@code "sigmaN"}
     */
    public static Optional<FilmVariable> recognise(String headerName) {
        return Optional.ofNullable(Spellings.HEADERS.get(ColumnHeader.compact(headerName)));
    }

    /**
     * The variable a user names where a variable is asked for ({@code --map sigmaN=...}): its key or
     * its symbol, in any case. Header aliases do not count, so that a column name is never taken for
     * a variable.
     */
    public static Optional<FilmVariable> byKey(String name) {
        return Optional.ofNullable(Spellings.NAMES.get(ColumnHeader.compact(name)));
    }

    /**
     * Each variable's spellings, compacted once: recognising a header compared it with every alias
     * compacted anew (a regular expression and a Unicode normalisation each), a third of reading a
     * small file in a warm process. A spelling two variables share goes to the first in the
     * table's order, as the search in that order found it.
     */
    private static final class Spellings {

        /** Keys and symbols. */
        static final Map<String, FilmVariable> NAMES = spellings(false);
        /** Keys, symbols and header aliases. */
        static final Map<String, FilmVariable> HEADERS = spellings(true);

        private static Map<String, FilmVariable> spellings(boolean aliases) {
            Map<String, FilmVariable> out = new HashMap<>();
            for (FilmVariable v : values()) {
                out.putIfAbsent(ColumnHeader.compact(v.key), v);
                out.putIfAbsent(ColumnHeader.compact(v.symbol), v);
                if (aliases) {
                    v.aliases.forEach(a -> out.putIfAbsent(ColumnHeader.compact(a), v));
                }
            }
            return Map.copyOf(out);
        }
    }

    /** Every key, in the order of the paper's table: the words {@link #byKey} accepts, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(FilmVariable::key).toList();
    }

    /**
     * The unit to assume for a column of this variable whose header gives none: the usual unit,
     * except that a percentage whose values all lie in [0, 1] is taken for a fraction and given no
     * unit. Showing "%" for RD = 0.33 would be wrong by a factor of 100; showing no unit loses only
     * a label, which the user can still type.
     */
    public String unitFor(double[] values) {
        boolean percentage = unit.endsWith("%");
        return percentage && values.length > 0 && Arrays.stream(values).allMatch(x -> x >= 0 && x <= 1) ? "" : unit;
    }

    /** What to say when a workflow needs this variable and no column stands for it: how to bind one. */
    public String notBound() {
        return "the workflow needs " + symbol + " (key " + key + ") but no column is bound to it; " + howToBind();
    }

    /** How a user makes a column of any header stand for this variable, in both places a mapping is made. */
    public String howToBind() {
        return MappingAdvice.COMMAND_LINE.bind(this);
    }

    /** Lower case, Unicode NFC, inner white space collapsed, so that "L : S" and "l:s" agree. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return SPACES.matcher(AROUND_SIGNS.matcher(n).replaceAll("$1")).replaceAll(" ");
    }
}
