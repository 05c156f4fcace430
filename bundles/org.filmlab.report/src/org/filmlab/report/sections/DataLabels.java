// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.sections;

import java.util.HashMap;
import java.util.Map;

import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.internal.Html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the report names the data's columns, for a section that writes or draws about them: by the
 * symbol and unit that {@code results.json} records for each column ({@code L:S (µL/mg)}), as the
 * report's own figures do, not by the key a result part was written with ({@code LS}). A key the
 * data have no column for is named as it is.
 *
 * @since 1.1
 */
public final class DataLabels {

    private final Map<String, String> symbols = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();

    private DataLabels(JsonNode columns) {
        for (JsonNode c : columns) {
            String key = c.path("key").asText();
            symbols.put(key, c.path("symbol").asText(key));
            units.put(key, c.path("unit").asText(""));
        }
    }

    /** The labels of the columns of the results' data. */
    public static DataLabels of(ResultsReader.Results results) {
        return new DataLabels(results.root().path("data").path("columns"));
    }

    /** The column's symbol ({@code σN}). */
    public String symbol(String key) {
        return symbols.getOrDefault(key, key);
    }

    /** An axis title: the symbol with its unit ({@code L:S (µL/mg)}). */
    public String axis(String key) {
        String unit = units.getOrDefault(key, "");
        return unit.isEmpty() ? symbol(key) : symbol(key) + " (" + unit + ")";
    }

    /** A level of a condition, as the report's own maps write it ({@code P% = 3 wt%}). */
    public String level(String key, double value) {
        String unit = units.getOrDefault(key, "");
        return symbol(key) + " = " + Html.level(value) + (unit.isEmpty() ? "" : " " + unit);
    }
}
