// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.io.Utf8Text;

/**
 * Reads one sheet of an Office Open XML workbook (.xlsx) with Apache POI.
 * <p>
 * The first row holding anything is the header row. Numeric cells give numbers, except cells
 * formatted as dates, which give their text: a date is not a measurement. Formula cells give the
 * value Excel last computed and saved (FilmLab does not recalculate). Text cells give a number only
 * when the whole text is a plain number with a decimal point; everything else, booleans and error
 * values included, stays text. Row numbers are the sheet's own 1-based row numbers.
 * <p>
 * POI's zip-bomb protection ({@code ZipSecureFile}'s inflate-ratio and entry-size limits) is left
 * at its defaults, which are on: an .xlsx is a zip archive and a crafted one could otherwise expand
 * to gigabytes.
 * <p>
 * The bundle imports {@code org.apache.commons.lang3} although no FilmLab code uses it: Commons
 * Compress, which POI reads the zip with, imports it only optionally, yet needs it for a zip entry
 * whose extra field it cannot parse. Without the import no product holds the bundle, and such a
 * workbook (found by fuzzing, {@code fuzz-corpus/xlsx/crash-unparseable-zip-extra-field.xlsx} in the
 * tests) escaped as a {@code NoClassDefFoundError} instead of an {@link InputException}. A zip
 * entry naming a compression method whose optional codec is absent (Zstandard, found by fuzzing:
 * {@code crash-zip-entry-zstd-method.xlsx}) gives the same error, which is caught and reported.
 */
public final class XlsxImporter implements DatasetImporter {

    static final String SHEET = "sheet";

    /** The entry an OLE2 container holds when it wraps a password-protected OOXML document. */
    private static final String ENCRYPTION_INFO = "EncryptionInfo";

    private static final ParameterSet PARAMETERS = ParameterSet.of(Parameter.text(SHEET, "Sheet",
            "The name of the sheet to read; empty reads the first sheet.", ""));

    public XlsxImporter() {
        // Created by the extension registry.
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("ISO/IEC 29500-1:2016. Information technology — Document description and processing"
                + " languages — Office Open XML File Formats — Part 1: Fundamentals and Markup Language Reference.");
    }

    @Override
    public Table read(Path file, ParameterValues values, IProgressMonitor monitor) throws InputException {
        String source = Utf8Text.sourceName(file);
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, 100);
        String wanted = values.getString(SHEET);
        checkContainer(file, source);
        progress.split(5);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            @SuppressWarnings("resource") // closing would try to save the package; revert() below releases it
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            progress.split(35);
            Sheet sheet = select(workbook, wanted, source);
            return readSheet(sheet, source, progress.split(60));
        } catch (InputException | OperationCanceledException e) {
            throw e;
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw InputException.inFile(source, "not a readable .xlsx workbook: " + describe(e)
                    + "; open it in a spreadsheet program and save it again as .xlsx", e);
        } catch (NoClassDefFoundError e) {
            // Commons Compress loads a codec only when a zip entry names its method; Zstandard, XZ and
            // Brotli are optional libraries no spreadsheet program needs, so FilmLab ships none.
            throw InputException.inFile(source, "not a readable .xlsx workbook: a part of the zip archive is"
                    + " compressed with a method spreadsheet programs do not use (it needs " + e.getMessage()
                    + "); open it in a spreadsheet program and save it again as .xlsx", e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** Refuses early, with a precise message, what POI would only report as "not a zip". */
    private static void checkContainer(Path file, String source) throws InputException {
        FileMagic magic;
        try {
            if (Files.size(file) == 0) {
                throw InputException.inFile(source, "the file is empty");
            }
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw InputException.inFile(source, "cannot read the file: " + describe(e), e);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry(ENCRYPTION_INFO);
            } catch (IOException | RuntimeException e) {
                throw InputException.inFile(source, "not a readable workbook: " + describe(e), e);
            }
            throw InputException.inFile(source, encrypted
                    ? "the workbook is password-protected (encrypted); save a copy without a password"
                    : "the file is an Excel 97-2003 (.xls) workbook; save it as .xlsx or as CSV");
        }
        throw InputException.inFile(source, "not an .xlsx workbook: it is not a zip archive (it looks like "
                + magic.name().toLowerCase(Locale.ROOT) + "); save it from a spreadsheet program as .xlsx");
    }

    private static Sheet select(XSSFWorkbook workbook, String wanted, String source) throws InputException {
        if (workbook.getNumberOfSheets() == 0) {
            throw InputException.inFile(source, "the workbook has no sheet");
        }
        if (wanted.isEmpty()) {
            return workbook.getSheetAt(0);
        }
        Sheet sheet = workbook.getSheet(wanted);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add("'" + workbook.getSheetName(i) + "'");
            }
            throw InputException.inFile(source, "the workbook has no sheet '" + wanted + "'; its sheets are "
                    + String.join(", ", names) + " (set the sheet parameter to one of them)");
        }
        return sheet;
    }

    private static Table readSheet(Sheet sheet, String source, SubMonitor monitor) throws InputException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        monitor.setWorkRemaining(Math.max(1, sheet.getLastRowNum() + 1));
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            monitor.split(1);
            List<Table.Cell> cells = new ArrayList<>();
            for (int j = 0; j < Math.max(0, row.getLastCellNum()); j++) {
                cells.add(cell(row.getCell(j), formatter));
            }
            int width = cells.size();
            while (width > 0 && cells.get(width - 1) instanceof Table.Blank) {
                width--;
            }
            if (width == 0) {
                continue;
            }
            int number = row.getRowNum() + 1;
            if (headers == null) {
                headers = new ArrayList<>();
                for (Table.Cell c : cells.subList(0, width)) {
                    headers.add(c.display().strip());
                }
                continue;
            }
            if (width > headers.size()) {
                String column = CellReference.convertNumToColString(width - 1);
                throw InputException.at(source, number, null, "cell " + column + number + " holds '"
                        + cells.get(width - 1).display() + "', beyond the " + headers.size() + " columns of the"
                        + " header row; give the column a header, or clear the cell");
            }
            List<Table.Cell> padded = new ArrayList<>(cells.subList(0, width));
            while (padded.size() < headers.size()) {
                padded.add(Table.BLANK);
            }
            rows.add(new Table.Row(number, padded));
        }
        if (headers == null) {
            throw InputException.inFile(source, "sheet '" + sheet.getSheetName() + "' is empty");
        }
        return new Table(source, headers, rows, List.of());
    }

    private static Table.Cell cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Table.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                String display = formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
                yield DateUtil.isCellDateFormatted(cell) || !Double.isFinite(value) ? new Table.Text(display)
                        : new Table.Number(value, display);
            }
            case STRING -> Cells.parse(cell.getStringCellValue(), false);
            case BOOLEAN -> new Table.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new Table.Text(errorText(cell.getErrorCellValue()));
            default -> Table.BLANK;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    /** The messages along the cause chain: POI wraps the telling one (a zip bomb, say) deep down. */
    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && message.indexOf(m.strip()) < 0) {
                boolean first = message.length() == 0;
                message.append(first ? "" : " (").append(m.strip()).append(first ? "" : ")");
            }
        }
        return message.length() == 0 ? e.getClass().getSimpleName() : message.toString();
    }
}
