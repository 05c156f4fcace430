// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The import wizard's preview of a text file the importer refused (a ragged CSV, say): the file's
 * lines as written, numbered as the importer's message numbers them, with the line it names marked
 * and the message as its tooltip, so the user sees what to correct rather than an empty table.
 */
final class RawLinesPreview {

    /** A line as written in the file. */
    record Line(int number, String text) {
    }

    private RawLinesPreview() {
    }

    /**
     * The first lines of {@code file} (at least up to {@code marked} and a few after it), or none
     * when it is not text (a spreadsheet is a zip archive: nothing a user could read line by line).
     */
    static List<Line> read(Path file, int marked, int atLeast) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
                return out;
            }
        } catch (IOException e) {
            return out;
        }
        int last = Math.max(atLeast, marked + 5);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            for (int n = 1; n <= last && (line = r.readLine()) != null; n++) {
                out.add(new Line(n, line.length() > 500 ? line.substring(0, 500) + "…" : line));
            }
        } catch (IOException e) {
            // What was read before the failure is still worth showing.
        }
        return out;
    }

    /** Replaces the preview's columns with "Line" and "As written", {@code marked} in {@code invalid}. */
    static void show(TableViewer preview, List<Line> lines, int marked, String problem, Color invalid) {
        for (var c : preview.getTable().getColumns()) {
            c.dispose();
        }
        TableViewerColumn number = new TableViewerColumn(preview, SWT.RIGHT);
        number.getColumn().setText("Line");
        number.getColumn().setWidth(50);
        number.setLabelProvider(label(l -> String.valueOf(l.number()), marked, problem, invalid));
        TableViewerColumn text = new TableViewerColumn(preview, SWT.LEFT);
        text.getColumn().setText("As written in the file (the marked line is the one the importer refused)");
        text.getColumn().setWidth(700);
        text.setLabelProvider(label(Line::text, marked, problem, invalid));
        preview.setInput(lines);
    }

    private static ColumnLabelProvider label(java.util.function.Function<Line, String> text, int marked,
            String problem, Color invalid) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Line) element);
            }

            @Override
            public Color getBackground(Object element) {
                return ((Line) element).number() == marked ? invalid : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Line) element).number() == marked ? problem : null;
            }
        };
    }
}
