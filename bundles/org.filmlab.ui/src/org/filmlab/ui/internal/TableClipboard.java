// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Tables copied as tab-separated text with their header row, which spreadsheets and lab notebooks
 * paste as cells: rows copied without their column names are numbers nobody can read back.
 */
final class TableClipboard {

    private TableClipboard() {
    }

    /** The header and the rows, a line each, cells separated by tabs (tabs and line breaks in a cell become spaces). */
    static String tabSeparated(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(line(header));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> c.replaceAll("[\\t\\r\\n]+", " ")).collect(Collectors.joining("\t")) + "\n";
    }

    /** A results table's selected rows, or all of them when none is selected, with its header. */
    static String text(Table table) {
        List<String> header = new ArrayList<>();
        for (TableColumn c : table.getColumns()) {
            header.add(c.getText());
        }
        TableItem[] items = table.getSelectionCount() > 0 ? table.getSelection() : table.getItems();
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : items) {
            List<String> row = new ArrayList<>();
            for (int j = 0; j < header.size(); j++) {
                row.add(item.getText(j));
            }
            rows.add(row);
        }
        return tabSeparated(header, rows);
    }

    static void copy(Display display, String text) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * Gives a results table a context menu with Copy and Select all (Ctrl+C and Ctrl+A reach them
     * through the view's Edit menu).
     */
    static void addCopyMenu(Table table) {
        Menu menu = new Menu(table);
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText("&Copy\tCtrl+C");
        copy.addListener(SWT.Selection, e -> copy(table.getDisplay(), text(table)));
        MenuItem all = new MenuItem(menu, SWT.PUSH);
        all.setText("Select &all\tCtrl+A");
        all.addListener(SWT.Selection, e -> table.selectAll());
        table.setMenu(menu);
    }

    /**
     * Edit › Copy (Ctrl+C) for a view: puts what {@code text} gives on the clipboard, and is
     * disabled when it gives nothing, so the key goes on to the focused widget.
     */
    static void activateCopy(IWorkbenchPartSite site, Supplier<Optional<String>> text) {
        site.getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY,
                new AbstractHandler() {
                    @Override
                    public Object execute(ExecutionEvent event) {
                        text.get().ifPresent(t -> copy(site.getShell().getDisplay(), t));
                        return null;
                    }

                    @Override
                    public boolean isEnabled() {
                        return text.get().isPresent();
                    }
                });
    }
}
