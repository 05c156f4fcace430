// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;

/**
 * The data sets imported in this session, each with its file, its number of films and its columns
 * by role. Selecting one (or anything under it) makes it the current data set again, without
 * re-reading the file.
 */
public final class DatasetExplorerView extends ViewPart {

    public static final String ID = "org.filmlab.ui.view.datasetExplorer";

    private final Runnable onChange = this::refresh;
    private TreeViewer viewer;

    /**
     * A line of the tree. Records, so a rebuilt tree equals the old one and keeps its selection.
     *
     * @param text what the line says
     * @param owner the import it belongs to
     * @param children the lines under it
     */
    record Node(String text, Session.Imported owner, List<Node> children) {
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Node) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Node) element).text();
            }
        });
        TableClipboard.activateCopy(getSite(), () -> viewer.getStructuredSelection().getFirstElement() instanceof Node n
                ? Optional.of(n.text()) : Optional.empty());
        ContextMenus.attach(getSite(), viewer.getControl(), ContextMenus.COPY, null, ContextMenus.EXPORT_DATA,
                ContextMenus.RUN, null, new String[] { "org.filmlab.ui.import", "&Import..." });
        viewer.addSelectionChangedListener(e -> {
            Object chosen = e.getStructuredSelection().getFirstElement();
            if (chosen instanceof Node n && Session.get().dataset().orElse(null) != n.owner().dataset()) {
                Session.get().datasetLoaded(n.owner().dataset(), n.owner().file());
            }
        });
        Session.get().addListener(onChange);
        refresh();
    }

    /** The tree's top lines, one per imported data set, oldest first. */
    List<Node> roots() {
        List<Node> out = new ArrayList<>();
        Dataset current = Session.get().dataset().orElse(null);
        for (Session.Imported i : Session.get().imported()) {
            Dataset d = i.dataset();
            List<Node> children = new ArrayList<>();
            children.add(new Node("File: " + i.file(), i, List.of()));
            children.add(new Node("Films (rows): " + d.rowCount(), i, List.of()));
            for (ColumnRole role : List.of(ColumnRole.CONDITION, ColumnRole.PROPERTY)) {
                List<Node> columns = d.columns(role).stream().map(c -> new Node(describe(c), i, List.of())).toList();
                children.add(new Node(plural(role) + " (" + columns.size() + ")", i, columns));
            }
            out.add(new Node((d == current ? "▶ " : "") + d.source() + " — " + d.rowCount() + " films"
                    + (d.isSynthetic() ? " (synthetic)" : ""), i, children));
        }
        return out;
    }

    /** Selects the line of an import, as a click would; the selection makes it current. */
    void select(Session.Imported imported) {
        roots().stream().filter(n -> n.owner().equals(imported)).findFirst()
                .ifPresent(n -> viewer.setSelection(new StructuredSelection(n), true));
    }

    /** The tree (its selection is the current data set's line). */
    TreeViewer viewer() {
        return viewer;
    }

    private static String plural(ColumnRole role) {
        return role == ColumnRole.CONDITION ? "Conditions" : "Properties";
    }

    private static String describe(Column c) {
        return c.symbol() + (c.unit().isEmpty() ? "" : " [" + c.unit() + "]")
                + (c.header().equals(c.symbol()) ? "" : " ← \"" + c.header() + "\"");
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Node> roots = roots();
        viewer.setInput(roots);
        viewer.expandToLevel(2);
        // The selection follows the current data set. A rebuilt tree keeps only lines that equal the old
        // ones, so moving the "▶" dropped the selection, and GTK then selects a focused tree's first line:
        // showing the Data perspective again made the first import current, without a word.
        Dataset current = Session.get().dataset().orElse(null);
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof Node n && n.owner().dataset() == current)) {
            roots.stream().filter(n -> n.owner().dataset() == current).findFirst()
                    .ifPresent(n -> viewer.setSelection(new StructuredSelection(n)));
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        Session.get().removeListener(onChange);
        super.dispose();
    }
}
