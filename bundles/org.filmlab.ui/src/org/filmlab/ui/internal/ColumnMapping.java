// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnHeader;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.FilmVariable;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.MappingAdvice;
import org.filmlab.core.data.Table;

/**
 * What the import wizard's user said about each column of a file: its role, the FilmLab variable
 * it stands for (so a file whose headers FilmLab does not know still feeds the paper's workflow)
 * and its unit. Applied through the core's {@link DatasetMapping}, so every check of the command
 * line (blank cells, text in a number column, constant columns) holds here too.
 *
 * @param choices one per column, in file order
 */
record ColumnMapping(List<Choice> choices) {

    /** Header spellings that name the row label (as {@link DatasetMapping} recognises them). */
    private static final Set<String> LABEL_HEADERS = Set.of("id", "film", "film id", "film_id", "sample", "sample id",
            "sample_id", "name", "#");

    /**
     * @param header the header as in the file
     * @param role what the column is to the analysis ({@link ColumnRole#ID}: it labels the rows)
     * @param variable the FilmLab variable the column stands for, if any
     * @param unit the unit, or {@code ""} for the header's or the variable's
     */
    record Choice(String header, ColumnRole role, Optional<FilmVariable> variable, String unit) {
        Choice {
            unit = unit == null ? "" : unit.strip();
        }

        Choice withRole(ColumnRole r) {
            return new Choice(header, r, variable, unit);
        }

        Choice withVariable(Optional<FilmVariable> v) {
            return new Choice(header, role, v, unit);
        }

        Choice withUnit(String u) {
            return new Choice(header, role, variable, u);
        }
    }

    ColumnMapping {
        choices = List.copyOf(choices);
    }

    /**
     * The defaults for a table: a header FilmLab recognises (by {@link FilmVariable}'s aliases) takes
     * that variable and its role; the first column named like a label or holding only text labels the
     * rows; other number columns are properties, other text columns ignored. A column mixing text and
     * numbers is a property, so that the preview marks its text cells.
     */
    static ColumnMapping defaults(Table table) {
        List<Choice> out = new ArrayList<>();
        boolean labelTaken = false;
        for (int j = 0; j < table.headers().size(); j++) {
            String header = table.headers().get(j);
            ColumnHeader h = ColumnHeader.parse(header);
            Optional<FilmVariable> v = FilmVariable.recognise(h.name());
            ColumnRole role;
            if (v.isPresent()) {
                role = v.get().defaultRole();
            } else {
                boolean numbers = false;
                boolean text = false;
                for (Table.Row r : table.rows()) {
                    numbers |= r.cells().get(j) instanceof Table.Number;
                    text |= r.cells().get(j) instanceof Table.Text;
                }
                boolean labelHeader = LABEL_HEADERS.contains(h.name().toLowerCase(Locale.ROOT));
                if (!labelTaken && (labelHeader || text && !numbers)) {
                    role = ColumnRole.ID;
                    labelTaken = true;
                } else if (numbers) {
                    role = ColumnRole.PROPERTY;
                } else {
                    role = ColumnRole.IGNORED;
                }
            }
            out.add(new Choice(header, role, v, ""));
        }
        return new ColumnMapping(out);
    }

    /** Whether the mapping was made for a file with these headers. */
    boolean fits(List<String> headers) {
        return choices.stream().map(Choice::header).toList().equals(headers);
    }

    /**
     * Turns the table into a data set.
     *
     * @throws InputException naming the file, row and column of the first problem, or the column
     *         whose choice cannot be met
     */
    Dataset apply(Table table, String sha256) throws InputException {
        if (!fits(table.headers())) {
            throw InputException.inFile(table.source(), "the mapping was made for other columns: "
                    + String.join(", ", choices.stream().map(Choice::header).toList()));
        }
        List<String> conditions = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        List<String> ignore = new ArrayList<>();
        Map<FilmVariable, String> bindings = new LinkedHashMap<>();
        Choice label = null;
        for (Choice c : choices) {
            switch (c.role()) {
                case CONDITION -> conditions.add(c.header());
                case PROPERTY -> properties.add(c.header());
                case IGNORED -> ignore.add(c.header());
                case ID -> {
                    if (label != null) {
                        throw InputException.at(table.source(), 0, c.header(), "only one column can label the rows;"
                                + " '" + label.header() + "' already does");
                    }
                    label = c;
                }
            }
            if ((c.role() == ColumnRole.CONDITION || c.role() == ColumnRole.PROPERTY) && c.variable().isPresent()) {
                if (bindings.putIfAbsent(c.variable().get(), c.header()) != null) {
                    throw InputException.at(table.source(), 0, c.header(), "two columns stand for "
                            + c.variable().get().symbol() + "; choose another variable or ignore one of them");
                }
            }
        }
        if (conditions.isEmpty()) {
            throw InputException.inFile(table.source(), "no column is a condition; a workflow needs the"
                    + " manufacturing conditions (P%, L:S, X:B) to classify films: set their role to Condition");
        }
        Dataset mapped = new DatasetMapping(conditions, properties, ignore, bindings).apply(table, sha256,
                MappingAdvice.MAPPING_TABLE);
        if (label != null) {
            int j = table.headers().indexOf(label.header());
            Table.Row first = table.rows().get(0);
            if (!mapped.rowLabels().get(0).equals(first.cells().get(j).display())) {
                throw InputException.at(table.source(), 0, label.header(), "FilmLab labels the rows with the first"
                        + " column holding text or named id, film, sample or name; this column is neither: leave"
                        + " its role as ignored");
            }
        }
        // Keys, symbols and default units come from the bindings; only a unit the user typed is left to apply.
        List<Column> columns = new ArrayList<>();
        for (Column c : mapped.columns()) {
            Choice choice = choices.stream().filter(x -> x.header().equals(c.header())).findFirst().orElseThrow();
            String unit = choice.unit().isEmpty() ? c.unit() : choice.unit();
            columns.add(new Column(c.key(), c.symbol(), c.header(), c.role(), unit, c.values()));
        }
        int[] sourceRows = new int[mapped.rowCount()];
        for (int i = 0; i < sourceRows.length; i++) {
            sourceRows[i] = mapped.sourceRow(i);
        }
        return new Dataset(mapped.source(), mapped.sha256(), mapped.notes(), columns, mapped.rowLabels(), sourceRows);
    }

    /**
     * The unit a column is shown and edited with: the one the user typed, else the header's, else
     * the guess for its variable from the column's numbers ({@link FilmVariable#unitFor}), the
     * same guess the import makes.
     */
    static String unitOf(Choice c, Table table) {
        if (!c.unit().isEmpty()) {
            return c.unit();
        }
        String fromHeader = ColumnHeader.parse(c.header()).unit();
        if (!fromHeader.isEmpty() || c.variable().isEmpty()) {
            return fromHeader;
        }
        int j = table.headers().indexOf(c.header());
        double[] numbers = table.rows().stream().map(r -> r.cells().get(j)).filter(Table.Number.class::isInstance)
                .mapToDouble(n -> ((Table.Number) n).value()).toArray();
        return c.variable().get().unitFor(numbers);
    }

    /**
     * The key of a file layout: the hex SHA-256 of its headers, each {@linkplain FilmVariable#normalize
     * normalised}, so that "L : S" and "l:s" files share a remembered mapping.
     */
    static String layoutKey(List<String> headers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String h : headers) {
                sha.update(FilmVariable.normalize(h).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** One line per column: {@code role<TAB>variable key or ""<TAB>unit<TAB>header}. */
    String serialize() {
        StringBuilder out = new StringBuilder();
        for (Choice c : choices) {
            out.append(c.role().name()).append('\t').append(c.variable().map(FilmVariable::key).orElse(""))
                    .append('\t').append(c.unit().replace('\t', ' ').replace('\n', ' ')).append('\t')
                    .append(c.header().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads a remembered mapping for a file with {@code headers}; the headers of the file win over
     * the remembered ones (they may differ in case or spacing only).
     *
     * @return the mapping, or empty if the text is not one for this many columns
     */
    static Optional<ColumnMapping> parse(String text, List<String> headers) {
        String[] lines = text.split("\n");
        if (text.isEmpty() || lines.length != headers.size()) {
            return Optional.empty();
        }
        List<Choice> out = new ArrayList<>();
        for (int j = 0; j < lines.length; j++) {
            String[] f = lines[j].split("\t", -1);
            if (f.length != 4) {
                return Optional.empty();
            }
            ColumnRole role;
            try {
                role = ColumnRole.valueOf(f[0]);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            Optional<FilmVariable> v = f[1].isEmpty() ? Optional.empty() : FilmVariable.recognise(f[1]);
            out.add(new Choice(headers.get(j), role, v, f[2]));
        }
        return Optional.of(new ColumnMapping(out));
    }
}
