// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.InputException;
import org.filmlab.core.step.PartType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A run brought back from its {@code results.json}: the data, the workflow and what each step was
 * and produced, as {@link ResultsWriter} wrote them. The desktop shows a saved run this way (a
 * project reopened, a run made by the command line or by another engine) exactly as a run it has just
 * made; writing the restored run again gives the same JSON.
 * <p>
 * What cannot come back: parts no installed kind of step declares (they are dropped: nothing could
 * draw them) and the parts a run keeps only in memory (a trained classifier).
 */
public final class SavedRuns {

    private SavedRuns() {
    }

    /**
     * @param root a {@code results.json} tree
     * @param source where it came from, for messages
     * @param types the part types to read parts as ({@link ResultsReader#installedPartTypes})
     * @throws InputException naming the source when the tree is not a results file FilmLab reads
     */
    public static RunResult restore(JsonNode root, String source, Map<String, PartType<?>> types)
            throws InputException {
        ResultsReader.Results results = ResultsReader.read(root, source, types);
        JsonNode provenance = root.path("provenance");
        Dataset dataset = DatasetJson.read(root.path("data"), provenance.path("input"), source);
        WorkflowDocument workflow = new WorkflowReader().readTree(provenance.path("workflow"), source);
        JsonNode records = provenance.path("steps");
        if (records.size() != results.steps().size()) {
            throw InputException.inFile(source, "its provenance lists " + records.size() + " steps but its results "
                    + results.steps().size());
        }
        List<RunResult.StepOutcome> steps = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ResultsReader.Step s = results.steps().get(i);
            JsonNode p = records.get(i);
            StepRecord record = new StepRecord(s.index(), s.step(), s.stepName(), s.contribution(),
                    s.contributionName(), p.path("bundle").asText(), p.path("version").asText(),
                    WorkflowReader.values(source, "parameters of " + s.label(), p.get("params")),
                    WorkflowReader.values(source, "settings of " + s.label(), p.get("settings")),
                    p.path("seed").asLong());
            List<RunResult.Produced> parts = new ArrayList<>();
            for (ResultsReader.Part part : s.parts()) {
                if (part.value() != null) {
                    parts.add(new RunResult.Produced(part.type(), part.value(), true));
                }
            }
            steps.add(new RunResult.StepOutcome(record, s.reason(), parts));
        }
        return new RunResult(workflow, dataset, steps);
    }
}
