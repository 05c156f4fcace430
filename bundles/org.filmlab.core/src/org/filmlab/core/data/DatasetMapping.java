// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each column of a {@link Table} its role and turns the table into a {@link Dataset}.
 * <p>
 * Columns can be named explicitly ({@code conditions}, {@code properties}, {@code ignore}) by header,
 * by the header's name part, or by a FilmLab key or alias ({@code "LS"}, {@code "σ"}). A non-empty
 * {@code conditions} or {@code properties} list is the complete list of that role. A binding
 * ({@code bindings}, {@code --map sigmaN=kappa} on the command line, the "FilmLab variable" of the
 * import wizard) makes a column of any header stand for a {@link FilmVariable}: the column takes the
 * variable's key, symbol and usual unit and, unless a list names it, the variable's role. Columns
 * nobody named or bound take a role by these rules, in order:
 * <ol>
 * <li>a header FilmLab recognises ({@link FilmVariable}) takes that variable's role, unless an
 * explicit list of that role was given;</li>
 * <li>the first column whose header is {@code id}, {@code film}, {@code sample} or {@code name}, or
 * that holds only text, labels the rows;</li>
 * <li>any other column holding only numbers is a property when no explicit property list was given;
 * a column holding only text is ignored;</li>
 * <li>a column mixing numbers and text is an error at its first text cell: fix the cell, or ignore
 * the column.</li>
 * </ol>
 * Every condition and property cell must be a finite number: FilmLab never fills in or drops a
 * measurement silently. A column that stands for a {@link FilmVariable} must hold no negative value.
 * A condition or property whose values are all equal is an error too, since it cannot be
 * standardised and separates nothing.
 *
 * @param conditions the condition columns, or empty for "recognise them"
 * @param properties the property columns, or empty for "recognise them"
 * @param ignore columns to leave out whatever they hold
 * @param bindings for each variable bound explicitly, its column (header or header name), in the
 *        order given
 */
public record DatasetMapping(List<String> conditions, List<String> properties, List<String> ignore,
        Map<FilmVariable, String> bindings) {

    /** A decimal number with an exponent, as importers keep one too large for a double. */
    private static final Pattern EXPONENT_NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");
    private static final Set<String> ID_HEADERS = Set.of("id", "film", "film id", "film_id", "sample", "sample id",
            "sample_id", "name", "#");

    public DatasetMapping {
        conditions = List.copyOf(conditions);
        properties = List.copyOf(properties);
        ignore = List.copyOf(ignore);
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /** A mapping that binds no variable explicitly. */
    public DatasetMapping(List<String> conditions, List<String> properties, List<String> ignore) {
        this(conditions, properties, ignore, Map.of());
    }

    /** This mapping with these variables bound to these columns instead of its own bindings. */
    public DatasetMapping withBindings(Map<FilmVariable, String> newBindings) {
        return new DatasetMapping(conditions, properties, ignore, newBindings);
    }

    /** The mapping that recognises everything. */
    public static DatasetMapping automatic() {
        return new DatasetMapping(List.of(), List.of(), List.of());
    }

    /**
     * Applies the mapping, with messages that advise command-line options.
     *
     * @see #apply(Table, String, MappingAdvice)
     */
    public Dataset apply(Table table, String sha256) throws InputException {
        return apply(table, sha256, MappingAdvice.COMMAND_LINE);
    }

    /**
     * Applies the mapping.
     *
     * @param table what an importer read
     * @param sha256 the hex SHA-256 of the file, recorded in the data set
     * @param advice where the user makes the mapping, so that a message says what to change there
     * @throws InputException naming the file, row and column, or the mapping parameter, of the
     *         first problem found
     */
    public Dataset apply(Table table, String sha256, MappingAdvice advice) throws InputException {
        String file = table.source();
        List<String> headers = table.headers();
        if (headers.isEmpty()) {
            throw InputException.inFile(file, "the file has no header row");
        }
        checkHeaders(file, headers);
        if (table.rows().isEmpty()) {
            throw InputException.inFile(file, "the file has a header but no data rows below it");
        }

        int n = headers.size();
        ColumnRole[] roles = new ColumnRole[n];
        FilmVariable[] bound = bind(file, headers);
        claim(roles, file, headers, ignore, ColumnRole.IGNORED, "ignore", advice);
        claim(roles, file, headers, conditions, ColumnRole.CONDITION, "conditions", advice);
        claim(roles, file, headers, properties, ColumnRole.PROPERTY, "properties", advice);
        for (int j = 0; j < n; j++) {
            if (bound[j] != null && roles[j] == ColumnRole.IGNORED) {
                throw InputException.inParameter("map", file + ": column '" + headers.get(j)
                        + "' is both ignored and bound to " + bound[j].key() + "; drop one of the two");
            }
            if (bound[j] != null && roles[j] == null) {
                roles[j] = bound[j].defaultRole();
            }
        }

        boolean idTaken = false;
        for (int j = 0; j < n; j++) {
            if (roles[j] != null) {
                continue;
            }
            ColumnHeader h = ColumnHeader.parse(headers.get(j));
            Optional<FilmVariable> v = FilmVariable.recognise(h.name());
            if (v.isPresent()) {
                ColumnRole role = v.get().defaultRole();
                boolean listed = role == ColumnRole.CONDITION ? !conditions.isEmpty() : !properties.isEmpty();
                roles[j] = listed ? ColumnRole.IGNORED : role;
                continue;
            }
            Kind kind = kindOf(table, j);
            boolean idHeader = ID_HEADERS.contains(h.name().toLowerCase(Locale.ROOT));
            if (!idTaken && (idHeader || kind == Kind.TEXT)) {
                roles[j] = ColumnRole.ID;
                idTaken = true;
            } else if (kind == Kind.NUMBERS) {
                roles[j] = properties.isEmpty() ? ColumnRole.PROPERTY : ColumnRole.IGNORED;
            } else if (kind == Kind.TEXT || kind == Kind.EMPTY) {
                roles[j] = ColumnRole.IGNORED;
            } else {
                Table.Row bad = firstText(table, j);
                throw InputException.at(file, bad.number(), headers.get(j), "'" + bad.cells().get(j).display()
                        + "' is not a number, but other cells of this column are; correct the cell, or "
                        + advice.ignoreColumn(headers.get(j)));
            }
        }

        List<Column> columns = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int idColumn = -1;
        for (int j = 0; j < n; j++) {
            if (roles[j] == ColumnRole.ID && idColumn < 0) {
                idColumn = j;
            }
            if (roles[j] != ColumnRole.CONDITION && roles[j] != ColumnRole.PROPERTY) {
                continue;
            }
            Column c = numericColumn(table, j, roles[j], Optional.ofNullable(bound[j]), advice);
            if (!keys.add(c.key())) {
                throw InputException.at(file, 0, headers.get(j), "two columns stand for '" + c.key()
                        + "'; " + advice.separateDuplicates());
            }
            columns.add(c);
        }
        if (columns.stream().noneMatch(c -> c.role() == ColumnRole.PROPERTY)) {
            // Named by the file, not by a command-line parameter: the import wizard shows this too, and
            // the advice says, in each product's words, how to name the properties.
            throw InputException.inFile(file, "no property column FilmLab recognises; " + advice.nameProperties()
                    + " (columns: " + String.join(", ", headers) + ")");
        }

        List<String> labels = new ArrayList<>();
        int[] sourceRows = new int[table.rows().size()];
        for (int i = 0; i < table.rows().size(); i++) {
            Table.Row r = table.rows().get(i);
            sourceRows[i] = r.number();
            labels.add(idColumn >= 0 && !(r.cells().get(idColumn) instanceof Table.Blank)
                    ? r.cells().get(idColumn).display()
                    : "row " + r.number());
        }
        return new Dataset(file, sha256, table.comments(), columns, labels, sourceRows);
    }

    private static void checkHeaders(String file, List<String> headers) throws InputException {
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < headers.size(); j++) {
            String h = headers.get(j);
            if (h.isBlank()) {
                throw InputException.at(file, 0, "#" + (j + 1), "column " + (j + 1)
                        + " has an empty header; give every column a name");
            }
            Integer before = seen.put(FilmVariable.normalize(h), j);
            if (before != null) {
                throw InputException.at(file, 0, h, "the header appears twice (columns " + (before + 1) + " and "
                        + (j + 1) + "); rename one of them");
            }
        }
    }

    private static void claim(ColumnRole[] roles, String file, List<String> headers, List<String> names,
            ColumnRole role, String parameter, MappingAdvice advice) throws InputException {
        for (String name : names) {
            int j = find(headers, name);
            if (j < 0) {
                throw InputException.inParameter(parameter, file + " has no column '" + name + "' (its columns are: "
                        + String.join(", ", headers) + ")" + FilmVariable.byKey(name)
                                .map(v -> " and none of them is recognised as " + v.symbol() + "; " + advice.bind(v))
                                .orElse(""));
            }
            if (roles[j] != null && roles[j] != role) {
                throw InputException.inParameter(parameter, file + ": column '" + headers.get(j) + "' is named both as "
                        + roles[j].name().toLowerCase(Locale.ROOT) + " and as " + role.name().toLowerCase(Locale.ROOT));
            }
            roles[j] = role;
        }
    }

    /**
     * The column each binding names, by index: its variable, or {@code null} for a column bound to
     * none. A binding names its column by header or header name only, never by vocabulary, since
     * it exists for headers FilmLab does not recognise.
     */
    private FilmVariable[] bind(String file, List<String> headers) throws InputException {
        FilmVariable[] bound = new FilmVariable[headers.size()];
        for (Map.Entry<FilmVariable, String> b : bindings.entrySet()) {
            int j = findHeader(headers, b.getValue());
            if (j < 0) {
                throw InputException.inParameter("map", file + " has no column '" + b.getValue() + "' to bind to "
                        + b.getKey().key() + " (its columns are: " + String.join(", ", headers) + ")");
            }
            if (bound[j] != null) {
                throw InputException.inParameter("map", file + ": column '" + headers.get(j) + "' is bound both to "
                        + bound[j].key() + " and to " + b.getKey().key() + "; a column stands for one variable");
            }
            bound[j] = b.getKey();
        }
        return bound;
    }

    /** Index of the column a user's name refers to: exact header, then name part, then vocabulary. */
    private static int find(List<String> headers, String name) {
        int j = findHeader(headers, name);
        if (j >= 0) {
            return j;
        }
        Optional<FilmVariable> v = FilmVariable.recognise(name);
        if (v.isPresent()) {
            for (int k = 0; k < headers.size(); k++) {
                if (FilmVariable.recognise(ColumnHeader.parse(headers.get(k)).name()).equals(v)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** Index of the column whose header, or header without its unit, is {@code name}; else -1. */
    private static int findHeader(List<String> headers, String name) {
        String wanted = FilmVariable.normalize(name);
        for (int j = 0; j < headers.size(); j++) {
            if (FilmVariable.normalize(headers.get(j)).equals(wanted)) {
                return j;
            }
        }
        for (int j = 0; j < headers.size(); j++) {
            if (FilmVariable.normalize(ColumnHeader.parse(headers.get(j)).name()).equals(wanted)) {
                return j;
            }
        }
        return -1;
    }

    private enum Kind { NUMBERS, TEXT, MIXED, EMPTY }

    private static Kind kindOf(Table table, int j) {
        boolean numbers = false;
        boolean text = false;
        for (Table.Row r : table.rows()) {
            Table.Cell c = r.cells().get(j);
            numbers |= c instanceof Table.Number;
            text |= c instanceof Table.Text;
        }
        if (numbers && text) {
            return Kind.MIXED;
        }
        return numbers ? Kind.NUMBERS : text ? Kind.TEXT : Kind.EMPTY;
    }

    private static Table.Row firstText(Table table, int j) {
        return table.rows().stream().filter(r -> r.cells().get(j) instanceof Table.Text).findFirst().orElseThrow();
    }

    /** @param boundTo the variable the column is bound to, or empty to recognise it from its header */
    private static Column numericColumn(Table table, int j, ColumnRole role, Optional<FilmVariable> boundTo,
            MappingAdvice advice) throws InputException {
        String file = table.source();
        String headerText = table.headers().get(j);
        ColumnHeader header = ColumnHeader.parse(headerText);
        double[] values = new double[table.rows().size()];
        for (int i = 0; i < values.length; i++) {
            Table.Row r = table.rows().get(i);
            Table.Cell c = r.cells().get(j);
            if (c instanceof Table.Number num) {
                values[i] = num.value();
            } else if (c instanceof Table.Blank) {
                throw InputException.at(file, r.number(), headerText, "the cell is blank; FilmLab does not fill in"
                        + " missing values: enter the value, or remove the row");
            } else if (isOutOfRange(c.display())) {
                throw InputException.at(file, r.number(), headerText, "'" + c.display() + "' is beyond the range of"
                        + " numbers FilmLab computes with (about ±1.8e308); check the value and its"
                        + " unit");
            } else if (isNotFinite(c.display())) {
                throw InputException.at(file, r.number(), headerText, "'" + c.display() + "' is not a finite number;"
                        + " FilmLab does not fill in missing values: enter the value, or remove the row");
            } else {
                throw InputException.at(file, r.number(), headerText, "'" + c.display() + "' is not a number");
            }
        }
        boolean constant = true;
        for (double v : values) {
            constant &= v == values[0];
        }
        if (constant) {
            throw InputException.at(file, 0, headerText, "all " + values.length + " values are "
                    + DataValueException.number(values[0]) + "; a constant column separates nothing and cannot be"
                    + " standardised: " + advice.ignoreConstant() + (role == ColumnRole.CONDITION ? "; a workflow"
                            + " that uses this condition then needs it left out of its steps too (in the paper's,"
                            + " the classify step's features and the map step's panel)" : ""));
        }
        Optional<FilmVariable> v = boundTo.or(() -> FilmVariable.recognise(header.name()));
        if (v.isPresent()) {
            refuseNegative(table, j, values, v.get(), boundTo.isPresent(), advice);
        }
        String key = v.map(FilmVariable::key).orElse(header.name());
        String symbol = v.map(FilmVariable::symbol).orElse(header.name());
        String unit = !header.unit().isEmpty() ? header.unit() : v.map(x -> x.unitFor(values)).orElse("");
        return new Column(key, symbol, headerText, role, unit, values);
    }

    /**
     * Every variable of the film design is a content, a ratio or a measured magnitude: a negative
     * value is a typing or unit error, and it would bend every statistic silently. A column that
     * only looks like one of them by its header can be renamed or left out.
     */
    private static void refuseNegative(Table table, int j, double[] values, FilmVariable v, boolean bound,
            MappingAdvice advice) throws InputException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                Table.Row r = table.rows().get(i);
                String header = table.headers().get(j);
                throw InputException.at(table.source(), r.number(), header, "'" + r.cells().get(j).display()
                        + "' is negative, and " + v.symbol() + " cannot be: correct the value (its sign, its unit)"
                        + "; if the column is not " + v.symbol() + (bound ? ", " + advice.rebind(v)
                                : " (FilmLab reads its header as " + v.symbol() + "), rename it or "
                                        + advice.ignoreColumn(header)));
            }
        }
    }

    /** Written as a decimal number, but too large for a double: importers keep such cells as text. */
    private static boolean isOutOfRange(String text) {
        String t = text.strip();
        if (!EXPONENT_NUMBER.matcher(t).matches()) {
            return false;
        }
        return Double.isInfinite(Double.parseDouble(t));
    }

    private static boolean isNotFinite(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("nan") || t.contains("inf") || t.equals("na") || t.equals("n/a") || t.equals("-");
    }
}
