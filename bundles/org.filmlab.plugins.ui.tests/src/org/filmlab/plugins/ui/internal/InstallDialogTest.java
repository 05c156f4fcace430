// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.filmlab.plugins.InstalledPlugin;
import org.filmlab.plugins.PluginException;
import org.filmlab.plugins.PluginManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help › Install New Software… on a product folder with a real p2 profile: the page shows what a
 * source holds before anything changes, installs unsigned content only after the consent box, runs
 * p2 in a job (the UI thread keeps dispatching meanwhile), and a failed install, at p2's planning or
 * at the check after, leaves every file of the product as it was.
 */
class InstallDialogTest {

    private InstallDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
    }

    @Test
    void installsAPluginAfterConsentShowsTheChecksAndOffersARestart(@TempDir Path dir) throws Exception {
        Path product = TestProduct.product(dir);
        Path source = TestProduct.repository(dir, "tiny-repo", "org.acme.tiny", null);
        AtomicBoolean restarted = new AtomicBoolean();
        open(PluginManager.of(product, (p, bundles, m) -> TestProduct.resolvesHere(p, bundles)),
                () -> restarted.set(true));

        check(source);
        String preview = dialog.details().getText();
        assertTrue(preview.contains("Tiny plug-in org.acme.tiny  (org.acme.tiny 1.0.0)"), preview);
        assertTrue(preview.contains("provider: ACME films lab"), preview);
        assertTrue(preview.contains("UNSIGNED: org.acme.tiny 1.0.0"), preview);
        assertTrue(preview.contains("org.filmlab.core.clusterers: clusterer org.acme.tiny.tiny (Tiny clusterer)"),
                preview);
        assertTrue(dialog.consent().isVisible(), "unsigned content asks for consent");
        assertFalse(dialog.button(InstallDialog.INSTALL).isEnabled(), "no install of unsigned content without consent");
        assertFalse(Files.exists(product.resolve("plugins/org.acme.tiny_1.0.0.jar")), "a check changes nothing");

        dialog.consent().setSelection(true);
        dialog.consent().notifyListeners(SWT.Selection, null);
        assertTrue(dialog.button(InstallDialog.INSTALL).isEnabled());
        dialog.install();
        assertTrue(dialog.busy(), "the install runs as a job, the UI thread is free");
        waitUntil(() -> !dialog.busy());

        String done = dialog.details().getText();
        assertTrue(done.contains("Installed org.acme.tiny 1.0.0 into " + product), done);
        assertTrue(done.contains("ok    org.acme.tiny 1.0.0: resolves in the test's framework"), done);
        assertTrue(Files.isRegularFile(product.resolve("plugins/org.acme.tiny_1.0.0.jar")));
        List<InstalledPlugin> installed = PluginManager.of(product).list(null);
        assertEquals(List.of("org.acme.tiny"), installed.stream().map(InstalledPlugin::id).toList());
        assertEquals(source.toString(), installed.get(0).source());

        assertNotNull(dialog.button(InstallDialog.RESTART), "a restart is offered");
        assertEquals("&Later", dialog.button(IDialogConstants.CANCEL_ID).getText());
        dialog.button(InstallDialog.RESTART).notifyListeners(SWT.Selection, null);
        assertTrue(restarted.get(), "Restart now restarts");
    }

    @Test
    void aPluginThatNeedsABundleTheProductLacksIsRefusedNamingItAndNothingChanges(@TempDir Path dir) throws Exception {
        Path product = TestProduct.product(dir);
        Path source = TestProduct.repository(dir, "needy-repo", "org.acme.needy", "org.filmlab.examples.missing");
        List<String> before = TestProduct.fingerprint(product);
        open(PluginManager.of(product, (p, bundles, m) -> TestProduct.resolvesHere(p, bundles)), () -> {
        });

        check(source);
        String shown = dialog.details().getText();
        assertTrue(shown.contains("org.filmlab.examples.missing"), "names what is missing: " + shown);
        assertTrue(dialog.getErrorMessage() != null || dialog.getMessage().contains("nothing was changed"),
                dialog.getMessage());
        assertFalse(dialog.button(InstallDialog.INSTALL).isEnabled());
        assertEquals(before, TestProduct.fingerprint(product), "the product is as it was");
    }

    @Test
    void anInstallThatFailsItsChecksIsUndoneAndSaysSo(@TempDir Path dir) throws Exception {
        Path product = TestProduct.product(dir);
        Path source = TestProduct.repository(dir, "faulty-repo", "org.acme.faulty", null);
        List<String> before = TestProduct.fingerprint(product);
        open(PluginManager.of(product, (p, bundles, m) -> {
            throw new PluginException("FAIL  clusterer Tiny clusterer: cannot be created (ClassNotFoundException)");
        }), () -> {
        });

        check(source);
        dialog.consent().setSelection(true);
        dialog.consent().notifyListeners(SWT.Selection, null);
        dialog.install();
        waitUntil(() -> !dialog.busy());

        assertTrue(dialog.details().getText().contains("cannot be created"), dialog.details().getText());
        assertTrue(dialog.getMessage().contains("the product is as it was"), dialog.getMessage());
        assertNull(dialog.button(InstallDialog.RESTART), "no restart offered for nothing");
        assertEquals(before, TestProduct.fingerprint(product), "every file of the product is as it was");
        assertTrue(PluginManager.of(product).list(null).isEmpty());
    }

    @Test
    void closingThePageCancelsTheInstallUnderWayAndTheProductStaysAsItWas(@TempDir Path dir) throws Exception {
        Path product = TestProduct.product(dir);
        Path source = TestProduct.repository(dir, "tiny-repo", "org.acme.tiny", null);
        List<String> before = TestProduct.fingerprint(product);
        AtomicBoolean verifying = new AtomicBoolean();
        open(PluginManager.of(product, (p, bundles, m) -> {
            verifying.set(true);
            // As a slow fresh start of the product would: only a cancel ends it.
            while (!m.isCanceled()) {
                LockSupport.parkNanos(10_000_000L);
            }
            throw new OperationCanceledException();
        }), () -> {
        });

        check(source);
        dialog.consent().setSelection(true);
        dialog.consent().notifyListeners(SWT.Selection, null);
        dialog.install();
        waitUntil(verifying::get);
        dialog.close();
        waitUntil(() -> Job.getJobManager().find(PluginJob.FAMILY).length == 0);

        assertEquals(before, TestProduct.fingerprint(product), "every file of the product is as it was");
        assertTrue(PluginManager.of(product).list(null).isEmpty());
    }

    @Test
    void thePickersStartInTheFolderAPluginWasLastPickedFrom(@TempDir Path dir) {
        try {
            LastFolder.forget();
            assertEquals(Path.of(System.getProperty("user.home")), LastFolder.get());
            LastFolder.remember(dir);
            assertEquals(dir.toAbsolutePath(), LastFolder.get());
        } finally {
            LastFolder.forget();
        }
    }

    private void open(PluginManager plugins, Runnable restart) {
        dialog = new InstallDialog(PlatformUI.getWorkbench().getDisplay().getActiveShell(), plugins, restart);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    /** Types the source and presses Enter, as a user does. */
    private void check(Path source) {
        dialog.source().setText(source.toString());
        Event enter = new Event();
        enter.detail = SWT.TRAVERSE_RETURN;
        enter.doit = true;
        dialog.source().notifyListeners(SWT.Traverse, enter);
        assertFalse(enter.doit, "Enter in Source checks it, it does not press the default button");
        waitUntil(() -> !dialog.busy());
    }

    /** Runs the UI's event loop (the jobs hand their outcome to it) until {@code done}, at most a minute. */
    static void waitUntil(BooleanSupplier done) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within a minute");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> {
                });
                display.sleep();
            }
        }
    }
}
