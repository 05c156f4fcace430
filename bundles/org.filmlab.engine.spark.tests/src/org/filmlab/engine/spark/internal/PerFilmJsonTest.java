// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;

class PerFilmJsonTest {

    private static JsonParser onField(String json, String field) throws IOException {
        JsonParser p = JobSession.JSON.createParser(json);
        p.nextToken();
        for (String f = PerFilmJson.nextField(p); f != null; f = PerFilmJson.nextField(p)) {
            if (f.equals(field)) {
                return p;
            }
            p.skipChildren();
        }
        throw new AssertionError("no field " + field);
    }

    @Test
    void readsEachArrayWhole() throws IOException {
        String json = "{\"rows\":3,\"labels\":[\"a\",\"b\",\"c\"],\"values\":{\"P\":[3,5.5,1e-3]},\"c\":[2,0,1]}";
        assertArrayEquals(new double[] {3, 5.5, 1e-3}, PerFilmJson.doubles(columnP(json), 3, "column P"));
        assertEquals(List.of("a", "b", "c"), PerFilmJson.strings(onField(json, "labels"), 3, "film labels"));
        assertArrayEquals(new int[] {2, 0, 1}, PerFilmJson.ints(onField(json, "c"), 3, "clusters"));
    }

    private static JsonParser columnP(String json) throws IOException {
        JsonParser p = onField(json, "values");
        assertEquals("P", PerFilmJson.nextField(p));
        return p;
    }

    @Test
    void theEndOfAnObjectEndsItsFields() throws IOException {
        JsonParser p = JobSession.JSON.createParser("{}");
        p.nextToken();
        assertNull(PerFilmJson.nextField(p));
    }

    @Test
    void aShortOrLongArrayIsAnErrorNamingWhatWasRead() throws IOException {
        IOException shorter = assertThrows(IOException.class,
                () -> PerFilmJson.doubles(onField("{\"x\":[1,2]}", "x"), 3, "column RD"));
        assertTrue(shorter.getMessage().contains("column RD: 2 values for 3 films"), shorter.getMessage());
        IOException longer = assertThrows(IOException.class,
                () -> PerFilmJson.ints(onField("{\"x\":[1,2,3,4]}", "x"), 3, "clusters"));
        assertTrue(longer.getMessage().contains("clusters: more than 3 values"), longer.getMessage());
    }

    @Test
    void aValueOfTheWrongKindIsAnError() {
        IOException text = assertThrows(IOException.class,
                () -> PerFilmJson.doubles(onField("{\"x\":[1,\"NaN\"]}", "x"), 2, "column σN"));
        assertTrue(text.getMessage().contains("column σN: not a number"), text.getMessage());
        IOException fraction = assertThrows(IOException.class,
                () -> PerFilmJson.ints(onField("{\"x\":[1,2.5]}", "x"), 2, "clusters"));
        assertTrue(fraction.getMessage().contains("clusters: not an integer"), fraction.getMessage());
        IOException notArray = assertThrows(IOException.class,
                () -> PerFilmJson.doubles(onField("{\"x\":7}", "x"), 1, "column P"));
        assertTrue(notArray.getMessage().contains("column P: an array was expected"), notArray.getMessage());
    }
}
