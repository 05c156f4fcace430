// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.io.File;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader.ArffReader;

/**
 * Reads a Weka ARFF file with Weka's own {@link ArffReader}, one instance at a time.
 * <p>
 * Headers are the attribute names. Numeric attributes give numbers; nominal, string and date
 * attributes give text (dates as the attribute's date format writes them); {@code ?} gives a blank
 * cell. Weka itself reads the token {@code NaN} as missing, so it gives a blank cell too, and an
 * infinite value gives text. Relational attributes are refused. ARFF has no row numbers of its own,
 * so a row's number is the 1-based index of its data instance (the first line after {@code @data}
 * is row 1); Weka's parse errors name the file's line instead. Comment lines ({@code %}) before
 * {@code @relation} become the table's comments.
 * <p>
 * Weka's package manager must never go online nor write to {@code ~/wekafiles}. The ARFF reader
 * does not load it (checked: reading loads {@code weka.core.Environment} but not
 * {@code WekaPackageManager}), but {@code Environment} copies the system properties once, when first
 * loaded, and every later Weka user in the JVM inherits that copy. So before the first Weka class is
 * touched this importer sets {@code weka.packageManager.offline=true} and
 * {@code weka.packageManager.loadPackages=false} and, unless a {@code WEKA_HOME} system property is
 * already set, points {@code WEKA_HOME} at this bundle's private data area, the same policy as
 * FilmLab's Weka bundle.
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
        String source = Cells.sourceName(file);
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, 100);
        String text = Utf8Text.read(file, source, "ARFF text");
        progress.split(10);
        WekaOffline.ensure();
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

    /** Sets Weka's system properties once, before the first Weka class reads them. */
    static final class WekaOffline {

        static final String HOME = configure();

        private WekaOffline() {
        }

        static void ensure() {
            // Initialising this class is the work.
        }

        private static String configure() {
            System.setProperty("weka.packageManager.offline", "true");
            System.setProperty("weka.packageManager.loadPackages", "false");
            String given = System.getProperty("WEKA_HOME");
            if (given != null && !given.isBlank()) {
                return given;
            }
            Bundle bundle = FrameworkUtil.getBundle(ArffImporter.class);
            File home = bundle == null ? null : bundle.getDataFile("weka-home");
            if (home == null) {
                home = new File(System.getProperty("java.io.tmpdir"), "filmlab-weka-home");
            }
            home.mkdirs();
            System.setProperty("WEKA_HOME", home.getAbsolutePath());
            return home.getAbsolutePath();
        }
    }
}
