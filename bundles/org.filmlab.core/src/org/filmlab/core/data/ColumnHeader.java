// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header split into its name and its unit. The unit is taken from a trailing bracket
 * ({@code "thickness (µm)"}, {@code "thickness [µm]"}) or, as lab exports write it, from the last
 * words of the name when they spell a unit FilmLab knows ({@code "thickness_um"},
 * {@code "LS_uL_per_mg"}, {@code "ionicConductivitySCm"}). A header with neither has an empty unit.
 *
 * @param text the header exactly as it appears in the file
 * @param name the part before the unit, stripped
 * @param unit the unit, or {@code ""}
 */
public record ColumnHeader(String text, String name, String unit) {

    private static final Pattern WITH_UNIT = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");

    /** White space, underscores and hyphens: what {@link #compact} drops and what ends no name. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s_\\-]+$");
    /** Where a word of a header starts: after a separator, or at a capital following a small letter or digit. */
    private static final Pattern WORD = Pattern.compile("[^\\s_\\-]+?(?=[\\s_\\-]|(?<=[\\p{Ll}\\d])\\p{Lu}|$)");

    /**
     * Units as lab exports spell them inside a name, by their words run together in lower case
     * ({@link #compact}), with the unit FilmLab shows. Only spellings that cannot be an ordinary
     * word are listed: a header ending in "_s" or "_C" keeps its name.
     */
    private static final Map<String, String> UNIT_WORDS = byCompactSpelling(Map.ofEntries(
            Map.entry("µm", List.of("um", "µm", "micron", "microns", "micrometer", "micrometre")),
            Map.entry("nm", List.of("nm")),
            Map.entry("mm", List.of("mm")),
            Map.entry("wt%", List.of("wt%", "wtpct", "wtpercent")),
            Map.entry("vol%", List.of("vol%", "volpct", "volpercent")),
            Map.entry("%", List.of("%", "pct", "percent")),
            Map.entry("µL/mg", List.of("ulpermg", "µlpermg", "ul/mg", "µl/mg", "ulmg", "µlmg")),
            Map.entry("g/cm³", List.of("gcm3", "gpercm3", "g/cm3", "g/cm³", "gcm³")),
            Map.entry("Ω", List.of("ohm", "ohms", "Ω")),
            Map.entry("kΩ", List.of("kohm", "kohms", "kΩ")),
            Map.entry("S/cm", List.of("scm", "spercm", "s/cm")),
            Map.entry("mS/cm", List.of("mscm", "mspercm", "ms/cm"))));

    public static ColumnHeader parse(String text) {
        Matcher m = WITH_UNIT.matcher(text);
        if (m.matches() && !m.group(1).isBlank()) {
            return new ColumnHeader(text, m.group(1).strip(), m.group(2).strip());
        }
        List<Integer> starts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            starts.add(w.start());
            words.add(w.group());
        }
        // The longest run of last words that spells a unit, leaving at least one word of name.
        for (int first = 1; first < words.size(); first++) {
            String unit = UNIT_WORDS.get(compact(String.join("", words.subList(first, words.size()))));
            if (unit != null) {
                String name = TRAILING_SEPARATORS.matcher(text.substring(0, starts.get(first))).replaceAll("").strip();
                return new ColumnHeader(text, name, unit);
            }
        }
        return new ColumnHeader(text, text.strip(), "");
    }

    /**
     * A spelling reduced to what identifies it: Unicode NFKC, lower case, without white space,
     * underscores and hyphens, so that {@code "sigma_N"}, {@code "sigma-N"}, {@code "Sigma N"} and
     * {@code "sigmaN"} agree while {@code "L:S"} and {@code "P%"} keep their signs.
     */
    static String compact(String s) {
        return SEPARATORS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Map<String, String> byCompactSpelling(Map<String, List<String>> spellingsByUnit) {
        Map<String, String> out = new HashMap<>();
        spellingsByUnit.forEach((unit, spellings) -> spellings.forEach(sp -> out.put(compact(sp), unit)));
        return Map.copyOf(out);
    }
}
