// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link WorkflowDocument} as JSON in a fixed key order, so that the same document always
 * gives the same bytes: results embed it as provenance, and reading it back gives the same
 * document.
 */
public final class WorkflowWriter {

    private WorkflowWriter() {
    }

    /** The document as a JSON tree with keys in a fixed order. */
    public static ObjectNode toJson(WorkflowDocument doc) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", WorkflowDocument.FORMAT);
        root.put("id", doc.id());
        root.put("name", doc.name());
        root.put("version", doc.version());
        if (!doc.cites().isEmpty()) {
            root.put("cites", doc.cites());
        }
        root.put("seed", doc.seed());
        root.put("timeoutSeconds", doc.timeoutSeconds());
        ObjectNode data = root.putObject("data");
        data.set("conditions", strings(doc.data().conditions()));
        data.set("properties", strings(doc.data().properties()));
        data.set("ignore", strings(doc.data().ignore()));
        if (!doc.data().bindings().isEmpty()) {
            ObjectNode map = data.putObject("map");
            doc.data().bindings().forEach((variable, column) -> map.put(variable.key(), column));
        }
        ArrayNode steps = root.putArray("steps");
        for (StepSpec s : doc.steps()) {
            ObjectNode step = steps.addObject();
            step.put("step", s.step());
            if (!s.use().isEmpty()) {
                step.put("use", s.use());
            }
            if (!s.params().isEmpty()) {
                step.set("params", values(s.params()));
            }
            if (!s.resample().isEmpty()) {
                ObjectNode r = step.putObject("resample");
                r.put("use", s.resample());
                if (!s.resampleParams().isEmpty()) {
                    r.set("params", values(s.resampleParams()));
                }
            }
            if (!s.settings().isEmpty()) {
                step.set("settings", values(s.settings()));
            }
        }
        return root;
    }

    private static ArrayNode strings(List<String> list) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        list.forEach(a::add);
        return a;
    }

    /** Parameter values as JSON, in the map's order. */
    public static ObjectNode values(Map<String, ?> values) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        values.forEach((k, v) -> o.set(k, value(v)));
        return o;
    }

    private static JsonNode value(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof Integer i) {
            return f.numberNode(i);
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof Double d) {
            return f.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        return f.textNode(String.valueOf(v));
    }
}
