// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;

/**
 * Reads the regress step's settings against the data's columns, in the user's terms: names are
 * matched as the data set matches them (key, symbol, header), so {@code sigmaN} and {@code σN} both
 * work. Shared by configure and execute so that both read the settings alike.
 */
final class Selection {

    private Selection() {
    }

    /**
     * The properties named in a comma-separated list, or every property for an empty one.
     *
     * @throws IllegalArgumentException naming the first name that is not a property of the data
     */
    static List<Column> properties(Dataset data, String text) {
        if (text.isBlank()) {
            return data.properties();
        }
        List<Column> out = new ArrayList<>();
        for (String name : text.split(",")) {
            Column c = column(data, name.strip(), ColumnRole.PROPERTY).orElseThrow(() -> new IllegalArgumentException(
                    "'" + name.strip() + "' is not a property of the data (properties: " + keys(data.properties()) + ")"));
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The condition with this name, if the data has one. */
    static Optional<Column> condition(Dataset data, String name) {
        return column(data, name, ColumnRole.CONDITION);
    }

    static String keys(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::key).toList());
    }

    private static Optional<Column> column(Dataset data, String name, ColumnRole role) {
        return data.column(name).filter(c -> c.role() == role);
    }
}
