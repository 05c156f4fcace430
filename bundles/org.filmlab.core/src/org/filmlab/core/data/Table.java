// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.util.List;
import java.util.Objects;

/**
 * A file as an importer read it, before any column has a role: the headers, the cells and, for
 * every row, the row number the user sees in the file (so messages can point at it). Importers
 * produce tables; {@link DatasetMapping} turns a table into a {@link Dataset}.
 *
 * @param source the file's name as it should appear in messages
 * @param headers the header of each column, in file order
 * @param rows the data rows, each with exactly {@code headers.size()} cells
 * @param comments comment lines that preceded the header (e.g. a "synthetic data" notice)
 */
public record Table(String source, List<String> headers, List<Row> rows, List<String> comments) {

    public Table {
        Objects.requireNonNull(source, "source");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        comments = List.copyOf(comments);
        for (Row r : rows) {
            if (r.cells().size() != headers.size()) {
                throw new IllegalArgumentException("row " + r.number() + " has " + r.cells().size()
                        + " cells for " + headers.size() + " headers");
            }
        }
    }

    /**
     * One data row.
     *
     * @param number the row number the user sees (line of a text file, row of a sheet)
     * @param cells the cells in header order
     */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell: a finite number, some text, or nothing. */
    public sealed interface Cell permits Number, Text, Blank {
        /** What the user would see in the file, for messages. */
        String display();
    }

    /** A number the importer parsed. Never NaN or infinite: importers keep such cells as text. */
    public record Number(double value, String display) implements Cell {
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a number cell must be finite: " + display);
            }
        }
    }

    /** Text that is not a number in the file's number format. */
    public record Text(String display) implements Cell {
    }

    /** An empty cell. */
    public record Blank() implements Cell {
        @Override
        public String display() {
            return "";
        }
    }

    /** The one blank cell. */
    public static final Blank BLANK = new Blank();
}
