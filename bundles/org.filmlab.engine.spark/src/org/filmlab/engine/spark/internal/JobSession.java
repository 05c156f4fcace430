// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.filmlab.core.analysis.ClassRuling;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.QualityRule;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.StepRecord;
import org.filmlab.core.workflow.WorkflowEngine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One run of the Spark job in a child process: answers its two questions (how the columns map,
 * once it has read them; which class each cluster is, once it has clustered) with FilmLab's own
 * mapping and quality rule, passes its progress on, and reads its results when it is done.
 */
public final class JobSession {

    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String PLUGIN = "org.filmlab.engine.spark";
    private static final int LOG_LINES = 15;

    private final ContributionRegistry registry;
    private final WorkflowEngine engine;
    private final PreparedWorkflow prepared;
    private final List<StepRecord> records;
    private final DatasetMapping mapping;
    private final Path data;
    private final Path work;

    private Dataset sample;
    private String labels = "";
    private Dataset films;
    private final Map<Integer, Clustering> clusterings = new LinkedHashMap<>();
    private final Map<Integer, ClassRuling> rulings = new LinkedHashMap<>();
    private String sparkVersion = "";
    private String master = "";

    public JobSession(ContributionRegistry registry, WorkflowEngine engine, PreparedWorkflow prepared,
            List<StepRecord> records, DatasetMapping mapping, Path data, Path work) {
        this.registry = registry;
        this.engine = engine;
        this.prepared = prepared;
        this.records = records;
        this.mapping = mapping;
        this.data = data;
        this.work = work;
    }

    /** What the job computed, with the films and FilmLab's answers, ready to become result parts. */
    public record Outcome(Dataset films, JsonNode results, Map<Integer, Reduction> reductions,
            Map<Integer, Clustering> clusterings,
            Map<Integer, ClassRuling> rulings, String sparkVersion, String master) {
    }

    public Outcome run(List<String> command, IProgressMonitor monitor)
            throws InputException, InvalidWorkflowException, StepFailedException, IOException {
        Path log = work.resolve("spark.log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        JsonNode error = null;
        boolean done = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                JsonNode event = JSON.readTree(line);
                switch (event.path("event").asText()) {
                    case "started" -> {
                        sparkVersion = event.path("spark").asText();
                        master = event.path("master").asText();
                        monitor.subTask("Spark " + sparkVersion + " started (master " + master + ", "
                                + event.path("defaultParallelism").asInt() + " cores)");
                    }
                    case "progress" -> monitor.subTask("Spark: " + event.path("task").asText());
                    case "schema" -> answer(in, SparkSupport.plan(records, mapSample(event), labels));
                    case "clusters" -> answer(in, JSON.createObjectNode().set("classOfCluster",
                            JSON.valueToTree(classOfCluster(event.get("step").asInt()))));
                    case "error" -> error = event;
                    case "done" -> done = true;
                    default -> throw new IOException("the Spark job sent an unknown event: " + line);
                }
            }
            int code = p.waitFor();
            if (error != null && error.path("badInput").asBoolean()) {
                throw InputException.inFile(data.toString(), error.path("message").asText());
            }
            if (!done || code != 0) {
                String why = error != null ? error.path("message").asText() : "it ended with exit code " + code;
                throw new StepFailedException(new Status(IStatus.ERROR, PLUGIN, "the Spark job failed: " + why
                        + "\nlast lines of Spark's log:\n" + tail(log)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        if (films == null) {
            films = readFilms();
        }
        Map<Integer, Reduction> reductions = new HashMap<>();
        JsonNode results = readResults(reductions);
        return new Outcome(films, results, reductions, clusterings, rulings, sparkVersion, master);
    }

    /**
     * The job's results file as a tree, but for each reduction (with every film's scores), which is
     * read straight into its part: a tree of ten million films' scores would take gigabytes.
     */
    private JsonNode readResults(Map<Integer, Reduction> reductions) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode steps = root.putArray("steps");
        try (JsonParser p = JSON.createParser(work.resolve("spark-result.json").toFile())) {
            p.nextToken();
            for (String field = PerFilmJson.nextField(p); field != null; field = PerFilmJson.nextField(p)) {
                if (!field.equals("steps")) {
                    root.set(field, JSON.readTree(p));
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    ObjectNode step = steps.addObject();
                    for (String f = PerFilmJson.nextField(p); f != null; f = PerFilmJson.nextField(p)) {
                        if (f.equals("reduction")) {
                            // The job writes each step's index first; the reduction is keyed by it.
                            if (!step.has("index")) {
                                throw new IOException("the Spark job's results give a reduction before its step's index");
                            }
                            reductions.put(step.get("index").asInt(), JSON.readValue(p, Reduction.class));
                        } else {
                            step.set(f, JSON.readTree(p));
                        }
                    }
                }
            }
        }
        return root;
    }

    private static void answer(Writer in, JsonNode answer) throws IOException {
        in.write(JSON.writeValueAsString(answer));
        in.write('\n');
        in.flush();
    }

    /**
     * The file's first rows mapped exactly as an in-process run maps a file (--map, --conditions,
     * recognised headers), then the whole workflow checked against them (gate 2) before Spark
     * reads the rest.
     */
    private Dataset mapSample(JsonNode schema) throws InputException, InvalidWorkflowException, StepFailedException,
            IOException {
        List<String> headers = new ArrayList<>();
        schema.get("headers").forEach(h -> headers.add(h.asText()));
        List<String> comments = comments();
        int firstRow = data.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? comments.size() + 2 : 1;
        List<Table.Row> rows = new ArrayList<>();
        int number = firstRow;
        for (JsonNode r : schema.get("sample")) {
            List<Table.Cell> cells = new ArrayList<>();
            for (JsonNode v : r) {
                cells.add(v.isNull() ? Table.BLANK : v.isNumber() ? new Table.Number(v.asDouble(), v.asText())
                        : new Table.Text(v.asText()));
            }
            rows.add(new Table.Row(number++, cells));
        }
        sample = mapping.apply(new Table(data.getFileName().toString(), headers, rows, comments), sha256());
        engine.check(prepared, sample);
        for (int j = 0; j < headers.size(); j++) {
            if (!schema.get("numeric").get(j).asBoolean() && isLabelColumn(rows, j)) {
                labels = headers.get(j);
                break;
            }
        }
        return sample;
    }

    private boolean isLabelColumn(List<Table.Row> rows, int j) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).cells().get(j).display().equals(sample.rowLabels().get(i))) {
                return false;
            }
        }
        return !rows.isEmpty();
    }

    /** The {@code #} lines above a CSV header (the synthetic-data notice, say), kept as the data's notes. */
    private List<String> comments() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(data) || !data.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && line.startsWith("#")) {
                out.add(line.substring(1).strip());
            }
        }
        return out;
    }

    private String sha256() throws InputException {
        return Files.isRegularFile(data) ? org.filmlab.core.workflow.DatasetLoader.sha256(data) : Digests.folder(data);
    }

    /** Every film, as the job read them: the sample's columns with all their values. */
    private Dataset readFilms() throws IOException {
        int n = -1;
        Map<String, double[]> values = new HashMap<>();
        List<String> labels = null;
        try (JsonParser p = JSON.createParser(work.resolve("values.json").toFile())) {
            p.nextToken();
            for (String field = PerFilmJson.nextField(p); field != null; field = PerFilmJson.nextField(p)) {
                switch (field) {
                    case "rows" -> n = p.getIntValue();
                    case "labels" -> labels = PerFilmJson.strings(p, n, "film labels");
                    case "values" -> {
                        for (String key = PerFilmJson.nextField(p); key != null; key = PerFilmJson.nextField(p)) {
                            values.put(key, PerFilmJson.doubles(p, n, "column " + key));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : sample.columns()) {
            double[] x = values.get(c.key());
            if (x == null) {
                throw new IOException("the Spark job's results have no values of column " + c.key());
            }
            columns.add(new Column(c.key(), c.symbol(), c.header(), c.role(), c.unit(), x));
        }
        List<String> names = new ArrayList<>(n);
        int[] sourceRows = new int[n];
        int first = sample.rowCount() == 0 ? 1 : sample.sourceRow(0);
        for (int i = 0; i < n; i++) {
            sourceRows[i] = first + i;
            names.add(labels != null ? labels.get(i) : "row " + sourceRows[i]);
        }
        return new Dataset(sample.source(), sample.sha256(), sample.notes(), columns, names, sourceRows)
                .readWith("org.filmlab.engine.spark", Map.of());
    }

    /**
     * The workflow's quality rule on Spark's clusters, run here as in-process (it is a contribution
     * of its own bundle, and reads the films' values). Clusters are numbered by first appearance as
     * FilmLab numbers them; the answer gives the class of each of Spark's cluster numbers.
     */
    private int[] classOfCluster(int classesStep) throws IOException, StepFailedException {
        if (films == null) {
            films = readFilms();
        }
        int clusterStep = classesStep - 1;
        while (clusterStep >= 0 && !records.get(clusterStep).step().equals("cluster")) {
            clusterStep--;
        }
        int n = films.rowCount();
        double[][] centers = null;
        int[] assignment = null;
        double withinSumOfSquares = Double.NaN;
        try (JsonParser p = JSON.createParser(work.resolve("clusters-" + clusterStep + ".json").toFile())) {
            p.nextToken();
            for (String field = PerFilmJson.nextField(p); field != null; field = PerFilmJson.nextField(p)) {
                switch (field) {
                    case "withinSumOfSquares" -> withinSumOfSquares = p.getDoubleValue();
                    case "centers" -> centers = JSON.readValue(p, double[][].class);
                    case "assignment" -> assignment = PerFilmJson.ints(p, n, "clusters");
                    default -> p.skipChildren();
                }
            }
        }
        if (centers == null || assignment == null) {
            throw new IOException("the Spark job's clusters file has no " + (centers == null ? "centres" : "assignment"));
        }
        int k = centers.length;
        int[] renumber = new int[k];
        java.util.Arrays.fill(renumber, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int spark = assignment[i];
            if (spark < 0 || spark >= k) {
                throw new IOException("the Spark job put film " + (i + 1) + " in cluster " + spark + " of " + k);
            }
            if (renumber[spark] < 0) {
                renumber[spark] = next++;
            }
            assignment[i] = renumber[spark];
        }
        double[][] centroids = new double[next][];
        for (int s = 0; s < k; s++) {
            if (renumber[s] >= 0) {
                centroids[renumber[s]] = centers[s];
            }
        }
        Clustering clustering = new Clustering(assignment, centroids, withinSumOfSquares);
        clusterings.put(clusterStep, clustering);
        ClassRuling ruling = rule(records.get(classesStep), clustering);
        rulings.put(classesStep, ruling);
        int[] out = new int[k];
        for (int s = 0; s < k; s++) {
            out[s] = renumber[s] < 0 ? k : ruling.clusterToClass()[renumber[s]];
        }
        return out;
    }

    private ClassRuling rule(StepRecord r, Clustering clustering) throws StepFailedException {
        String where = SparkSupport.userLabel(r);
        try {
            ContributionDescriptor d = registry.find(ContributionKind.QUALITY_RULE, r.contribution()).orElseThrow();
            QualityRule rule = registry.create(d, QualityRule.class);
            Problems problems = new Problems();
            ParameterValues values = rule.parameters().resolve(r.params(), "", problems);
            problems.requireNone();
            return rule.rule(films, clustering, values);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new StepFailedException(e.getStatus());
        } catch (RuntimeException e) {
            throw new StepFailedException(new Status(IStatus.ERROR, PLUGIN, where + " failed: " + e, e));
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
