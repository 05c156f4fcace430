// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.filmlab.core.data.Dataset;

/**
 * Results and inputs as text that is equal exactly when every value is equal, so that "the same
 * result" means bit for bit: records, arrays, lists, maps and data sets are rendered recursively,
 * every double in full (hexadecimal).
 *
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class Canonical {

    private Canonical() {
    }

    /** The canonical text of {@code o}. */
    public static String of(Object o) {
        StringBuilder sb = new StringBuilder();
        append(sb, o);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object o) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof Double d) {
            sb.append(Double.toHexString(d));
        } else if (o.getClass().isArray()) {
            sb.append('[');
            for (int i = 0; i < Array.getLength(o); i++) {
                append(sb, Array.get(o, i));
                sb.append(',');
            }
            sb.append(']');
        } else if (o instanceof List<?> list) {
            append(sb, list.toArray());
        } else if (o instanceof Map<?, ?> map) {
            sb.append('{');
            map.forEach((k, v) -> {
                append(sb, k);
                sb.append('=');
                append(sb, v);
                sb.append(';');
            });
            sb.append('}');
        } else if (o instanceof Dataset d) {
            // Not a record: its columns and row labels are what a contribution could change.
            sb.append("Dataset(");
            append(sb, d.columns());
            append(sb, d.rowLabels());
            sb.append(')');
        } else if (o.getClass().isRecord()) {
            sb.append(o.getClass().getSimpleName()).append('(');
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                sb.append(c.getName()).append('=');
                try {
                    append(sb, c.getAccessor().invoke(o));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                sb.append(';');
            }
            sb.append(')');
        } else {
            sb.append(o);
        }
    }
}
