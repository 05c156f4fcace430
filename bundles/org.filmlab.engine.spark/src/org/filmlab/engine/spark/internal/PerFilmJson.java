// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the job's per-film arrays (values, labels, cluster numbers) straight from its files into
 * primitive arrays. A JSON tree of ten million films' values takes about 30 bytes a number and was
 * most of FilmLab's memory in a Spark run; the arrays take 8 (doubles) or 4 (ints).
 */
final class PerFilmJson {

    private PerFilmJson() {
    }

    /** The next object's field names, one at a time; the parser is left on each field's value. */
    static String nextField(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw new IOException(where(p) + "a field name was expected, not " + t);
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    /** The array the parser is on, as n doubles; a different count is an error, not a shorter array. */
    static double[] doubles(JsonParser p, int n, String what) throws IOException {
        start(p, what);
        double[] x = new double[n];
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (i == n || !t.isNumeric()) {
                throw new IOException(where(p) + what + ": " + (i == n ? "more than " + n + " values" : "not a number"));
            }
            x[i++] = p.getDoubleValue();
        }
        return complete(x, i, n, what, p);
    }

    /** The array the parser is on, as n ints. */
    static int[] ints(JsonParser p, int n, String what) throws IOException {
        start(p, what);
        int[] x = new int[n];
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (i == n || t != JsonToken.VALUE_NUMBER_INT) {
                throw new IOException(where(p) + what + ": " + (i == n ? "more than " + n + " values" : "not an integer"));
            }
            x[i++] = p.getIntValue();
        }
        return complete(x, i, n, what, p);
    }

    /** The array the parser is on, as strings. */
    static List<String> strings(JsonParser p, int n, String what) throws IOException {
        start(p, what);
        List<String> out = new ArrayList<>(n);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(p.getValueAsString(""));
        }
        return complete(out, out.size(), n, what, p);
    }

    private static void start(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException(where(p) + what + ": an array was expected, not " + p.currentToken());
        }
    }

    private static <T> T complete(T array, int count, int n, String what, JsonParser p) throws IOException {
        if (count != n) {
            throw new IOException(where(p) + what + ": " + count + " values for " + n + " films");
        }
        return array;
    }

    private static String where(JsonParser p) {
        return "the Spark job's results, at byte " + p.currentLocation().getByteOffset() + ": ";
    }
}
