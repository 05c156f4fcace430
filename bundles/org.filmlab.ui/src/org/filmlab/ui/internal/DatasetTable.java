// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;

/**
 * A data set in a NatTable: one row per film, labelled as in the file; one column per condition and
 * property, its header giving symbol, role and unit. Clicking a header sorts by that column
 * (again: descending, again: file order). Cells are read-only: a {@link Dataset} holds only finite
 * numbers, so there is no invalid cell to show or edit.
 */
final class DatasetTable {

    private final Dataset dataset;
    private final List<Column> columns;
    private final RowOrder order;
    private final NatTable table;
    private final DataLayer bodyData;
    private final DataLayer headerData;

    DatasetTable(Composite parent, Dataset dataset) {
        this.dataset = dataset;
        this.columns = dataset.columns();
        this.order = new RowOrder();
        IDataProvider body = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return columns.get(column).values()[order.row(row)];
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException("the data set is read-only");
            }

            @Override
            public int getColumnCount() {
                return columns.size();
            }

            @Override
            public int getRowCount() {
                return dataset.rowCount();
            }
        };
        IDataProvider header = new ReadOnly(columns.size(), 1) {
            @Override
            public Object getDataValue(int column, int row) {
                return headerText(columns.get(column));
            }
        };
        IDataProvider rowLabels = new ReadOnly(1, dataset.rowCount()) {
            @Override
            public Object getDataValue(int column, int row) {
                return dataset.rowLabels().get(order.row(row));
            }
        };
        bodyData = new DataLayer(body, 96, 22);
        SelectionLayer selection = new SelectionLayer(bodyData);
        ViewportLayer viewport = new ViewportLayer(selection);
        headerData = new DataLayer(header, 96, 40);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerData, viewport, selection);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(columnHeader, order);
        DataLayer rowData = new DataLayer(rowLabels, 80, 22);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowData, viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(header, rowLabels)),
                rowHeader, sortHeader);
        table = new NatTable(parent, new GridLayer(viewport, sortHeader, rowHeader, corner), false);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new SingleClickSortConfiguration());
        table.configure();
    }

    NatTable control() {
        return table;
    }

    /** How many rows the table's body layer has (not only those scrolled into view). */
    int rowCount() {
        return bodyData.getRowCount();
    }

    /** The column header's text as the table shows it. */
    String headerAt(int column) {
        return String.valueOf(headerData.getDataValueByPosition(column, 0));
    }

    /** The value the table shows at a body cell, after sorting. */
    double valueAt(int column, int row) {
        return (Double) bodyData.getDataValueByPosition(column, row);
    }

    /** The row label the table shows beside body row {@code row}, after sorting. */
    String labelAt(int row) {
        return dataset.rowLabels().get(order.row(row));
    }

    ISortModel sortModel() {
        return order;
    }

    static String headerText(Column c) {
        String role = c.role().name().toLowerCase(Locale.ROOT);
        return c.symbol() + "\n" + (c.unit().isEmpty() ? role : role + " · " + c.unit());
    }

    /** A one-column-sort model over a row permutation; sorting is stable, so ties keep file order. */
    private final class RowOrder implements ISortModel {
        private Integer[] rows = identity();
        private int sortedColumn = -1;
        private SortDirectionEnum direction = SortDirectionEnum.NONE;

        int row(int shown) {
            return rows[shown];
        }

        private Integer[] identity() {
            Integer[] id = new Integer[dataset.rowCount()];
            Arrays.setAll(id, i -> i);
            return id;
        }

        @Override
        public List<Integer> getSortedColumnIndexes() {
            return sortedColumn < 0 ? List.of() : List.of(sortedColumn);
        }

        @Override
        public boolean isColumnIndexSorted(int column) {
            return column == sortedColumn;
        }

        @Override
        public SortDirectionEnum getSortDirection(int column) {
            return column == sortedColumn ? direction : SortDirectionEnum.NONE;
        }

        @Override
        public int getSortOrder(int column) {
            return column == sortedColumn ? 0 : -1;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public List<Comparator> getComparatorsForColumnIndex(int column) {
            return List.of(getColumnComparator(column));
        }

        @Override
        public Comparator<?> getColumnComparator(int column) {
            return Comparator.<Double>naturalOrder();
        }

        @Override
        public void sort(int column, SortDirectionEnum sortDirection, boolean accumulate) {
            Integer[] next = identity();
            if (sortDirection != SortDirectionEnum.NONE) {
                double[] v = columns.get(column).values();
                Comparator<Integer> byValue = Comparator.comparingDouble(i -> v[i]);
                Arrays.sort(next, sortDirection == SortDirectionEnum.DESC ? byValue.reversed() : byValue);
            }
            rows = next;
            sortedColumn = sortDirection == SortDirectionEnum.NONE ? -1 : column;
            direction = sortDirection;
        }

        @Override
        public void clear() {
            sort(-1, SortDirectionEnum.NONE, false);
        }
    }

    private abstract static class ReadOnly implements IDataProvider {
        private final int columns;
        private final int rows;

        ReadOnly(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("headers are read-only");
        }

        @Override
        public int getColumnCount() {
            return columns;
        }

        @Override
        public int getRowCount() {
            return rows;
        }
    }
}
