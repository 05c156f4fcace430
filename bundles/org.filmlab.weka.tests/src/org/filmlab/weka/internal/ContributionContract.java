// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.junit.jupiter.api.Test;

/**
 * What every contribution promises, checked the same way for each: a test extends this class,
 * names the contribution, the data it gets and how to run it, and inherits the checks (after Weka's
 * {@code AbstractClassifierTest}). Results are compared through {@link #canonical(Object)}, a
 * text rendering of records, arrays and lists that is equal exactly when every value is equal, so
 * that "same result" means bit for bit.
 *
 * @param <C> the contribution type
 */
abstract class ContributionContract<C extends Contribution> {

    /** A fresh instance, as the extension registry would create it. */
    abstract C contribution();

    /** The data the contribution gets in these checks: arrays, records, lists. */
    abstract Object input();

    /** The shape of {@link #input()} as the engine would describe it. */
    abstract DataShape shape();

    /**
     * Runs the contribution on {@code input}; for a classifier, returns the trained model's
     * predictions of the training rows, so that results can be compared.
     */
    abstract Object run(C contribution, Object input, ParameterValues values, long seed, IProgressMonitor monitor);

    /** The values the checks run with: the defaults unless a test needs others. */
    ParameterValues values() {
        return contribution().parameters().defaults();
    }

    @Test
    final void everyParameterIsDocumentedAndItsDefaultIsAllowed() {
        for (Parameter p : contribution().parameters()) {
            assertTrue(p.key().matches("[a-z][A-Za-z0-9]*"), p.key() + " is not a stable camelCase key");
            assertFalse(p.title().isBlank(), p.key());
            assertFalse(p.description().isBlank(), p.key());
            assertEquals(p.defaultValue(), p.coerce(p.defaultValue()), p.key());
        }
    }

    @Test
    final void defaultsValidate() {
        Problems problems = new Problems();
        contribution().validate(contribution().parameters().defaults(), shape(), problems);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    final void parametersRoundTrip() {
        ParameterValues values = values();
        Problems problems = new Problems();
        ParameterValues again = contribution().parameters().resolve(values.asMap(), "roundTrip", problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertEquals(values, again);
        assertEquals(List.copyOf(values.asMap().keySet()), contribution().parameters().keys());
    }

    @Test
    final void citesItsSources() {
        assertFalse(contribution().references().isEmpty());
        contribution().references().forEach(r -> assertFalse(r.isBlank()));
    }

    @Test
    final void sameSeedGivesTheSameResult() {
        String first = canonical(run(contribution(), input(), values(), 20210401L, null));
        String second = canonical(run(contribution(), input(), values(), 20210401L, new NullProgressMonitor()));
        assertEquals(first, second);
    }

    @Test
    final void cancelledMonitorStopsTheRun() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> run(contribution(), input(), values(), 1, cancelled));
    }

    @Test
    final void inputIsNotModified() {
        Object input = input();
        String before = canonical(input);
        Object result = run(contribution(), input, values(), 7, null);
        assertNotNull(result);
        assertEquals(before, canonical(input));
    }

    /** The predictions of a trained model for every training row: what classifier checks compare. */
    static List<Prediction> predictions(TrainedModel model, LabeledSamples samples) {
        List<Prediction> out = new ArrayList<>();
        for (double[] row : samples.x()) {
            out.add(model.predict(row));
        }
        return out;
    }

    /** Records, arrays, lists and maps rendered with every double in full (hex), recursively. */
    static String canonical(Object o) {
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
