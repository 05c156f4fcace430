// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The menus people expect: Exit on Ctrl+Q, Copy on Ctrl+C (with headers), About with the version
 * and the licence; file dialogs that start where the user works.
 */
class MenusTest {

    @Test
    void ctrlQExits() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<TriggerSequence> exit = Arrays.asList(bindings.getActiveBindingsFor("org.eclipse.ui.file.exit"));
        assertTrue(exit.contains(KeySequence.getInstance("M1+Q")), "Exit's keys: " + exit);
    }

    @Test
    void ctrlCCopies() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<TriggerSequence> copy = Arrays.asList(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_COPY));
        assertTrue(copy.contains(KeySequence.getInstance("M1+C")), "Copy's keys: " + copy);
    }

    @Test
    void aResultsTableIsCopiedWithItsHeaderFromItsContextMenu() {
        Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
        try {
            Table table = TestTables.table(shell, List.of("class", "n", "median σN"),
                    List.of(List.of("good", "12", "1.9e-4"), List.of("poor", "7", "3.1e-5")));
            assertEquals("class\tn\tmedian σN\ngood\t12\t1.9e-4\npoor\t7\t3.1e-5\n", TableClipboard.text(table),
                    "without a selection, the whole table");
            table.setSelection(1);
            assertEquals("class\tn\tmedian σN\npoor\t7\t3.1e-5\n", TableClipboard.text(table));
            assertNotNull(table.getMenu(), "the table has a context menu");
            assertEquals("&Copy\tCtrl+C", table.getMenu().getItem(0).getText());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void fileDialogsOpenInTheHomeFolderOrTheLastOneUsed(@TempDir Path dir) throws Exception {
        try {
            FilmLabPreferences.store().setToDefault(FilmLabPreferences.LAST_FOLDER);
            assertEquals(Path.of(System.getProperty("user.home")), FilmLabPreferences.dialogFolder());
            Path file = Files.createFile(dir.resolve("films.csv"));
            FilmLabPreferences.rememberDialogFolder(file);
            assertEquals(dir.toAbsolutePath(), FilmLabPreferences.dialogFolder());
            Files.delete(file);
            Files.delete(dir);
            assertEquals(Path.of(System.getProperty("user.home")), FilmLabPreferences.dialogFolder(),
                    "a folder that is gone is not offered");
        } finally {
            FilmLabPreferences.store().setToDefault(FilmLabPreferences.LAST_FOLDER);
        }
    }

    @Test
    void aReportNoProgramOpensSaysWhereItIs() {
        Path html = Path.of("/tmp/filmlab-report-1/report.html");
        assertTrue(OpenReportHandler.notOpened(html).contains(html.toString()), OpenReportHandler.notOpened(html));
    }

    @Test
    void aboutGivesTheVersionAndTheLicence() {
        String text = AboutHandler.text();
        String version = org.osgi.framework.FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        assertTrue(text.contains(version), text);
        assertTrue(text.contains("GPL-3.0-or-later") && text.contains("EPL"), text);
    }
}
