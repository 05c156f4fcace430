// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;

/**
 * Jazzer fuzz target for {@link XlsxImporter} reading the first sheet, with POI's zip-bomb limits
 * at their defaults as in the product. The seed workbooks in {@code fuzz-corpus/xlsx/} store their
 * zip entries uncompressed, so that byte mutations reach POI's XML parsing instead of only breaking
 * deflate streams. Any throwable other than {@link InputException} escapes and is a finding.
 */
public final class XlsxImporterFuzzer {

    private static final XlsxImporter IMPORTER = new XlsxImporter();

    private XlsxImporterFuzzer() {
    }

    /**
     * Called by Jazzer once before fuzzing: loading and instrumenting POI and XMLBeans takes several
     * seconds, far over the 1 s an input may take, so that happens here, on a workbook POI writes
     * and on a damaged copy of it.
     */
    public static void fuzzerInitialize() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("films");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("film");
            header.createCell(1).setCellValue("P (wt%)");
            Row film = sheet.createRow(1);
            film.createCell(0).setCellValue("F001");
            film.createCell(1).setCellFormula("1+2");
            workbook.write(bytes);
        }
        byte[] workbook = bytes.toByteArray();
        fuzzerTestOneInput(workbook);
        fuzzerTestOneInput(Arrays.copyOf(workbook, workbook.length / 2));
    }

    /** Jazzer's entry point: the input's bytes as the whole workbook file. */
    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        outcome(FuzzFile.write(data, "input.xlsx"));
    }

    static String outcome(Path file) {
        try {
            Table table = IMPORTER.read(file, IMPORTER.parameters().defaults(), null);
            return FuzzFile.digest(table);
        } catch (InputException e) {
            return "InputException: " + e.getMessage();
        }
    }
}
