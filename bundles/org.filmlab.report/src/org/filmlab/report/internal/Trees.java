// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.step.PartType;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.core.workflow.ResultsWriter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a results tree already in memory (the headless product hands the report the tree it is about
 * to write, and the desktop the tree it loaded) into typed parts through {@link ResultsReader}, with the
 * report's own words for a tree of another format.
 */
public final class Trees {

    /** The paper's second model writes its maps under this type; the report draws them without its bundle. */
    static final PartType<DecisionMaps> SIGMA_ONLY_MAPS = PartType.of("sigmaOnlyDecisionMaps", DecisionMaps.class);

    private Trees() {
    }

    /**
     * The part types the installed kinds of step declare, and the standard ones in any case, so that a
     * saved run draws even where its steps are not installed.
     */
    public static Map<String, PartType<?>> partTypes() {
        Map<String, PartType<?>> types = new HashMap<>();
        for (PartType<?> t : List.of(Parts.REDUCTION, Parts.PARTITION, Parts.CLASSES, Parts.TEST, Parts.EVALUATION,
                Parts.DECISION_MAPS, Parts.NEXT_EXPERIMENTS, SIGMA_ONLY_MAPS)) {
            types.put(t.name(), t);
        }
        try {
            types.putAll(ResultsReader.installedPartTypes(ContributionRegistry.getDefault()));
        } catch (RuntimeException | LinkageError e) {
            // Outside a running platform there is no registry: the standard types still draw.
        }
        return types;
    }

    /** @throws Node.Malformed naming the key when the tree is not a results tree of this format */
    public static ResultsReader.Results results(JsonNode json, Map<String, PartType<?>> types) {
        Node root = Node.root(json);
        String format = root.get("format").text();
        if (!ResultsWriter.FORMAT.equals(format)) {
            throw new Node.Malformed("format", "is '" + format + "'; this report draws " + ResultsWriter.FORMAT
                    + (format.endsWith("/1") ? " (run the workflow again to get it)" : ""));
        }
        try {
            return ResultsReader.read(json, "results.json", types);
        } catch (InputException e) {
            throw new Node.Malformed(e.parameter().orElse("steps"), e.getMessage());
        }
    }
}
