// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the JSON form of a {@link WorkflowDocument}. Checks the document's structure (format tag,
 * known keys, value kinds) and reports the first problem with its JSON path; whether the
 * contributions exist and their parameters fit is checked by {@link WorkflowEngine#prepare}.
 */
public final class WorkflowReader {

    /** The name of a kind of step: letters and digits. */
    private static final Pattern STEP_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Set<String> TOP_KEYS = Set.of("format", "id", "name", "version", "cites", "seed",
            "timeoutSeconds", "data", "steps");
    private static final Set<String> DATA_KEYS = Set.of("conditions", "properties", "ignore", "map");
    private static final Set<String> STEP_KEYS = Set.of("step", "use", "params", "settings", "resample");
    private static final Set<String> RESAMPLE_KEYS = Set.of("use", "params");

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Where and what a JSON parser found wrong, in a reader's words ("at line 3, column 9: ..."):
     * the parser's own message names its internals (its source, its features), which mean nothing
     * to the person who wrote the file.
     */
    public static String describe(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        String where = l == null ? "" : "at line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
        String what = e.getOriginalMessage();
        Matcher unclosed = UNCLOSED.matcher(what);
        if (unclosed.find()) {
            String kind = "Array".equals(unclosed.group(1)) ? "list" : "object";
            return where + "the file ends before the " + kind + " opened at line " + unclosed.group(2) + ", column "
                    + unclosed.group(3) + " is closed";
        }
        // Any other message: without the parser's note of its source (it reads "Source: REDACTED ...").
        return where + what.replaceAll("\\s*\\(?(?:start marker at )?\\[Source: [^]]*\\]\\)?", "").trim();
    }

    private static final Pattern UNCLOSED = Pattern.compile(
            "expected close marker for (Array|Object) \\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)");

    /**
     * @param in the JSON text, UTF-8
     * @param source the document's name for messages (a file name, a workflow id)
     */
    public WorkflowDocument read(InputStream in, String source) throws InputException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw InputException.inFile(source, "not valid JSON " + describe(e), e);
        } catch (IOException e) {
            throw InputException.inFile(source, "cannot read the workflow: " + e.getMessage(), e);
        }
        return readTree(root, source);
    }

    /**
     * Reads a workflow file. A file that bears the id of an installed workflow but differs from it
     * (an edited copy of the paper's, say) is read as the user's variant ({@link
     * WorkflowDocument#asVariant}), so that its results never pass for the published workflow's.
     *
     * @param registry where the installed workflows are
     * @throws InputException when the file cannot be read or is not a workflow document, or when the
     *         installed workflow of the same id cannot be read to compare
     */
    public WorkflowDocument readFile(Path file, ContributionRegistry registry) throws InputException {
        WorkflowDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = read(in, file.toString());
        } catch (IOException e) {
            throw InputException.inFile(file.toString(), "cannot read the workflow: " + e.getMessage(), e);
        }
        for (ContributionDescriptor installed : registry.list(ContributionKind.WORKFLOW)) {
            if (installed.id().equals(doc.id()) && !readInstalled(installed, registry).equals(doc)) {
                return doc.asVariant(file.getFileName() + " differs from the installed workflow");
            }
        }
        return doc;
    }

    /** An installed workflow's document. */
    public WorkflowDocument readInstalled(ContributionDescriptor workflow, ContributionRegistry registry)
            throws InputException {
        try (InputStream in = registry.openWorkflow(workflow)) {
            return read(in, workflow.id());
        } catch (IOException | CoreException e) {
            throw InputException.inFile(workflow.id(), "cannot read the workflow: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document already parsed: the one a {@code results.json} records as its provenance, say.
     *
     * @param source the document's name for messages
     */
    public WorkflowDocument readTree(JsonNode root, String source) throws InputException {
        if (root == null || !root.isObject()) {
            throw InputException.inFile(source, "a workflow document is a JSON object");
        }
        keys(source, "", root, TOP_KEYS);
        String format = text(source, "format", root.get("format"), true);
        boolean format1 = WorkflowDocument.FORMAT_1.equals(format);
        if (!format1 && !WorkflowDocument.FORMAT.equals(format)) {
            throw problem(source, "format", "'" + format + "' is not a format this FilmLab reads (it reads '"
                    + WorkflowDocument.FORMAT + "' and '" + WorkflowDocument.FORMAT_1 + "')");
        }
        String id = text(source, "id", root.get("id"), true);
        JsonNode seedNode = root.get("seed");
        if (seedNode == null || !seedNode.canConvertToLong() || !seedNode.isIntegralNumber()) {
            throw problem(source, "seed", "the seed must be an integer");
        }
        int timeout = WorkflowDocument.DEFAULT_TIMEOUT_SECONDS;
        JsonNode timeoutNode = root.get("timeoutSeconds");
        if (timeoutNode != null) {
            if (!timeoutNode.isIntegralNumber() || !timeoutNode.canConvertToInt() || timeoutNode.intValue() < 1
                    || timeoutNode.intValue() > WorkflowDocument.MAX_TIMEOUT_SECONDS) {
                throw problem(source, "timeoutSeconds", "must be a whole number of seconds in [1, "
                        + WorkflowDocument.MAX_TIMEOUT_SECONDS + "]");
            }
            timeout = timeoutNode.intValue();
        }
        DatasetMapping data = DatasetMapping.automatic();
        JsonNode dataNode = root.get("data");
        if (dataNode != null) {
            if (!dataNode.isObject()) {
                throw problem(source, "data", "must be an object with conditions, properties, ignore");
            }
            keys(source, "data.", dataNode, DATA_KEYS);
            data = new DatasetMapping(strings(source, "data.conditions", dataNode.get("conditions")),
                    strings(source, "data.properties", dataNode.get("properties")),
                    strings(source, "data.ignore", dataNode.get("ignore")), bindings(source, dataNode.get("map")));
        }
        JsonNode stepsNode = root.get("steps");
        if (stepsNode == null || !stepsNode.isArray() || stepsNode.isEmpty()) {
            throw problem(source, "steps", "a workflow needs a non-empty list of steps");
        }
        List<StepSpec> steps = new ArrayList<>();
        for (int i = 0; i < stepsNode.size(); i++) {
            steps.add(step(source, "steps[" + i + "]", stepsNode.get(i)));
        }
        if (format1) {
            steps = WorkflowMigration.fromFormat1(steps);
        }
        return new WorkflowDocument(id, text(source, "name", root.get("name"), false),
                text(source, "version", root.get("version"), false), text(source, "cites", root.get("cites"), false),
                seedNode.asLong(), timeout, data, steps);
    }

    private StepSpec step(String source, String path, JsonNode node) throws InputException {
        if (!node.isObject()) {
            throw problem(source, path, "a step is a JSON object");
        }
        keys(source, path + ".", node, STEP_KEYS);
        String word = text(source, path + ".step", node.get("step"), true);
        if (!STEP_WORD.matcher(word).matches()) {
            // Which kinds of step exist is the registry's business (checked when the workflow is prepared).
            throw problem(source, path + ".step", "'" + word + "' is not the name of a kind of step (letters and digits)");
        }
        String resample = "";
        Map<String, Object> resampleParams = Map.of();
        JsonNode r = node.get("resample");
        if (r != null) {
            if (!r.isObject()) {
                throw problem(source, path + ".resample", "must be an object with use and params");
            }
            keys(source, path + ".resample.", r, RESAMPLE_KEYS);
            resample = text(source, path + ".resample.use", r.get("use"), true);
            resampleParams = values(source, path + ".resample.params", r.get("params"));
        }
        return new StepSpec(word, text(source, path + ".use", node.get("use"), false),
                values(source, path + ".params", node.get("params")),
                values(source, path + ".settings", node.get("settings")), resample, resampleParams);
    }

    private static void keys(String source, String prefix, JsonNode node, Set<String> allowed) throws InputException {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw problem(source, prefix + k, "unknown key; allowed here: " + String.join(", ", allowed.stream()
                        .sorted().toList()));
            }
        }
    }

    /** {@code "map": {"sigmaN": "ionic_conductivity_S_cm"}}: columns bound to variables, as --map does. */
    private static Map<org.filmlab.core.data.FilmVariable, String> bindings(String source, JsonNode n)
            throws InputException {
        Map<org.filmlab.core.data.FilmVariable, String> out = new java.util.LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            throw problem(source, "data.map", "must be an object binding variables to columns, such as"
                    + " {\"sigmaN\": \"ionic_conductivity_S_cm\"}");
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            org.filmlab.core.data.FilmVariable v = org.filmlab.core.data.FilmVariable.byKey(e.getKey()).orElseThrow(
                    () -> problem(source, "data.map." + e.getKey(), "not a FilmLab variable; variables: "
                            + String.join(", ", org.filmlab.core.data.FilmVariable.keys())));
            out.put(v, text(source, "data.map." + e.getKey(), e.getValue(), true));
        }
        return out;
    }

    private static String text(String source, String path, JsonNode n, boolean required) throws InputException {
        if (n == null || n.isNull()) {
            if (required) {
                throw problem(source, path, "is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            throw problem(source, path, "must be a string");
        }
        return n.textValue();
    }

    private static List<String> strings(String source, String path, JsonNode n) throws InputException {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw problem(source, path, "must be a list of column names");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw problem(source, path, "must be a list of column names");
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** Parameter values as documents write them: numbers, true/false and strings, by key. */
    static Map<String, Object> values(String source, String path, JsonNode n) throws InputException {
        if (n == null || n.isNull()) {
            return Map.of();
        }
        if (!n.isObject()) {
            throw problem(source, path, "must be an object of parameter values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Object value;
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                value = v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue();
            } else if (v.isNumber()) {
                value = v.doubleValue();
            } else if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isTextual()) {
                value = v.textValue();
            } else {
                throw problem(source, path + "." + e.getKey(), "a parameter value is a number, true/false or a string");
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    private static InputException problem(String source, String path, String message) {
        return InputException.inParameter(path, "in " + source + ": " + message);
    }
}
