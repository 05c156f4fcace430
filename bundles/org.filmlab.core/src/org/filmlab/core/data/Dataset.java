// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Films and what was set and measured on each: numeric condition and property columns in file
 * order, one label per row and, for each row, where it came from. Immutable; rows keep the input
 * order, which every result that lists rows follows.
 */
public final class Dataset {

    private final String source;
    private final String sha256;
    private final List<String> notes;
    private final List<Column> columns;
    private final List<String> rowLabels;
    private final int[] sourceRows;
    private final String importer;
    private final Map<String, Object> importParameters;

    /**
     * @param source the file name as it appears in messages and reports
     * @param sha256 the hex SHA-256 of the file's bytes, for provenance
     * @param notes comment lines the file carried (a "synthetic data" notice, say)
     * @param columns the condition and property columns, each with one value per row
     * @param rowLabels one label per row (the id column, or "row N")
     * @param sourceRows for each row, its row number in the file
     */
    public Dataset(String source, String sha256, List<String> notes, List<Column> columns, List<String> rowLabels,
            int[] sourceRows) {
        this(source, sha256, notes, columns, rowLabels, sourceRows, "", Map.of());
    }

    private Dataset(String source, String sha256, List<String> notes, List<Column> columns, List<String> rowLabels,
            int[] sourceRows, String importer, Map<String, Object> importParameters) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.importParameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(importParameters));
        this.source = Objects.requireNonNull(source, "source");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.notes = List.copyOf(notes);
        this.columns = List.copyOf(columns);
        this.rowLabels = List.copyOf(rowLabels);
        this.sourceRows = sourceRows.clone();
        for (Column c : this.columns) {
            if (c.values().length != this.rowLabels.size()) {
                throw new IllegalArgumentException("column " + c.key() + " has " + c.values().length
                        + " values for " + this.rowLabels.size() + " rows");
            }
        }
        if (sourceRows.length != this.rowLabels.size()) {
            throw new IllegalArgumentException("one source row per row is needed");
        }
    }

    public String source() {
        return source;
    }

    public String sha256() {
        return sha256;
    }

    /**
     * The same films, recorded as read by {@code importer} with these parameter values, so that a
     * result can say how its file was read (which sheet, which delimiter).
     *
     * @param importer the importer's contribution id
     * @param parameters the resolved parameter values, in the importer's declared order
     */
    public Dataset readWith(String importer, Map<String, Object> parameters) {
        return new Dataset(source, sha256, notes, columns, rowLabels, sourceRows, importer, parameters);
    }

    /** The id of the importer that read the file, or "" when not recorded. */
    public String importer() {
        return importer;
    }

    /** The importer's parameter values, in its declared order; empty when not recorded. */
    public Map<String, Object> importParameters() {
        return importParameters;
    }

    public List<String> notes() {
        return notes;
    }

    /** True when the file says it holds synthetic data (FilmLab's bundled sample does). */
    public boolean isSynthetic() {
        return notes.stream().anyMatch(n -> n.toUpperCase(java.util.Locale.ROOT).contains("SYNTHETIC"));
    }

    public int rowCount() {
        return rowLabels.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Column> columns(ColumnRole role) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.role() == role) {
                out.add(c);
            }
        }
        return out;
    }

    public List<Column> conditions() {
        return columns(ColumnRole.CONDITION);
    }

    public List<Column> properties() {
        return columns(ColumnRole.PROPERTY);
    }

    /** The column with this key, symbol, header or header name (the header without its unit). */
    public Optional<Column> column(String name) {
        String wanted = FilmVariable.normalize(name);
        for (Column c : columns) {
            if (c.key().equals(name) || c.header().equals(name) || c.symbol().equals(name)
                    || FilmVariable.normalize(ColumnHeader.parse(c.header()).name()).equals(wanted)) {
                return Optional.of(c);
            }
        }
        return FilmVariable.recognise(name).flatMap(v -> columns.stream().filter(c -> c.key().equals(v.key())).findFirst());
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    /** The row number in the file of data row {@code index} (0-based). */
    public int sourceRow(int index) {
        return sourceRows[index];
    }

    /** The values of the given columns as a rows × columns matrix (a fresh copy). */
    public double[][] matrix(List<Column> selected) {
        double[][] m = new double[rowCount()][selected.size()];
        for (int j = 0; j < selected.size(); j++) {
            double[] v = selected.get(j).values();
            for (int i = 0; i < m.length; i++) {
                m[i][j] = v[i];
            }
        }
        return m;
    }
}
