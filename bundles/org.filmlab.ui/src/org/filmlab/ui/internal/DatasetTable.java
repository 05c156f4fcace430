// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;

/**
 * A data set in a NatTable: one row per film, labelled as in the file; one column per condition and
 * property, its header giving symbol, unit and role ({@code σN [mS/cm] · property}). Clicking a
 * header sorts by that column (again: descending, again: file order); a {@link RowFilter} hides
 * films. Numbers show the preference's significant digits, each column in one style (fixed or
 * scientific, {@link ColumnNumberFormat}); a tooltip gives the full value and the file row.
 * <p>
 * The table is read-only, so there is nothing to undo. It has no invalid or missing cell to mark:
 * the mapping rejects a data set with one, naming the cell (the import wizard's preview marks such
 * cells before that happens).
 */
final class DatasetTable {

    private static final int PADDING = 16;

    private final Dataset dataset;
    private final List<Column> columns;
    private final RowOrder order;
    private final NatTable table;
    private final DataLayer bodyData;
    private final DataLayer headerData;
    private final SelectionLayer selection;
    private int digits;
    private List<ColumnNumberFormat> formats;

    DatasetTable(Composite parent, Dataset dataset, int digits) {
        this.dataset = dataset;
        this.columns = dataset.columns();
        this.order = new RowOrder();
        this.digits = digits;
        this.formats = formats(columns, digits);
        IDataProvider body = new ReadOnly() {
            @Override
            public Object getDataValue(int column, int row) {
                return columns.get(column).values()[order.row(row)];
            }

            @Override
            public int getColumnCount() {
                return columns.size();
            }

            @Override
            public int getRowCount() {
                return order.shown();
            }
        };
        IDataProvider header = new ReadOnly() {
            @Override
            public Object getDataValue(int column, int row) {
                return headerText(columns.get(column));
            }

            @Override
            public int getColumnCount() {
                return columns.size();
            }

            @Override
            public int getRowCount() {
                return 1;
            }
        };
        IDataProvider rowLabels = new ReadOnly() {
            @Override
            public Object getDataValue(int column, int row) {
                return dataset.rowLabels().get(order.row(row));
            }

            @Override
            public int getColumnCount() {
                return 1;
            }

            @Override
            public int getRowCount() {
                return order.shown();
            }
        };
        bodyData = new DataLayer(body, 96, 22);
        selection = new SelectionLayer(bodyData);
        ViewportLayer viewport = new ViewportLayer(selection);
        headerData = new DataLayer(header, 96, 26);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerData, viewport, selection);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(columnHeader, order);
        DataLayer rowData = new DataLayer(rowLabels, 80, 22);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowData, viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(header, rowLabels)),
                rowHeader, sortHeader);
        table = new NatTable(parent, new GridLayer(viewport, sortHeader, rowHeader, corner), false);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new SingleClickSortConfiguration());
        table.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DisplayConverter() {
                    @Override
                    public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry,
                            Object value) {
                        return value instanceof Double d ? format(cell.getColumnIndex(), d) : String.valueOf(value);
                    }

                    @Override
                    public Object canonicalToDisplayValue(Object value) {
                        // Without its column a number cannot take the column's style: the full value.
                        return String.valueOf(value);
                    }

                    @Override
                    public Object displayToCanonicalValue(Object display) {
                        throw new UnsupportedOperationException("the data set is read-only");
                    }
                }, DisplayMode.NORMAL, GridRegion.BODY);
            }
        });
        table.configure();
        new NatTableContentTooltip(table, GridRegion.BODY, GridRegion.COLUMN_HEADER) {
            @Override
            protected String getText(Event event) {
                ILayerCell cell = table.getCellByPosition(table.getColumnPositionByX(event.x),
                        table.getRowPositionByY(event.y));
                if (cell == null) {
                    return null;
                }
                if (cell.getConfigLabels().hasLabel(GridRegion.COLUMN_HEADER)) {
                    return headerToolTip(cell.getColumnIndex());
                }
                return cellToolTip(cell.getColumnIndex(), cell.getRowIndex());
            }
        };
        fitColumns();
    }

    NatTable control() {
        return table;
    }

    /** How many films the table shows (after filtering; not only those scrolled into view). */
    int rowCount() {
        return bodyData.getRowCount();
    }

    /** The column header's text as the table shows it. */
    String headerAt(int column) {
        return String.valueOf(headerData.getDataValueByPosition(column, 0));
    }

    /** The value the table shows at a body cell, after sorting and filtering. */
    double valueAt(int column, int row) {
        return (Double) bodyData.getDataValueByPosition(column, row);
    }

    /** Selects every film shown (Edit › Select all), so that Copy takes them all. */
    void selectAll() {
        selection.selectAll();
    }

    /**
     * The selected films (every film shown when none is), as tab-separated text: a header row, then
     * per film its label and every column's full value. The film id and the header go along because
     * rows pasted without them cannot be told apart or read.
     */
    String copyText() {
        int[] rows = IntStream.range(0, rowCount()).filter(selection::isRowPositionSelected).toArray();
        if (rows.length == 0) {
            rows = IntStream.range(0, rowCount()).toArray();
        }
        List<String> header = new ArrayList<>();
        header.add("film");
        columns.forEach(c -> header.add(c.header()));
        List<List<String>> lines = new ArrayList<>();
        for (int r : rows) {
            List<String> line = new ArrayList<>();
            line.add(labelAt(r));
            for (int j = 0; j < columns.size(); j++) {
                line.add(Double.toString(valueAt(j, r)));
            }
            lines.add(line);
        }
        return TableClipboard.tabSeparated(header, lines);
    }

    /** Selects whole films by their body row, as a click on their row header does. */
    void selectRows(int... rows) {
        selection.clear();
        for (int r : rows) {
            selection.selectRow(0, r, false, true);
        }
    }

    /** The row label the table shows beside body row {@code row}, after sorting and filtering. */
    String labelAt(int row) {
        return dataset.rowLabels().get(order.row(row));
    }

    /** The text a body cell shows, through the display converter the painter uses. */
    String textAt(int column, int row) {
        ILayerCell cell = bodyData.getCellByPosition(column, row);
        IDisplayConverter converter = table.getConfigRegistry().getConfigAttribute(
                CellConfigAttributes.DISPLAY_CONVERTER, DisplayMode.NORMAL, List.of(GridRegion.BODY));
        return String.valueOf(converter.canonicalToDisplayValue(cell, table.getConfigRegistry(), cell.getDataValue()));
    }

    ISortModel sortModel() {
        return order;
    }

    /**
     * Shows only the films the filter accepts, keeping the sort.
     *
     * @return why the text is not a filter, if it is not (then every film is shown)
     */
    Optional<String> filter(String text) {
        RowFilter f = RowFilter.parse(text, dataset);
        order.filter(f);
        table.refresh();
        return f.problem();
    }

    void significantDigits(int newDigits) {
        if (newDigits != digits) {
            digits = newDigits;
            formats = formats(columns, digits);
            fitColumns();
            table.redraw();
        }
    }

    String format(int column, double value) {
        return formats.get(column).format(value);
    }

    private static List<ColumnNumberFormat> formats(List<Column> columns, int digits) {
        return columns.stream().map(c -> ColumnNumberFormat.of(c.values(), digits)).toList();
    }

    String cellToolTip(int column, int shownRow) {
        Column c = columns.get(column);
        int row = order.row(shownRow);
        return dataset.rowLabels().get(row) + ": " + c.symbol() + " = " + c.values()[row]
                + (c.unit().isEmpty() ? "" : " " + c.unit()) + "\n" + dataset.source() + ", row "
                + dataset.sourceRow(row) + ", column \"" + c.header() + "\"";
    }

    String headerToolTip(int column) {
        Column c = columns.get(column);
        return c.symbol() + " (key " + c.key() + "): " + c.role().name().toLowerCase(Locale.ROOT) + (c.unit().isEmpty()
                ? "" : ", in " + c.unit()) + "\nheader in the file: \"" + c.header() + "\"\nclick to sort";
    }

    static String headerText(Column c) {
        return c.symbol() + (c.unit().isEmpty() ? "" : " [" + c.unit() + "]") + " · "
                + c.role().name().toLowerCase(Locale.ROOT);
    }

    /** Each column as wide as its header or its widest number, so nothing is cut to "...". */
    private void fitColumns() {
        GC gc = new GC(table);
        try {
            gc.setFont(table.getFont());
            for (int j = 0; j < columns.size(); j++) {
                int width = gc.textExtent(headerText(columns.get(j))).x + 2 * PADDING;
                for (double v : columns.get(j).values()) {
                    width = Math.max(width, gc.textExtent(format(j, v)).x + PADDING);
                }
                bodyData.setColumnWidthByPosition(j, width);
            }
        } finally {
            gc.dispose();
        }
    }

    /** A one-column-sort model over the shown rows; sorting is stable, so ties keep file order. */
    private final class RowOrder implements ISortModel {
        private RowFilter filter = RowFilter.ALL;
        private int[] rows = IntStream.range(0, dataset.rowCount()).toArray();
        private int sortedColumn = -1;
        private SortDirectionEnum direction = SortDirectionEnum.NONE;

        int row(int shown) {
            return rows[shown];
        }

        int shown() {
            return rows.length;
        }

        void filter(RowFilter f) {
            filter = f;
            sort(sortedColumn, direction, false);
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
            Integer[] next = IntStream.range(0, dataset.rowCount()).filter(filter.accepts()).boxed()
                    .toArray(Integer[]::new);
            boolean sorting = column >= 0 && sortDirection != SortDirectionEnum.NONE;
            if (sorting) {
                double[] v = columns.get(column).values();
                Comparator<Integer> byValue = Comparator.comparingDouble(i -> v[i]);
                Arrays.sort(next, sortDirection == SortDirectionEnum.DESC ? byValue.reversed() : byValue);
            }
            rows = Arrays.stream(next).mapToInt(Integer::intValue).toArray();
            sortedColumn = sorting ? column : -1;
            direction = sorting ? sortDirection : SortDirectionEnum.NONE;
        }

        @Override
        public void clear() {
            sort(-1, SortDirectionEnum.NONE, false);
        }
    }

    private abstract static class ReadOnly implements IDataProvider {
        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("the data set is read-only");
        }
    }
}
