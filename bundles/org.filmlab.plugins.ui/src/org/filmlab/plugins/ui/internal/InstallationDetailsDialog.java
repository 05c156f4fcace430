// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.filmlab.plugins.InstalledPlugin;
import org.filmlab.plugins.PluginManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Installation Details, reached from Help › About FilmLab: the plug-ins installed into this product
 * (id, version, provider, where from) with Remove, the same all-or-nothing operation as
 * {@code filmlab plugins remove}; and every bundle the running product holds, FilmLab's own and its
 * libraries', with its version and licence.
 */
final class InstallationDetailsDialog extends TrayDialog {

    static final int REMOVE = IDialogConstants.CLIENT_ID + 1;
    static final int RESTART = IDialogConstants.CLIENT_ID + 2;

    private final PluginManager plugins;
    private final Runnable restart;

    private Table installed;
    private Table bundles;
    private Label status;
    private JobSlot jobs;
    private List<InstalledPlugin> shown = List.of();
    /** What the status line says once the list is read again after a removal, else {@code null}. */
    private String notice;

    InstallationDetailsDialog(Shell parent, PluginManager plugins, Runnable restart) {
        super(parent);
        this.plugins = plugins;
        this.restart = restart;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("FilmLab Installation Details");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 380).applyTo(tabs);

        Composite pluginsPage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(pluginsPage);
        installed = table(pluginsPage, "Plug-in", "Version", "Name", "Provider", "Installed from");
        installed.addListener(SWT.Selection, e -> updateButtons());
        status = new Label(pluginsPage, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(status);
        jobs = new JobSlot(pluginsPage, 1, this::updateButtons);
        TabItem pluginsTab = new TabItem(tabs, SWT.NONE);
        pluginsTab.setText("Installed &Plug-ins");
        pluginsTab.setControl(pluginsPage);

        Composite bundlesPage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(bundlesPage);
        bundles = table(bundlesPage, "Bundle", "Version", "Licence", "Provider");
        for (Bundle b : productBundles()) {
            TableItem item = new TableItem(bundles, SWT.NONE);
            item.setText(new String[] {b.getSymbolicName(), b.getVersion().toString(), licence(b),
                    header(b, "Bundle-Vendor")});
        }
        pack(bundles);
        TabItem bundlesTab = new TabItem(tabs, SWT.NONE);
        bundlesTab.setText("FilmLab and its &Libraries");
        bundlesTab.setControl(bundlesPage);

        reload();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, REMOVE, "&Remove", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        updateButtons();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == REMOVE) {
            InstalledPlugin selected = selected();
            if (selected != null && MessageDialog.openConfirm(getShell(), "Remove " + selected.id(), "Remove "
                    + selected.id() + " " + selected.version() + " and the bundles only it needs ("
                    + String.join(", ", selected.bundles()) + ")?")) {
                remove(selected);
            }
        } else if (id == RESTART) {
            close();
            restart.run();
        } else if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    /** Reads the installed plug-ins again, in a job. */
    void reload() {
        status.setText("Reading this product's p2 profile…");
        jobs.start("Listing the installed plug-ins", m -> plugins.list(m), outcome -> {
            if (outcome.value() != null) {
                show(outcome.value());
            } else {
                status.setText(outcome.cancelled() ? "Cancelled." : outcome.failure().getMessage());
            }
        });
    }

    /** Removes {@code plugin}, all or nothing, in a job; the list is read again after. */
    void remove(InstalledPlugin plugin) {
        status.setText("Removing " + plugin.id() + "…");
        jobs.start("Removing " + plugin.id(), m -> plugins.remove(plugin.id(), m), outcome -> {
            if (outcome.value() != null) {
                notice = "Removed " + plugin.id() + " " + plugin.version() + ". FilmLab stops using it after a"
                        + " restart.";
                addRestart();
                reload();
            } else {
                status.setText((outcome.cancelled() ? "Cancelled" : outcome.failure().getMessage())
                        + "\nThe product is as it was.");
            }
        });
    }

    private void show(List<InstalledPlugin> list) {
        shown = List.copyOf(list);
        installed.removeAll();
        for (InstalledPlugin p : shown) {
            TableItem item = new TableItem(installed, SWT.NONE);
            item.setText(new String[] {p.id(), p.version(), p.name(), p.provider(), p.source()});
        }
        pack(installed);
        status.setText(notice != null ? notice : shown.isEmpty()
                ? "No plug-ins installed. Help › Install New Software… adds one."
                : shown.size() + " plug-in(s) installed into " + plugins.product() + ".");
        updateButtons();
    }

    private void addRestart() {
        if (getButton(RESTART) == null) {
            Composite buttons = getButton(IDialogConstants.CLOSE_ID).getParent();
            createButton(buttons, RESTART, "Restart &now", false);
            buttons.layout(true);
            getShell().layout(true, true);
        }
    }

    private InstalledPlugin selected() {
        int i = installed.getSelectionIndex();
        return i < 0 || i >= shown.size() ? null : shown.get(i);
    }

    private void updateButtons() {
        Button remove = getButton(REMOVE);
        if (remove != null) {
            remove.setEnabled(!jobs.busy() && selected() != null);
        }
    }

    /** The running product's bundles, by name (the system bundle and this dialog's own included). */
    static List<Bundle> productBundles() {
        List<Bundle> all = new ArrayList<>(Arrays.asList(FrameworkUtil.getBundle(InstallationDetailsDialog.class)
                .getBundleContext().getBundles()));
        all.removeIf(b -> b.getSymbolicName() == null);
        all.sort(Comparator.comparing(Bundle::getSymbolicName).thenComparing(Bundle::getVersion));
        return all;
    }

    /** Where a bundle's licence text is when its manifest does not name the licence. */
    private static final List<String> LICENCE_FILES = List.of("about.html", "META-INF/LICENSE", "META-INF/LICENSE.txt",
            "META-INF/LICENSE.md", "LICENSE", "LICENSE.txt");

    /**
     * A bundle's licence as it states it: its {@code Bundle-License} header (the first licence, without
     * its parameters), else the file that holds it (Eclipse bundles carry about.html), else "not stated".
     */
    static String licence(Bundle b) {
        String header = header(b, "Bundle-License");
        if (!header.isEmpty()) {
            return header.split("[;,]")[0].replace("\"", "").strip();
        }
        for (String file : LICENCE_FILES) {
            if (b.getEntry(file) != null) {
                return "see " + file + " in the bundle";
            }
        }
        return "not stated in the bundle";
    }

    private static String header(Bundle b, String name) {
        String value = b.getHeaders("").get(name);
        return value == null ? "" : value.strip();
    }

    private static Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (String c : columns) {
            new TableColumn(table, SWT.NONE).setText(c);
        }
        return table;
    }

    private static void pack(Table table) {
        for (TableColumn c : table.getColumns()) {
            c.pack();
            c.setWidth(Math.min(c.getWidth(), 320));
        }
    }

    // For the tests.

    Table installed() {
        return installed;
    }

    Table bundles() {
        return bundles;
    }

    Label status() {
        return status;
    }

    boolean busy() {
        return jobs.busy();
    }

    Button button(int id) {
        return getButton(id);
    }
}
