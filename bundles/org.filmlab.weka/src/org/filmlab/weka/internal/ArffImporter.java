// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.io.Utf8Text;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader.ArffReader;

/**
 * Reads a Weka ARFF file with Weka's own {@link ArffReader}, one instance at a time (contribution
 * {@code org.filmlab.weka.arff}). It lives in the Weka bundle so that the importers bundle does
 * not depend on Weka; the text is read by the importers' shared strict UTF-8 reader.
 * <p>
 * Headers are the attribute names. Numeric attributes give numbers; nominal, string and date
 * attributes give text (dates as the attribute's date format writes them); {@code ?} gives a blank
 * cell. Weka itself reads the token {@code NaN} as missing, so it gives a blank cell too, and an
 * infinite value gives text. Relational attributes are refused. ARFF has no row numbers of its own,
 * so a row's number is the 1-based index of its data instance (the first line after {@code @data}
 * is row 1); Weka's parse errors name the file's line instead. Comment lines ({@code %}) before
 * {@code @relation} become the table's comments.
 * <p>
 * The ARFF reader does not load Weka's package manager (checked: reading loads
 * {@code weka.core.Environment} but not {@code WekaPackageManager}), but {@code Environment} copies
 * the system properties once, when first loaded, so {@link WekaRuntime#prepare()} runs before the
 * first Weka class is touched, as for every Weka user of this bundle.
 */
public final class ArffImporter implements DatasetImporter {

    /** Weka appends ", line N" (or "line N") to its parse errors. */
    private static final Pattern WEKA_LINE = Pattern.compile(",?\\s*line\\s+(\\d+)\\s*$");

    public ArffImporter() {
        // Created by the extension registry.
    }

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public List<String> references() {
        return List.of("Witten, I. H., Frank, E., Hall, M. A., Pal, C. J. (2016). Data Mining: Practical Machine"
                + " Learning Tools and Techniques, 4th ed., Morgan Kaufmann. Appendix B: The WEKA workbench"
                + " (the ARFF format).");
    }

    @Override
    public Table read(Path file, ParameterValues values, IProgressMonitor monitor) throws InputException {
        String source = Utf8Text.sourceName(file);
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, 100);
        String text = withFinalLineBreak(Utf8Text.read(file, source, "ARFF text"));
        progress.split(10);
        WekaRuntime.prepare();
        List<String> comments = leadingComments(text);
        ArffReader reader = null;
        try {
            reader = new ArffReader(new StringReader(text), 1);
            Instances structure = reader.getStructure();
            List<String> headers = new ArrayList<>();
            for (int j = 0; j < structure.numAttributes(); j++) {
                Attribute a = structure.attribute(j);
                if (a.isRelationValued()) {
                    throw InputException.at(source, 0, a.name(), "relational attributes are not supported;"
                            + " FilmLab reads numeric, nominal, string and date attributes");
                }
                headers.add(a.name());
            }
            SubMonitor loop = progress.split(90);
            List<Table.Row> rows = new ArrayList<>();
            Instance instance;
            while ((instance = reader.readInstance(structure)) != null) {
                loop.setWorkRemaining(100).split(1);
                List<Table.Cell> cells = new ArrayList<>(headers.size());
                for (int j = 0; j < headers.size(); j++) {
                    cells.add(cell(instance, structure.attribute(j)));
                }
                rows.add(new Table.Row(rows.size() + 1, cells));
            }
            return new Table(source, headers, rows, comments);
        } catch (InputException | OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw parseError(source, e, reader);
        }
    }

    /**
     * Weka's header parser loops until it reads an end of line: collecting the values of a nominal
     * attribute until '}', or skipping the rest of an {@code @attribute} line. At the end of the file
     * it gets end-of-file instead, forever. Fuzzing found the first: a file ending inside a nominal
     * value list such as <code>{a,b</code> hangs and, as each turn adds a value, fills the heap; the
     * second, a last line {@code @attribute x numeric} without a line break, hangs the same way. A
     * final line break changes nothing else an ARFF file means, and turns both into Weka's own
     * "} expected" and "premature end of file" errors.
     */
    static String withFinalLineBreak(String text) {
        return text.endsWith("\n") || text.endsWith("\r") ? text : text + "\n";
    }

    private static Table.Cell cell(Instance instance, Attribute attribute) {
        if (instance.isMissing(attribute)) {
            return Table.BLANK;
        }
        double v = instance.value(attribute);
        if (attribute.isNumeric()) {
            String display = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
            return Double.isFinite(v) ? new Table.Number(v, display) : new Table.Text(display);
        }
        if (attribute.isDate()) {
            return new Table.Text(attribute.formatDate(v));
        }
        String s = instance.stringValue(attribute);
        return s.isBlank() ? Table.BLANK : new Table.Text(s);
    }

    private static InputException parseError(String source, Exception e, ArffReader reader) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        Matcher m = WEKA_LINE.matcher(message);
        String line = null;
        if (m.find()) {
            line = m.group(1);
            message = message.substring(0, m.start());
        } else if (reader != null && reader.getLineNo() > 0) {
            line = Integer.toString(reader.getLineNo());
        }
        return InputException.inFile(source, (line == null ? "" : "line " + line + ": ") + "Weka's ARFF reader"
                + " says: " + message, e);
    }

    private static List<String> leadingComments(String text) {
        List<String> comments = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String s = line.strip();
            if (s.startsWith("%")) {
                comments.add(s.substring(1).strip());
            } else if (!s.isEmpty()) {
                break;
            }
        }
        return comments;
    }
}
