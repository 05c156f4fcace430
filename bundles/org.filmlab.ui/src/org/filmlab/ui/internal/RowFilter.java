// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;

/**
 * Which films the data-set table shows. The filter text is a comma-separated list of terms, all of
 * which must hold: a comparison of a column with a number ({@code σN > 0.5}, {@code P=3},
 * {@code L:S <= 1}; the column by key, symbol, header or alias) or, otherwise, text the film's
 * label contains ({@code S01}).
 *
 * @param accepts whether the film at a data-set row is shown
 * @param problem why the text is not a filter, if it is not (then every film is shown)
 */
record RowFilter(IntPredicate accepts, Optional<String> problem) {

    private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*(<=|>=|!=|<|>|=)\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)$");

    /** A comparison operator: a term holding one is meant as a comparison, never as a film's label. */
    private static final Pattern OPERATOR = Pattern.compile("(<=|>=|!=|<|>|=)");

    static final RowFilter ALL = new RowFilter(row -> true, Optional.empty());

    static RowFilter parse(String text, Dataset dataset) {
        List<IntPredicate> terms = new ArrayList<>();
        for (String raw : text.split(",")) {
            String term = raw.strip();
            if (term.isEmpty()) {
                continue;
            }
            Matcher m = COMPARISON.matcher(term);
            if (m.matches()) {
                Optional<Column> column = dataset.column(m.group(1).strip());
                if (column.isEmpty()) {
                    return new RowFilter(row -> true, Optional.of("no column '" + m.group(1).strip() + "'; columns: "
                            + String.join(", ", dataset.columns().stream().map(Column::symbol).toList())));
                }
                double[] values = column.get().values();
                double bound = Double.parseDouble(m.group(3));
                terms.add(switch (m.group(2)) {
                    case "<" -> row -> values[row] < bound;
                    case "<=" -> row -> values[row] <= bound;
                    case ">" -> row -> values[row] > bound;
                    case ">=" -> row -> values[row] >= bound;
                    case "!=" -> row -> values[row] != bound;
                    default -> row -> values[row] == bound;
                });
            } else if (OPERATOR.matcher(term).find()) {
                return new RowFilter(row -> true, Optional.of(incomplete(term)));
            } else {
                String wanted = term.toLowerCase(Locale.ROOT);
                List<String> labels = dataset.rowLabels();
                terms.add(row -> labels.get(row).toLowerCase(Locale.ROOT).contains(wanted));
            }
        }
        if (terms.isEmpty()) {
            return ALL;
        }
        return new RowFilter(row -> terms.stream().allMatch(t -> t.test(row)), Optional.empty());
    }

    /**
     * What a comparison lacks. Taken as label text it would match no film, and an empty table looks
     * like data the user does not have rather than a filter still being typed.
     */
    private static String incomplete(String term) {
        Matcher op = OPERATOR.matcher(term);
        op.find();
        String column = term.substring(0, op.start()).strip();
        String number = term.substring(op.end()).strip();
        String what = column.isEmpty() ? "a column is missing before '" + op.group() + "'"
                : number.isEmpty() ? "a number is missing after '" + op.group() + "'"
                        : "'" + number + "' is not a number";
        return "'" + term + "' is incomplete: " + what + " (e.g. σN > 0.5)";
    }
}
