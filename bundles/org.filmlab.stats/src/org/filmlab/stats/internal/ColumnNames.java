// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnHeader;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.FilmVariable;

/**
 * Turns the column names people write in parameters into columns: against a {@link DataShape}
 * when validating (only keys are known then) and against a {@link Dataset} when running.
 */
final class ColumnNames {

    private ColumnNames() {
    }

    /** The comma-separated names of a parameter, stripped, blanks dropped, in the order written. */
    static List<String> split(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The condition and property keys of a shape, conditions first. */
    static List<String> numericKeys(DataShape shape) {
        List<String> keys = new ArrayList<>(shape.conditions());
        keys.addAll(shape.properties());
        return keys;
    }

    /**
     * The key among {@code keys} that {@code name} stands for. A shape knows keys only, so a
     * symbol or header is matched the way {@link Dataset#column(String)} would match it: as a
     * recognised film variable, or by the name part of a header with a unit.
     */
    static Optional<String> keyIn(String name, List<String> keys) {
        for (String candidate : List.of(name, ColumnHeader.parse(name).name())) {
            if (keys.contains(candidate)) {
                return Optional.of(candidate);
            }
            Optional<String> recognised = FilmVariable.recognise(candidate).map(FilmVariable::key)
                    .filter(keys::contains);
            if (recognised.isPresent()) {
                return recognised;
            }
        }
        return Optional.empty();
    }

    /**
     * The message for a name that matches no column, listing what there is; for a FilmLab variable
     * (a workflow asking for RD, say) it says how to bind a column of another header to it.
     */
    static String missing(String name, List<String> available) {
        String columns = available.isEmpty() ? "none" : String.join(", ", available);
        return FilmVariable.byKey(name).map(v -> v.notBound() + " (columns: " + columns + ")")
                .orElse("no column '" + name + "' in the data; available: " + columns);
    }

    /**
     * The columns a {@code columns} parameter selects: every property when it is blank, else the
     * named columns in the order written, each once.
     *
     * @throws IllegalArgumentException naming a column the data set does not have
     */
    static List<Column> select(Dataset dataset, String commaSeparated) {
        List<String> names = split(commaSeparated);
        if (names.isEmpty()) {
            return dataset.properties();
        }
        Set<Column> selected = new LinkedHashSet<>();
        for (String name : names) {
            selected.add(require(dataset, name));
        }
        return List.copyOf(selected);
    }

    /**
     * Stops a loop over columns when the user cancelled; {@link SubMonitor#split(int)} alone skips
     * the check when a single column takes all the work.
     */
    static void checkCanceled(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /**
     * The column of {@code dataset} called {@code name}.
     *
     * @throws IllegalArgumentException when there is none, listing the column keys
     */
    static Column require(Dataset dataset, String name) {
        return dataset.column(name).orElseThrow(() -> new IllegalArgumentException(
                missing(name, dataset.columns().stream().map(Column::key).toList())));
    }
}
