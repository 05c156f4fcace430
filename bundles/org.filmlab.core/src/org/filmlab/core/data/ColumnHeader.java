// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header split into its name and its unit: {@code "thickness (µm)"} and {@code "thickness [µm]"}
 * both give name {@code thickness} and unit {@code µm}; a header without a trailing bracket has an
 * empty unit.
 *
 * @param text the header exactly as it appears in the file
 * @param name the part before the unit, stripped
 * @param unit the unit, or {@code ""}
 */
public record ColumnHeader(String text, String name, String unit) {

    private static final Pattern WITH_UNIT = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");

    public static ColumnHeader parse(String text) {
        Matcher m = WITH_UNIT.matcher(text);
        if (m.matches() && !m.group(1).isBlank()) {
            return new ColumnHeader(text, m.group(1).strip(), m.group(2).strip());
        }
        return new ColumnHeader(text, text.strip(), "");
    }
}
