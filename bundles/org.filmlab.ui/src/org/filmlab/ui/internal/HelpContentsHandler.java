// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help › Contents: the project's documentation, shipped in this bundle ({@code help/}, the
 * repository's {@code docs/}) and shown as written (Markdown is meant to read well as text), so it
 * needs no browser and no network.
 */
public final class HelpContentsHandler extends AbstractHandler {

    /** A document: its title and its file under {@code help/}. */
    record Document(String title, String file) {
    }

    static final List<Document> DOCUMENTS = List.of(new Document("Using the desktop", "desktop.md"),
            new Document("Writing a plug-in", "writing-a-plugin.md"),
            new Document("How FilmLab is built (architecture)", "architecture.md"));

    @Override
    public Object execute(ExecutionEvent event) {
        new HelpDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }

    /** The text of a document, or why it cannot be shown. */
    static String text(Document d) {
        Bundle bundle = FrameworkUtil.getBundle(HelpContentsHandler.class);
        URL url = bundle.getEntry("help/" + d.file());
        if (url == null) {
            return d.file() + " is missing from this installation (expected in " + bundle.getSymbolicName()
                    + "/help/).";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^<!--.*?-->\\s*", "");
        } catch (IOException e) {
            return d.file() + " cannot be read: " + e.getMessage();
        }
    }

    /** Non-modal, so the help stays open beside the window while the user follows it. */
    static final class HelpDialog extends Dialog {

        HelpDialog(Shell parent) {
            super(parent);
            setShellStyle(SWT.SHELL_TRIM | SWT.MODELESS);
            setBlockOnOpen(false);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("FilmLab Help");
            shell.setSize(900, 700);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            SashForm sash = new SashForm(area, SWT.HORIZONTAL);
            sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            org.eclipse.swt.widgets.List titles = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE);
            StyledText text = new StyledText(sash, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
            text.setMargins(8, 8, 8, 8);
            sash.setWeights(1, 3);
            DOCUMENTS.forEach(d -> titles.add(d.title()));
            titles.addListener(SWT.Selection, e -> {
                if (titles.getSelectionIndex() >= 0) {
                    text.setText(text(DOCUMENTS.get(titles.getSelectionIndex())));
                }
            });
            titles.select(0);
            text.setText(text(DOCUMENTS.get(0)));
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        }

        @Override
        protected void buttonPressed(int id) {
            close();
        }
    }
}
