// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.filmlab.plugins.InstallOutcome;
import org.filmlab.plugins.InstallPreview;
import org.filmlab.plugins.InstalledPlugin;
import org.filmlab.plugins.PluginManager;

/**
 * Help › Install New Software…: the user names a plug-in project folder, a p2 repository folder or a
 * zipped one; the page shows what would be installed (checked by p2 against this product, nothing
 * changed yet), asks for consent before unsigned content, installs as a job with progress and
 * Cancel, and on success shows the contract kit's verdict and offers a restart. A failure is shown
 * in the user's terms with the product as it was. Every operation is {@link PluginManager}'s, the
 * same as {@code filmlab plugins install}.
 */
final class InstallDialog extends TitleAreaDialog {

    static final int INSTALL = IDialogConstants.CLIENT_ID + 1;
    static final int RESTART = IDialogConstants.CLIENT_ID + 2;

    private final PluginManager plugins;
    private final Runnable restart;

    private Text source;
    private Text details;
    private Button consent;
    private JobSlot jobs;

    /** The source whose preview is shown, {@code null} until one succeeded. */
    private Path checked;
    private InstallPreview preview;
    private boolean installed;

    InstallDialog(Shell parent, PluginManager plugins, Runnable restart) {
        super(parent);
        this.plugins = plugins;
        this.restart = restart;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Install New Software");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Install a plug-in into FilmLab");
        setMessage("Pick a plug-in project folder, a p2 repository folder or a zipped p2 repository."
                + " Nothing changes until you press Install.");
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);

        new Label(body, SWT.NONE).setText("&Source:");
        source = new Text(body, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(source);
        source.setMessage("/path/to/plug-in project, repository folder or .zip");
        // Enter checks the source; without this the dialog's default button (Install) would take the key.
        source.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                check();
            }
        });
        source.addModifyListener(e -> sourceEdited());
        Button folder = new Button(body, SWT.PUSH);
        folder.setText("&Folder…");
        folder.addListener(SWT.Selection, e -> pickFolder());
        Button zip = new Button(body, SWT.PUSH);
        zip.setText("&Zip…");
        zip.addListener(SWT.Selection, e -> pickZip());

        Label what = new Label(body, SWT.NONE);
        what.setText("What will be installed:");
        GridDataFactory.fillDefaults().span(4, 1).applyTo(what);
        details = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        details.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 340).applyTo(details);
        details.setText("Press Enter in Source, or pick a folder or a zip, to see what it holds.");

        consent = new Button(body, SWT.CHECK);
        consent.setText("I &trust where this comes from: install its unsigned content");
        consent.setVisible(false);
        GridDataFactory.fillDefaults().span(4, 1).exclude(true).applyTo(consent);
        consent.addListener(SWT.Selection, e -> updateButtons());

        jobs = new JobSlot(body, 4, this::updateButtons);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, INSTALL, "&Install", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateButtons();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == INSTALL) {
            install();
        } else if (id == RESTART) {
            close();
            restart.run();
        } else if (id == IDialogConstants.CANCEL_ID && jobs.busy()) {
            // Cancel stops the operation under way (the product stays as it was), not the dialog.
            jobs.cancel();
        } else {
            super.buttonPressed(id);
        }
    }

    /** Asks p2 what installing the named source would do, in a job. */
    void check() {
        String text = source.getText().strip();
        if (text.isEmpty() || jobs.busy()) {
            return;
        }
        Path path = Path.of(text);
        forget();
        details.setText("Checking " + path + " against this product…");
        jobs.start("Checking " + path, m -> plugins.preview(path, m), outcome -> {
            if (outcome.value() != null) {
                checked = path;
                preview = outcome.value();
                details.setText(describe(preview));
                boolean unsigned = !preview.unsigned().isEmpty();
                consent.setVisible(unsigned);
                ((GridData) consent.getLayoutData()).exclude = !unsigned;
                consent.getParent().layout(true);
                setMessage(unsigned ? "It holds unsigned content: install it only if you trust where it comes from."
                        : "Signed content, checked against this product.", unsigned ? IMessageProvider.WARNING
                                : IMessageProvider.INFORMATION);
            } else {
                failed("It cannot be installed; nothing was changed.", outcome);
            }
        });
    }

    /** Installs what was checked, in a job; the outcome is shown here. */
    void install() {
        if (checked == null || jobs.busy() || !mayInstall()) {
            return;
        }
        Path path = checked;
        boolean trust = consent.getSelection();
        jobs.start("Installing " + path, m -> plugins.install(path, trust, m), outcome -> {
            if (outcome.value() != null) {
                succeeded(outcome.value());
            } else {
                failed("The install did not happen; the product is as it was.", outcome);
            }
        });
    }

    private void succeeded(InstallOutcome outcome) {
        installed = true;
        StringBuilder text = new StringBuilder();
        for (InstalledPlugin p : outcome.plugins()) {
            text.append("Installed ").append(p.id()).append(' ').append(p.version()).append(" into ")
                    .append(plugins.product()).append(".\n");
        }
        text.append("\nFilmLab's contract kit, in a fresh start of the product:\n");
        outcome.checks().forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("\nFilmLab uses the new plug-in after a restart.");
        details.setText(text.toString());
        setMessage("Installed and checked. Restart FilmLab now to use it, or later.", IMessageProvider.INFORMATION);
        consent.setEnabled(false);
        source.setEnabled(false);
        Composite buttons = getButton(INSTALL).getParent();
        getButton(INSTALL).dispose();
        getButton(IDialogConstants.CANCEL_ID).dispose();
        createButton(buttons, RESTART, "&Restart now", true);
        createButton(buttons, IDialogConstants.CANCEL_ID, "&Later", false);
        buttons.layout(true);
        getShell().layout(true, true);
    }

    private void failed(String message, PluginJob.Outcome<?> outcome) {
        setMessage(message, outcome.cancelled() ? IMessageProvider.WARNING : IMessageProvider.ERROR);
        details.setText(outcome.cancelled() ? "Cancelled; the product is as it was."
                : outcome.failure().getMessage());
    }

    private void sourceEdited() {
        if (checked != null && !Path.of(source.getText().strip()).equals(checked)) {
            forget();
            details.setText("Press Enter to check " + source.getText().strip() + ".");
        }
    }

    private void forget() {
        checked = null;
        preview = null;
        consent.setSelection(false);
        updateButtons();
    }

    private boolean mayInstall() {
        return preview != null && (preview.unsigned().isEmpty() || consent.getSelection());
    }

    private void updateButtons() {
        Button install = getButton(INSTALL);
        if (install != null && !install.isDisposed()) {
            install.setEnabled(!jobs.busy() && !installed && mayInstall());
        }
    }

    private void pickFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("A plug-in project folder or a p2 repository folder");
        dialog.setFilterPath(LastFolder.get().toString());
        picked(dialog.open());
    }

    private void pickZip() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("A zipped p2 repository");
        dialog.setFilterExtensions(new String[] {"*.zip", "*"});
        dialog.setFilterPath(LastFolder.get().toString());
        picked(dialog.open());
    }

    private void picked(String chosen) {
        if (chosen == null) {
            return;
        }
        Path path = Path.of(chosen);
        // The folder holding the project, repository or zip: where the next one is likely to be too.
        LastFolder.remember(path.getParent());
        source.setText(chosen);
        check();
    }

    /** The preview as the user reads it: each plug-in, where it comes from, signed or not, what it adds. */
    static String describe(InstallPreview preview) {
        List<String> lines = new ArrayList<>();
        for (InstalledPlugin p : preview.plugins()) {
            lines.add(p.name() + "  (" + p.id() + " " + p.version() + ")");
            lines.add("  provider: " + (p.provider().isEmpty() ? "not stated" : p.provider()));
            lines.add("  bundles:  " + String.join(", ", p.bundles()));
        }
        lines.add("from " + preview.source());
        lines.add("");
        lines.add(preview.unsigned().isEmpty() ? "Signed: every jar (" + preview.signed().size() + ")"
                : "UNSIGNED: " + String.join(", ", preview.unsigned()));
        preview.signed().forEach(s -> lines.add("  signed " + s));
        lines.add("");
        lines.add("Adds to the product: " + String.join(", ", preview.additions()));
        lines.add("");
        if (preview.contributions().isEmpty()) {
            lines.add("Contributes nothing FilmLab lists (no plugin.xml extensions).");
        } else {
            lines.add("Contributes:");
            preview.contributions().forEach(c -> lines.add("  " + c));
        }
        return String.join("\n", lines);
    }

    // For the tests: the page's controls and state.

    Text source() {
        return source;
    }

    Text details() {
        return details;
    }

    Button consent() {
        return consent;
    }

    boolean busy() {
        return jobs.busy();
    }

    Button button(int id) {
        return getButton(id);
    }
}
