// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.ui.results.ExportableChart;
import org.filmlab.ui.results.ResultPresenter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A workbench view showing the session's last run through the {@code org.filmlab.ui.resultViews}
 * contributions that name this view's id: one presenter, or several in tabs. Presenters are created
 * when the view opens and called through {@link SafeRunner}; one that fails is replaced by a message
 * naming it and its bundle, and the rest of the view and the workbench carry on. The view's toolbar
 * exports the charts shown as PNG or SVG.
 */
public class ResultsView extends ViewPart {

    private final Runnable onChange = this::refresh;
    private final List<Slot> slots = new ArrayList<>();
    private Composite root;
    /** The result table the user was last in: Edit › Copy and Select all act on it. */
    private Table lastTable;
    private final Listener tableEntered = e -> {
        if (e.widget instanceof Table t && within(t)) {
            lastTable = t;
        }
    };
    private Label problem;
    private RunResult shown;
    private boolean everShown;
    private Action export;

    /** One contribution in this view: its holder, and the presenter unless it failed. */
    static final class Slot {
        final ResultViewDescriptor descriptor;
        final Composite holder;
        final Label note;
        final Composite body;
        ResultPresenter presenter;
        String failure;

        Slot(ResultViewDescriptor descriptor, Composite holder) {
            this.descriptor = descriptor;
            this.holder = holder;
            holder.setLayout(new GridLayout(1, false));
            note = new Label(holder, SWT.WRAP);
            note.setLayoutData(hidden());
            body = new Composite(holder, SWT.NONE);
            body.setLayout(new FillLayout());
            body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }

        /** What the slot says instead of (or above) its presenter; empty text hides it. */
        void say(String text) {
            note.setText(text);
            GridData d = text.isEmpty() ? hidden() : new GridData(SWT.FILL, SWT.TOP, true, false);
            if (!text.isEmpty()) {
                d.widthHint = 200;
            }
            note.setLayoutData(d);
            holder.layout(true, true);
        }

        private static GridData hidden() {
            GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
            d.exclude = true;
            d.heightHint = 0;
            return d;
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
        problem = new Label(root, SWT.WRAP);
        problem.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        List<ResultViewDescriptor> descriptors = ResultViewRegistry.get().forView(getViewSite().getId());
        if (descriptors.isEmpty()) {
            Label none = new Label(root, SWT.WRAP);
            none.setText("No result view is installed for " + getViewSite().getId() + ".");
        } else if (descriptors.size() == 1) {
            Composite holder = new Composite(root, SWT.NONE);
            holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            slots.add(new Slot(descriptors.get(0), holder));
        } else {
            CTabFolder tabs = new CTabFolder(root, SWT.BOTTOM | SWT.FLAT);
            tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            for (ResultViewDescriptor d : descriptors) {
                CTabItem tab = new CTabItem(tabs, SWT.NONE);
                tab.setText(d.label());
                Composite holder = new Composite(tabs, SWT.NONE);
                tab.setControl(holder);
                slots.add(new Slot(d, holder));
            }
            tabs.setSelection(0);
        }
        for (Slot slot : slots) {
            create(slot);
        }
        export = new Action("Export chart...") {
            @Override
            public void run() {
                exportWithDialog();
            }
        };
        export.setToolTipText("Export the charts of this view as PNG or SVG");
        export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        getViewSite().getActionBars().getToolBarManager().add(export);
        getViewSite().getActionBars().getMenuManager().add(export);
        getViewSite().getActionBars().updateActionBars();
        // Result tables are made by contributed presenters; Edit › Copy copies the one the user is in.
        // Result tables are made by contributed presenters: which one the user is in is watched here.
        root.getDisplay().addFilter(SWT.FocusIn, tableEntered);
        TableClipboard.activateCopy(getSite(), () -> lastTable().map(TableClipboard::text));
        SelectAll.activate(getSite(), () -> lastTable().isPresent(), () -> lastTable().ifPresent(Table::selectAll));
        Session.get().addListener(onChange);
        refresh();
    }

    private void create(Slot slot) {
        ResultViewDescriptor d = slot.descriptor;
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                Object created = d.element().createExecutableExtension("class");
                if (!(created instanceof ResultPresenter p)) {
                    throw new ClassCastException(created.getClass().getName() + " does not implement "
                            + ResultPresenter.class.getName());
                }
                p.createControl(slot.body);
                slot.presenter = p;
            }

            @Override
            public void handleException(Throwable e) {
                fail(slot, "cannot be created", e);
            }
        });
    }

    /** Replaces a slot's presenter by a message naming the contribution, its bundle and the cause; logs it. */
    private void fail(Slot slot, String what, Throwable e) {
        ResultViewDescriptor d = slot.descriptor;
        String message = "The result view '" + d.label() + "' (" + d.id() + ", from " + d.bundle() + ") " + what
                + ": " + causes(e) + ". The other views are not affected; the error log has the details.";
        ILog.of(ResultsView.class).log(Status.error(message, e));
        slot.presenter = null;
        slot.failure = message;
        for (Control c : slot.body.getChildren()) {
            c.dispose();
        }
        slot.say(message);
        slot.body.layout(true, true);
    }

    /** The messages of an exception and its causes (a CoreException's status included), the root cause last. */
    static String causes(Throwable e) {
        List<String> out = new ArrayList<>();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 8; depth++) {
            String m = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            if (!out.contains(m)) {
                out.add(m);
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof org.eclipse.core.runtime.CoreException ce) {
                next = ce.getStatus().getException();
            }
            t = next == t ? null : next;
        }
        return String.join(": ", out).replaceAll("\\.:", ":");
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        Session session = Session.get();
        String why = session.runProblem().orElse("");
        problem.setText(why);
        ((GridData) problem.getLayoutData()).exclude = why.isEmpty();
        problem.setVisible(!why.isEmpty());
        getViewSite().getActionBars().getStatusLineManager().setErrorMessage(why.isEmpty() ? null
                : why.lines().findFirst().orElse(why));
        RunResult result = session.result().orElse(null);
        if (result != shown || !everShown) {
            everShown = true;
            shown = result;
            JsonNode json = null;
            if (result != null) {
                try {
                    json = ResultsJson.of(result);
                } catch (RuntimeException e) {
                    ILog.of(getClass()).log(Status.error("the run cannot be turned into results.json", e));
                    for (Slot slot : slots) {
                        slot.say("The run cannot be shown: " + e.getMessage());
                    }
                    root.layout(true, true);
                    return;
                }
            }
            for (Slot slot : slots) {
                present(slot, result, json);
            }
        }
        export.setEnabled(!charts().isEmpty());
        root.layout(true, true);
    }

    private void present(Slot slot, RunResult result, JsonNode json) {
        ResultPresenter p = slot.presenter;
        if (p == null) {
            return;
        }
        List<String> missing = result == null ? List.of() : slot.descriptor.missingFrom(result);
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                if (result == null) {
                    slot.say("No results yet: Analysis › Run workflow runs the default workflow on the data set.");
                    p.clear();
                } else if (!missing.isEmpty()) {
                    slot.say(result.workflow().name() + " has no " + String.join(", ", missing)
                            + " results for this view." + skipped(result).stream().map(line -> "\n" + line)
                                    .collect(Collectors.joining()));
                    p.clear();
                } else {
                    slot.say("");
                    p.show(result, json);
                }
            }

            @Override
            public void handleException(Throwable e) {
                fail(slot, "cannot show the run", e);
            }
        });
    }

    /**
     * One line per step of the run that did not run, with the engine's reason: a view left empty by
     * a skipped step says why, rather than only which part is missing.
     */
    static List<String> skipped(RunResult result) {
        return result.skipped().stream().map(s -> "Skipped " + s.record().label() + ": " + s.skipped()).toList();
    }

    /** The charts every working presenter shows now, in slot order. */
    List<ExportableChart> charts() {
        List<ExportableChart> out = new ArrayList<>();
        for (Slot slot : slots) {
            ResultPresenter p = slot.presenter;
            if (p == null) {
                continue;
            }
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws Exception {
                    out.addAll(p.charts());
                }

                @Override
                public void handleException(Throwable e) {
                    fail(slot, "cannot list its charts", e);
                }
            });
        }
        return out;
    }

    private void exportWithDialog() {
        List<ExportableChart> charts = charts();
        if (charts.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Export chart", "This view shows no chart now.");
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(charts.size() == 1 ? "Export the chart" : "Export the " + charts.size() + " charts (one file each)");
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
        dialog.setFileName(charts.size() == 1 ? charts.get(0).name() : getViewSite().getId().replaceAll(".*\\.", ""));
        dialog.setOverwrite(true);
        String chosen = FilmLabPreferences.openInLastFolder(dialog);
        if (chosen == null) {
            return;
        }
        String file = chosen;
        if (!file.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|svg)")) {
            file += dialog.getFilterIndex() == 1 ? ".svg" : ".png";
        }
        try {
            ChartExport.write(charts, Path.of(file));
        } catch (java.io.IOException | RuntimeException e) {
            ILog.of(getClass()).log(Status.error("cannot export to " + file, e));
            MessageDialog.openError(getSite().getShell(), "Export chart", "Cannot write " + file + ": " + e.getMessage());
        }
    }

    /** The presenter of the given type in this view, if one was created. For the views that extend this one and tests. */
    <T extends ResultPresenter> Optional<T> presenter(Class<T> type) {
        return slots.stream().map(s -> s.presenter).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** What the view says about the last run that did not complete (red, above the presenters); empty if nothing. */
    String problemText() {
        return problem.getText();
    }

    /** The slots, for tests: each contribution's presenter, or the failure message shown instead. */
    List<Slot> slots() {
        return List.copyOf(slots);
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }

    private Optional<Table> lastTable() {
        return lastTable == null || lastTable.isDisposed() ? Optional.empty() : Optional.of(lastTable);
    }

    private boolean within(Control c) {
        for (Control p = c; p != null; p = p.getParent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        if (root != null && !root.isDisposed()) {
            root.getDisplay().removeFilter(SWT.FocusIn, tableEntered);
        }
        Session.get().removeListener(onChange);
        for (Slot slot : slots) {
            ResultPresenter p = slot.presenter;
            if (p != null) {
                SafeRunner.run(p::dispose);
            }
        }
        super.dispose();
    }
}
