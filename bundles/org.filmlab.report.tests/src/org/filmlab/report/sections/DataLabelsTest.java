// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.filmlab.core.workflow.ResultsReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DataLabelsTest {

    private static DataLabels labels() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        var columns = root.putObject("data").putArray("columns");
        columns.addObject().put("key", "LS").put("symbol", "L:S").put("unit", "µL/mg");
        columns.addObject().put("key", "P").put("symbol", "P%").put("unit", "wt%");
        columns.addObject().put("key", "batch").put("symbol", "batch").put("unit", "");
        return DataLabels.of(new ResultsReader.Results(root, List.of()));
    }

    @Test
    void columnsAreNamedBySymbolAndUnit() {
        DataLabels labels = labels();
        assertEquals("L:S", labels.symbol("LS"));
        assertEquals("L:S (µL/mg)", labels.axis("LS"));
        assertEquals("P% = 3 wt%", labels.level("P", 3.0));
        assertEquals("L:S = 0.92 µL/mg", labels.level("LS", 0.92));
    }

    @Test
    void aColumnWithoutUnitOrAKeyWithoutColumnIsNamedAsItIs() {
        DataLabels labels = labels();
        assertEquals("batch", labels.axis("batch"));
        assertEquals("batch = 2", labels.level("batch", 2));
        assertEquals("T", labels.axis("T"), "a key the data have no column for");
        assertEquals("T = 25", labels.level("T", 25));
    }
}
