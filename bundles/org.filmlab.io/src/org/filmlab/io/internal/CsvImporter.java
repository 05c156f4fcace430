// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.io.Utf8Text;

/**
 * Reads delimited UTF-8 text (CSV, TSV) with Apache Commons CSV.
 * <p>
 * Comment lines before the header become the table's comments (FilmLab's bundled sample says there
 * that it is synthetic); comment lines further down and empty lines are skipped. Every row carries
 * the physical line number where it starts, counting comment, blank and header lines, so a message
 * points at the line a text editor shows. A row whose cell count differs from the header's is an
 * error, never padded or cut.
 * <p>
 * With {@code delimiter=auto} the delimiter is the candidate (comma, semicolon, tab) that splits the
 * header into more than one column and gives the most of the following lines the same count. With
 * {@code decimal=auto} numbers use a decimal comma only when the delimiter is not a comma and cells
 * look like {@code 1,25}; a file mixing {@code 1,25} and {@code 1.5} is refused rather than guessed.
 * Thousands separators are never accepted: such a cell stays text and the mapping names it.
 */
public final class CsvImporter implements DatasetImporter {

    static final String DELIMITER = "delimiter";
    static final String DECIMAL = "decimal";
    static final String COMMENT = "comment";

    private static final String AUTO = "auto";
    private static final char[] CANDIDATES = { ',', ';', '\t' };
    private static final int SNIFF_LINES = 20;
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.choice(DELIMITER, "Delimiter", "The character between cells. 'auto' picks comma, semicolon"
                    + " or tab from the header line and the lines below it.", AUTO, AUTO, "comma", "semicolon", "tab"),
            Parameter.choice(DECIMAL, "Decimal mark", "How numbers write their fraction: 1.25 (point) or 1,25"
                    + " (comma). 'auto' takes comma only when the delimiter is not a comma and numbers are written"
                    + " like 1,25.", AUTO, AUTO, "point", "comma"),
            Parameter.text(COMMENT, "Comment marker", "A line starting with this character is a comment; comments"
                    + " before the header are kept as notes of the data set. Empty: no comment lines.", "#"));

    public CsvImporter() {
        // Created by the extension registry.
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("Shafranovich, Y. (2005). Common Format and MIME Type for Comma-Separated Values (CSV) Files."
                + " RFC 4180, Internet Engineering Task Force. https://www.rfc-editor.org/rfc/rfc4180");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        try {
            Character comment = commentMarker(values);
            Character delimiter = explicitDelimiter(values);
            if (comment != null && (comment == '"' || delimiter != null && comment.charValue() == delimiter)) {
                problems.add(COMMENT, "the comment marker '" + comment + "' cannot be the quote or the delimiter");
            }
            if (delimiter != null && delimiter == ',' && "comma".equals(values.getString(DECIMAL))) {
                problems.add(DECIMAL, "a decimal comma needs a delimiter other than comma");
            }
        } catch (InputException e) {
            problems.add(e.parameter().orElse(COMMENT), e.getMessage());
        }
    }

    @Override
    public Table read(Path file, ParameterValues values, IProgressMonitor monitor) throws InputException {
        String source = Utf8Text.sourceName(file);
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, 100);
        Character comment = commentMarker(values);
        String text = Utf8Text.read(file, source, "CSV text");
        progress.split(10);
        Lines lines = new Lines(text);

        List<String> comments = new ArrayList<>();
        int header = -1;
        for (int i = 0; i < lines.count() && header < 0; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (comment != null && line.charAt(0) == comment) {
                comments.add(line.substring(1).strip());
            } else {
                header = i;
            }
        }
        if (header < 0) {
            throw InputException.inFile(source, "the file holds only comment lines and no header line");
        }
        char delimiter = delimiter(values, lines, header, comment, source);
        if (delimiter == ',' && "comma".equals(values.getString(DECIMAL))) {
            throw InputException.inParameter(DECIMAL, source + " is comma-delimited, so its numbers cannot use a"
                    + " decimal comma; set decimal to point or auto");
        }

        List<Record> records = parse(text, lines, header, delimiter, comment, source, progress.split(70));
        List<String> headers = new ArrayList<>();
        for (String h : records.get(0).cells()) {
            headers.add(h.strip());
        }
        boolean decimalComma = decimalComma(values, delimiter, records, source);

        SubMonitor loop = progress.split(20).setWorkRemaining(records.size());
        List<Table.Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            loop.split(1);
            if (r.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (r.cells().size() != headers.size()) {
                throw InputException.at(source, r.line(), null, "expected " + headers.size() + " cells as in the"
                        + " header (line " + records.get(0).line() + "), found " + r.cells().size() + " (delimiter: "
                        + name(delimiter) + "); quote cells that contain the delimiter, or set the delimiter parameter");
            }
            List<Table.Cell> cells = new ArrayList<>(headers.size());
            for (String raw : r.cells()) {
                cells.add(Cells.parse(raw, decimalComma));
            }
            rows.add(new Table.Row(r.line(), cells));
        }
        return new Table(source, headers, rows, comments);
    }

    /** One record as Commons CSV split it, with the line it starts on. */
    private record Record(int line, List<String> cells) {
    }

    private static List<Record> parse(String text, Lines lines, int header, char delimiter, Character comment,
            String source, SubMonitor monitor) throws InputException {
        monitor.setWorkRemaining(lines.count() - header);
        int offset = lines.start(header);
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = format(delimiter, comment).parse(new StringReader(text.substring(offset)))) {
            for (CSVRecord record : parser) {
                monitor.split(1);
                // The record's position includes the empty and comment lines Commons CSV skipped before it.
                int line = lines.indexOf(offset + (int) record.getCharacterPosition());
                while (line < lines.count() - 1 && (lines.get(line).isEmpty()
                        || comment != null && lines.get(line).charAt(0) == comment)) {
                    line++;
                }
                records.add(new Record(line + 1, Arrays.asList(record.values())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String message = String.valueOf(e instanceof UncheckedIOException u ? u.getCause().getMessage()
                    : e.getMessage());
            // Commons CSV counts lines from where it started reading, the header line.
            Matcher m = START_LINE.matcher(message);
            int line = m.find() ? header + Integer.parseInt(m.group(1)) : 0;
            throw InputException.at(source, line, null, "the text cannot be split into cells ("
                    + m.replaceAll("").strip() + "); check for an unclosed quote (\") from this line on");
        }
        return records;
    }

    private static CSVFormat format(char delimiter, Character comment) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker(comment).setIgnoreEmptyLines(true)
                .get();
    }

    private static char delimiter(ParameterValues values, Lines lines, int header, Character comment, String source)
            throws InputException {
        Character explicit = explicitDelimiter(values);
        if (explicit != null) {
            return explicit;
        }
        StringBuilder sample = new StringBuilder(lines.get(header));
        for (int i = header + 1, taken = 0; i < lines.count() && taken < SNIFF_LINES; i++) {
            String line = lines.get(i);
            if (!line.isBlank() && (comment == null || line.charAt(0) != comment)) {
                sample.append('\n').append(line);
                taken++;
            }
        }
        char best = ',';
        int bestColumns = 1;
        int bestAgreeing = -1;
        for (char candidate : CANDIDATES) {
            int columns = 0;
            int agreeing = 0;
            try (CSVParser parser = format(candidate, null).parse(new StringReader(sample.toString()))) {
                for (CSVRecord r : parser) {
                    if (columns == 0) {
                        columns = r.size();
                    } else if (r.size() == columns) {
                        agreeing++;
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                // An unclosed quote near the end of the sample: judge by what was read.
            }
            if (columns > 1 && (agreeing > bestAgreeing || agreeing == bestAgreeing && columns > bestColumns)) {
                best = candidate;
                bestColumns = columns;
                bestAgreeing = agreeing;
            }
        }
        return best;
    }

    private static Character explicitDelimiter(ParameterValues values) {
        return switch (values.getString(DELIMITER)) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            default -> null;
        };
    }

    private static boolean decimalComma(ParameterValues values, char delimiter, List<Record> records, String source)
            throws InputException {
        String decimal = values.getString(DECIMAL);
        if (!AUTO.equals(decimal)) {
            return "comma".equals(decimal);
        }
        if (delimiter == ',') {
            return false;
        }
        Record commaAt = null;
        String commaCell = null;
        Record pointAt = null;
        String pointCell = null;
        for (Record r : records.subList(1, records.size())) {
            for (String cell : r.cells()) {
                String s = cell.strip();
                if (commaAt == null && Cells.COMMA_DECIMAL.matcher(s).matches()) {
                    commaAt = r;
                    commaCell = s;
                } else if (pointAt == null && Cells.POINT_DECIMAL.matcher(s).matches()) {
                    pointAt = r;
                    pointCell = s;
                }
            }
        }
        if (commaAt != null && pointAt != null) {
            throw InputException.inFile(source, "numbers use both a decimal comma ('" + commaCell + "', line "
                    + commaAt.line() + ") and a decimal point ('" + pointCell + "', line " + pointAt.line()
                    + "); correct the file, or set decimal to point or comma");
        }
        return commaAt != null;
    }

    private static Character commentMarker(ParameterValues values) throws InputException {
        String marker = values.getString(COMMENT);
        if (marker.isEmpty()) {
            return null;
        }
        if (marker.length() != 1 || Character.isWhitespace(marker.charAt(0))) {
            throw InputException.inParameter(COMMENT, "'" + marker + "' is not a single visible character;"
                    + " give one character such as # or leave it empty for no comments");
        }
        return marker.charAt(0);
    }

    private static String name(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    /** The physical lines of a text, split at CR LF, LF or CR, with their start offsets. */
    private static final class Lines {

        private final String text;
        private final int[] starts;
        private final int[] ends;

        Lines(String text) {
            this.text = text;
            List<int[]> spans = new ArrayList<>();
            int start = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    spans.add(new int[] { start, i });
                    i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < text.length()) {
                spans.add(new int[] { start, text.length() });
            }
            starts = spans.stream().mapToInt(s -> s[0]).toArray();
            ends = spans.stream().mapToInt(s -> s[1]).toArray();
        }

        int count() {
            return starts.length;
        }

        String get(int index) {
            return text.substring(starts[index], ends[index]);
        }

        int start(int index) {
            return starts[index];
        }

        /** The 0-based index of the line holding character {@code offset}. */
        int indexOf(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }
    }
}
