// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.ResultPart;
import org.filmlab.core.step.StepType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a {@code results.json} back: each part as its record, by the part types the installed kinds
 * of step declare (Jackson data binding, the inverse of {@link ResultsWriter}). A part whose kind of
 * step is no longer installed is kept as its JSON tree, so a report can say what it cannot draw.
 */
public final class ResultsReader {

    /** How parts are written and read: records by their components, nothing else. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A results file.
     *
     * @param root the whole tree (the data and provenance sections are read from it)
     * @param steps each step as written, in document order
     */
    public record Results(JsonNode root, List<Step> steps) {

        public Results {
            steps = List.copyOf(steps);
        }

        /** Every part of this type, in run order. */
        public <T extends ResultPart> List<T> all(PartType<T> type) {
            List<T> out = new ArrayList<>();
            for (Step s : steps) {
                for (Part p : s.parts()) {
                    if (p.type().equals(type.name()) && type.type().isInstance(p.value())) {
                        out.add(type.type().cast(p.value()));
                    }
                }
            }
            return out;
        }

        public <T extends ResultPart> Optional<T> first(PartType<T> type) {
            List<T> all = all(type);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
        }

        /** The step that produced {@code part}. */
        public Optional<Step> producerOf(ResultPart part) {
            return steps.stream().filter(s -> s.parts().stream().anyMatch(p -> p.value() == part)).findFirst();
        }
    }

    /**
     * One step as written.
     *
     * @param index its position in the document (0-based)
     * @param step the word of its kind
     * @param stepName the kind's human name
     * @param contribution the algorithm's id, or {@code ""}
     * @param contributionName the algorithm's name, or {@code ""}
     * @param reason why it was skipped, or {@code ""} when it ran
     * @param parts what it produced
     */
    public record Step(int index, String step, String stepName, String contribution, String contributionName,
            String reason, List<Part> parts) {

        public Step {
            parts = List.copyOf(parts);
        }

        public boolean ran() {
            return reason.isEmpty();
        }

        /** {@code "step 2 (cluster: K-means)"}. */
        public String label() {
            return "step " + (index + 1) + " (" + step + (contributionName.isEmpty() ? "" : ": " + contributionName)
                    + ")";
        }
    }

    /**
     * One part.
     *
     * @param type the part type's name
     * @param value the record, or {@code null} when no installed kind of step declares this type
     * @param json the part as written
     */
    public record Part(String type, ResultPart value, JsonNode json) {
    }

    private ResultsReader() {
    }

    /** The part types the installed kinds of step declare, by name. */
    public static Map<String, PartType<?>> installedPartTypes(ContributionRegistry registry) {
        Map<String, PartType<?>> out = new HashMap<>();
        for (ContributionDescriptor d : registry.list(ContributionKind.STEP)) {
            try {
                StepType type = registry.create(d, StepType.class);
                type.outputs().forEach(t -> out.putIfAbsent(t.name(), t));
            } catch (Exception | LinkageError e) {
                // A kind of step that cannot be created cannot declare parts; its parts stay JSON.
            }
        }
        return out;
    }

    /**
     * @throws InputException naming the file when it is not a results file of this format
     */
    public static Results read(Path file, Map<String, PartType<?>> types) throws InputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw InputException.inFile(file.toString(), "cannot read the results: " + e.getMessage(), e);
        }
        return read(root, file.toString(), types);
    }

    /**
     * Reads a results tree already parsed (the one {@link ResultsWriter#toJson} made, say).
     *
     * @param source the file, for messages
     * @throws InputException naming the source when it is not a results tree of this format
     */
    public static Results read(JsonNode root, String source, Map<String, PartType<?>> types) throws InputException {
        String format = root == null ? "" : root.path("format").asText("");
        if ("filmlab.results/1".equals(format)) {
            throw InputException.inFile(source, "this results.json is in the older format filmlab.results/1"
                    + " (FilmLab 0.1), which this FilmLab no longer draws; run the workflow again to get "
                    + ResultsWriter.FORMAT);
        }
        if (!ResultsWriter.FORMAT.equals(format)) {
            throw InputException.inFile(source, "not a FilmLab results file of format " + ResultsWriter.FORMAT
                    + " (its format is '" + format + "')");
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < root.path("steps").size(); i++) {
            JsonNode s = root.path("steps").get(i);
            List<Part> parts = new ArrayList<>();
            for (int j = 0; j < s.path("parts").size(); j++) {
                JsonNode p = s.path("parts").get(j);
                String type = p.path("type").asText();
                PartType<?> declared = types.get(type);
                ResultPart value = null;
                if (declared != null) {
                    try {
                        value = MAPPER.treeToValue(p.path("value"), declared.type());
                    } catch (JsonProcessingException | IllegalArgumentException e) {
                        // Named by its place in the file, as WorkflowReader names a document's problems.
                        throw InputException.inParameter("steps[" + i + "].parts[" + j + "].value", "in " + source
                                + ": the " + type + " of step " + (s.path("index").asInt() + 1) + " cannot be read: "
                                + e.getMessage());
                    }
                }
                parts.add(new Part(type, value, p.path("value")));
            }
            steps.add(new Step(s.path("index").asInt(), s.path("step").asText(), s.path("stepName").asText(),
                    s.path("contribution").asText(), s.path("contributionName").asText(), s.path("reason").asText(""),
                    parts));
        }
        return new Results(root, steps);
    }
}
