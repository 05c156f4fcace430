// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ParameterSetTest {

    private final ParameterSet set = ParameterSet.of(
            Parameter.integer("k", "Clusters", "How many.", 3, 2, 20),
            Parameter.real("c", "Complexity", "C.", 1.0, 0.0, 100.0),
            Parameter.bool("scale", "Scale", "Scale first.", true),
            Parameter.choice("kernel", "Kernel", "Kernel.", "linear", "linear", "rbf"));

    @Test
    void defaultsFillWhatIsNotGiven() {
        Problems p = new Problems();
        ParameterValues v = set.resolve(Map.of("k", 4), "steps[1]", p);
        assertTrue(p.isEmpty());
        assertEquals(4, v.getInt("k"));
        assertEquals(1.0, v.getDouble("c"));
        assertEquals("linear", v.getString("kernel"));
        assertEquals(set.defaults().asMap().keySet(), v.asMap().keySet(), "declaration order kept");
    }

    @Test
    void everyProblemIsReportedWithItsParameter() {
        Problems p = new Problems();
        ParameterValues v = set.resolve(Map.of("k", 99, "c", "high", "kernel", "poly", "colour", "red"), "steps[1]",
                p);
        assertNull(v);
        assertEquals(4, p.list().size(), p.toString());
        assertTrue(p.toString().contains("steps[1].k: 99 is out of range"), p.toString());
        assertTrue(p.toString().contains("steps[1].c: expected a finite number, got 'high'"), p.toString());
        assertTrue(p.toString().contains("steps[1].kernel: 'poly' is not one of [linear, rbf]"), p.toString());
        assertTrue(p.toString().contains("steps[1].colour: unknown parameter"), p.toString());
    }

    @Test
    void integersFromJsonDoublesAndTextCoerce() {
        Parameter k = set.get("k").orElseThrow();
        assertEquals(5, k.coerce(5.0));
        assertEquals(5, k.coerce("5"));
        assertThrows(IllegalArgumentException.class, () -> k.coerce(5.5));
        assertEquals(2.0, set.get("c").orElseThrow().coerce(2));
        assertThrows(IllegalArgumentException.class, () -> set.get("c").orElseThrow().coerce(Double.NaN));
    }

    @Test
    void aDefaultOutOfItsOwnRangeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.integer("k", "K", "K.", 1, 2, 20));
        assertThrows(IllegalArgumentException.class, () -> ParameterSet.of(Parameter.bool("a", "A", "A.", true),
                Parameter.bool("a", "A", "A.", false)));
    }
}
