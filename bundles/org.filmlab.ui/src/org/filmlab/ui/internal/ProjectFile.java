// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetJson;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.SavedRuns;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.core.workflow.WorkflowWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A FilmLab project: one JSON file ({@code *.filmlab}) holding a day's work — the data sets as
 * imported and mapped (columns with their roles and units, values, where each came from), which one
 * is current, the workflow of the Workflow view with whether it was edited, the last run as its
 * {@code results.json} and the next experiments. The data sets are stored whole, not as paths, so a
 * project opens on another machine, after the original files moved, and without the importer that
 * read them.
 * <p>
 * Written beside its place and renamed into it, so a crash while saving leaves the previous file.
 */
final class ProjectFile {

    static final String FORMAT = "filmlab.project/1";
    static final String EXTENSION = "filmlab";

    /**
     * What a project holds.
     *
     * @param datasets the imported data sets, oldest first, each with the file it was read from
     * @param currentIndex which of them is current, or -1 for none
     * @param workflow the Workflow view's document, if it showed one
     * @param workflowEdited whether the user had changed it
     * @param result the last completed run, if any
     * @param plan the next experiments
     */
    record Contents(List<Session.Imported> datasets, int currentIndex, Optional<WorkflowDocument> workflow,
            boolean workflowEdited, Optional<RunResult> result, List<PlannedExperiment> plan) {

        Contents {
            datasets = List.copyOf(datasets);
            plan = List.copyOf(plan);
        }

        static Contents empty() {
            return new Contents(List.of(), -1, Optional.empty(), false, Optional.empty(), List.of());
        }

        Optional<Session.Imported> current() {
            return currentIndex < 0 ? Optional.empty() : Optional.of(datasets.get(currentIndex));
        }
    }

    private ProjectFile() {
    }

    /** The session's contents now. UI thread. */
    static Contents of(Session session) {
        List<Session.Imported> datasets = session.imported();
        int current = -1;
        for (int i = 0; i < datasets.size(); i++) {
            if (session.dataset().orElse(null) == datasets.get(i).dataset()) {
                current = i;
            }
        }
        return new Contents(datasets, current, session.workflow(), session.workflowEdited(), session.result(),
                session.plan().list());
    }

    static void write(Contents contents, Path file) throws IOException {
        ObjectNode root = new ObjectMapper().createObjectNode().put("format", FORMAT);
        ArrayNode datasets = root.putArray("datasets");
        for (Session.Imported i : contents.datasets()) {
            ObjectNode d = datasets.addObject();
            d.put("readFrom", i.file().toAbsolutePath().toString());
            d.set("data", DatasetJson.whole(i.dataset()));
        }
        root.put("current", contents.currentIndex());
        contents.workflow().ifPresent(w -> root.set("workflow", WorkflowWriter.toJson(w)));
        root.put("workflowEdited", contents.workflowEdited());
        contents.result().ifPresent(r -> root.set("results", ResultsWriter.toJson(r)));
        root.set("nextExperiments", ExperimentPlan.toJson(contents.plan()));
        ResultsWriter.writeFile(file, out -> ResultsWriter.writeJson(root, out));
    }

    /**
     * @throws InputException naming the file (and the data set or part) when it is not a project
     *         this FilmLab reads, or is damaged
     */
    static Contents read(Path file) throws InputException {
        String source = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw InputException.inFile(file.toString(), "not a FilmLab project (not valid JSON "
                    + WorkflowReader.describe(e) + ")", e);
        } catch (IOException e) {
            throw InputException.inFile(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw InputException.inFile(file.toString(), "not a FilmLab project of format " + FORMAT);
        }
        List<Session.Imported> datasets = new ArrayList<>();
        for (JsonNode d : root.path("datasets")) {
            datasets.add(new Session.Imported(DatasetJson.read(d.path("data"), null, source),
                    Path.of(d.path("readFrom").asText())));
        }
        int current = root.path("current").asInt(-1);
        if (current >= datasets.size() || current < -1) {
            throw InputException.inFile(file.toString(), "its current data set (" + (current + 1)
                    + ") is not among its " + datasets.size());
        }
        Optional<WorkflowDocument> workflow = Optional.empty();
        if (root.hasNonNull("workflow")) {
            workflow = Optional.of(new WorkflowReader().readTree(root.get("workflow"), source + ", its workflow"));
        }
        Optional<RunResult> result = Optional.empty();
        if (root.hasNonNull("results")) {
            result = Optional.of(SavedRuns.restore(root.get("results"), source + ", its last run",
                    ResultsReader.installedPartTypes(ContributionRegistry.getDefault())));
        }
        List<PlannedExperiment> plan;
        try {
            plan = root.hasNonNull("nextExperiments") ? ExperimentPlan.read(root.get("nextExperiments")) : List.of();
        } catch (IOException | RuntimeException e) {
            throw InputException.inFile(file.toString(), "its next experiments cannot be read: " + e.getMessage(), e);
        }
        return new Contents(datasets, current, workflow, root.path("workflowEdited").asBoolean(false), result, plan);
    }
}
