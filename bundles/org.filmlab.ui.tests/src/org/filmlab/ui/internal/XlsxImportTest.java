// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.filmlab.core.data.Dataset;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing an XLSX workbook from the desktop, which once waited forever (POI on Log4j's start-up
 * lock, the product having no Log4j provider), and Cancel on an import whose importer never answers.
 */
class XlsxImportTest {

    /** Far above the few seconds the sample takes, far below "hangs". */
    private static final long IMPORT_MS = 60_000;

    @TempDir
    Path dir;

    private Dataset before;
    private Path beforeFile;

    @BeforeEach
    void remember() {
        DataUi.waitForFilmLabJobs();
        before = Session.get().dataset().orElseThrow();
        beforeFile = Session.get().datasetFile().orElse(null);
    }

    @AfterEach
    void putBack() {
        Session.get().datasetLoaded(before, beforeFile);
    }

    @Test
    void theSampleAsAWorkbookImportsThroughTheWizard() throws Exception {
        List<String[]> csv = sampleTable();
        Path workbook = dir.resolve("films.xlsx");
        writeWorkbook(workbook, csv);

        ImportWizard wizard = new ImportWizard(workbook);
        ImportWizardDialog dialog = new ImportWizardDialog(DataUi.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("org.filmlab.io.xlsx", wizard.filePage().importer().orElseThrow().id());
            // The preview is read in the wizard's own progress part; a reader stuck for good is cancelled
            // so that this test fails instead of hanging.
            Runnable watchdog = () -> {
                if (!dialog.getShell().isDisposed()) {
                    dialog.cancelRunning();
                }
            };
            DataUi.window().getShell().getDisplay().timerExec((int) IMPORT_MS, watchdog);
            dialog.next();
            DataUi.window().getShell().getDisplay().timerExec(-1, watchdog);
            DataUi.dispatch();
            assertSame(wizard.mappingPage(), dialog.getCurrentPage());
            assertTrue(wizard.mappingPage().isPageComplete(), "the preview was read and mapped: "
                    + wizard.mappingPage().getErrorMessage());
            dialog.finish();
            joinWithin(IMPORT_MS);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }

        Dataset imported = Session.get().dataset().orElseThrow();
        assertEquals(workbook, Session.get().datasetFile().orElseThrow());
        assertEquals(csv.size() - 1, imported.rowCount());
        double[] sigma = imported.column("sigmaN").orElseThrow().values();
        int sigmaColumn = List.of(csv.get(0)).indexOf("σN (mS/cm)");
        assertTrue(sigmaColumn > 0, "the sample's σN header as this test reads it");
        for (int i = 1; i < csv.size(); i++) {
            assertEquals(Double.parseDouble(csv.get(i)[sigmaColumn]), sigma[i - 1], 0.0, "σN of row " + i);
        }
    }

    @Test
    void cancelStopsAnImportWhoseImporterDoesNotAnswer() throws Exception {
        Path file = Files.writeString(dir.resolve("slow.stall"), "anything");
        DatasetImportJob job = new DatasetImportJob(file);
        job.schedule();
        try {
            DataUi.until(() -> StallingImporter.ENTERED.getCount() == 0, "the importer to start");
            long cancelled = System.nanoTime();
            job.cancel();
            DataUi.until(() -> job.getState() == Job.NONE, "the cancelled import to end");
            long ms = (System.nanoTime() - cancelled) / 1_000_000;
            assertTrue(ms < 1000, "Cancel took " + ms + " ms");
            assertNotNull(job.getResult());
            assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
            DataUi.dispatch();
            assertSame(before, Session.get().dataset().orElseThrow(), "the data set shown before stays");
        } finally {
            StallingImporter.RELEASE.countDown();
        }
    }

    private static void joinWithin(long ms) throws InterruptedException {
        long deadline = System.currentTimeMillis() + ms;
        while (Job.getJobManager().find(FilmLabJob.FAMILY).length > 0) {
            if (System.currentTimeMillis() > deadline) {
                for (Job j : Job.getJobManager().find(FilmLabJob.FAMILY)) {
                    j.cancel();
                }
                fail("the import did not finish within " + ms + " ms");
            }
            if (!DataUi.window().getShell().getDisplay().readAndDispatch()) {
                DataUi.sleep();
            }
        }
        DataUi.dispatch();
    }

    /** The sample CSV as rows of cells, the header first. */
    private static List<String[]> sampleTable() throws IOException {
        return Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",")).toList();
    }

    /**
     * Writes the smallest workbook Excel and POI accept (content types, relationships, one sheet with
     * inline strings): the test fragment cannot see POI, and a file made by hand keeps the reader's
     * input under the test's control.
     */
    private static void writeWorkbook(Path file, List<String[]> rows) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        String office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"")
                .append(main).append("\"><sheetData>");
        for (int i = 0; i < rows.size(); i++) {
            sheet.append("<row r=\"").append(i + 1).append("\">");
            String[] cells = rows.get(i);
            for (int j = 0; j < cells.length; j++) {
                String ref = (char) ('A' + j) + Integer.toString(i + 1);
                if (i > 0 && j > 0) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(cells[j]).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(xml(cells[j]))
                            .append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + rels
                    + "\"><Relationship Id=\"rId1\" Type=\"" + office + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main
                    + "\" xmlns:r=\"" + office + "\"><sheets><sheet name=\"Films\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + rels + "\"><Relationship Id=\"rId1\" Type=\"" + office
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
