// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.filmlab.plugins.InstallVerifier;
import org.filmlab.plugins.PluginManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installation Details: the installed plug-ins with where they came from, Remove through p2 (the
 * jar leaves the product), and the running product's bundles with their versions and licences.
 */
class InstallationDetailsDialogTest {

    @Test
    void listsAnInstalledPluginAndRemovesIt(@TempDir Path dir) throws Exception {
        Path product = TestProduct.product(dir);
        Path source = TestProduct.repository(dir, "tiny-repo", "org.acme.listed", null);
        InstallVerifier verifier = (p, bundles, m) -> TestProduct.resolvesHere(p, bundles);
        PluginManager plugins = PluginManager.of(product, verifier);
        plugins.install(source, true, null);
        assertTrue(Files.isRegularFile(product.resolve("plugins/org.acme.listed_1.0.0.jar")));

        InstallationDetailsDialog dialog = new InstallationDetailsDialog(PlatformUI.getWorkbench().getDisplay()
                .getActiveShell(), plugins, () -> {
                });
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            InstallDialogTest.waitUntil(() -> !dialog.busy());
            assertEquals(1, dialog.installed().getItemCount(), dialog.status().getText());
            TableItem row = dialog.installed().getItem(0);
            assertEquals("org.acme.listed", row.getText(0));
            assertEquals("1.0.0", row.getText(1));
            assertEquals("ACME films lab", row.getText(3));
            assertEquals(source.toString(), row.getText(4));
            assertFalse(dialog.button(InstallationDetailsDialog.REMOVE).isEnabled(), "nothing selected yet");

            dialog.installed().setSelection(0);
            dialog.remove(plugins.list(null).get(0));
            InstallDialogTest.waitUntil(() -> !dialog.busy());
            InstallDialogTest.waitUntil(() -> !dialog.busy());
            assertEquals(0, dialog.installed().getItemCount());
            assertTrue(dialog.status().getText().startsWith("Removed org.acme.listed 1.0.0"), dialog.status().getText());
            assertNotNull(dialog.button(InstallationDetailsDialog.RESTART), "a restart is offered");
            assertFalse(Files.exists(product.resolve("plugins/org.acme.listed_1.0.0.jar")), "the jar left the product");
            assertTrue(plugins.list(null).isEmpty());
        } finally {
            dialog.close();
        }
    }

    @Test
    void showsTheProductsBundlesWithVersionsAndLicences(@TempDir Path dir) throws Exception {
        InstallationDetailsDialog dialog = new InstallationDetailsDialog(PlatformUI.getWorkbench().getDisplay()
                .getActiveShell(), PluginManager.of(TestProduct.product(dir)), () -> {
                });
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            InstallDialogTest.waitUntil(() -> !dialog.busy());
            TableItem core = Arrays.stream(dialog.bundles().getItems()).filter(i -> i.getText(0).equals("org.filmlab.core"))
                    .findFirst().orElseThrow();
            assertTrue(core.getText(1).startsWith("0.1.0"), core.getText(1));
            assertEquals("GPL-3.0-or-later", core.getText(2));
            TableItem swt = Arrays.stream(dialog.bundles().getItems()).filter(i -> i.getText(0).equals("org.eclipse.swt"))
                    .findFirst().orElseThrow();
            assertFalse(swt.getText(2).isEmpty(), "every bundle says where its licence is");
            assertEquals("No plug-ins installed. Help › Install New Software… adds one.", dialog.status().getText());
        } finally {
            dialog.close();
        }
    }
}
