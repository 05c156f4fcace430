// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.filmlab.core.data.InputException;
import org.filmlab.core.internal.Metrics;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.WorkflowDocument;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code filmlab compare}: model selection the paper did not do. Runs each workflow on the same
 * data with the same seed through the same path as {@code run}, so its numbers are those of
 * separate runs, and tabulates repeated-CV macro-F1, agreement of the classes (adjusted Rand
 * index) and run time.
 */
final class Comparison {

    private Comparison() {
    }

    private record Entry(WorkflowDocument workflow, RunResult result, double seconds) {

        /** The films' clusters; the adjusted Rand index does not depend on how they are numbered. */
        Clustering clusters() {
            return result.first(Parts.PARTITION).orElseThrow(() -> new IllegalStateException(workflow.name()
                    + " has no cluster step to compare")).clustering();
        }
    }

    static int compare(Map<String, String> options, PrintStream out, PrintStream err) throws InputException,
            InvalidWorkflowException, StepFailedException, CoreException, IOException {
        String listed = options.get("--workflows");
        if (listed == null || listed.isBlank()) {
            throw InputException.inParameter("--workflows", "name the workflows to compare, separated by commas"
                    + " (ids from 'filmlab list' or workflow files)");
        }
        ContributionRegistry registry = ContributionRegistry.getDefault();
        List<WorkflowDocument> docs = new ArrayList<>();
        for (String name : listed.split(",")) {
            if (!name.isBlank()) {
                docs.add(FilmLabCommand.overrides(FilmLabCommand.workflow(registry, name.strip()), options));
            }
        }
        if (docs.size() < 2) {
            throw InputException.inParameter("--workflows", "a comparison needs at least two workflows");
        }
        Path dir = FilmLabCommand.outputFolder("--out", options.getOrDefault("--out", "filmlab-compare"));
        List<Entry> entries = new ArrayList<>();
        for (WorkflowDocument doc : docs) {
            long start = System.nanoTime();
            RunResult r = FilmLabCommand.analyse(registry, doc, options, err);
            entries.add(new Entry(doc, r, (System.nanoTime() - start) / 1e9));
        }
        int n = entries.size();
        double[][] ari = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ari[i][j] = Metrics.adjustedRand(entries.get(i).clusters().assignment(),
                        entries.get(j).clusters().assignment());
            }
        }
        print(entries, ari, out);
        ObjectNode json = json(entries, ari);
        ResultsWriter.writeFolder(dir, tmp -> {
            try (OutputStream o = Files.newOutputStream(tmp.resolve("compare.json"))) {
                ResultsWriter.writeJson(json, o);
            }
        });
        out.printf("%nComparison: %s%n", dir.resolve("compare.json"));
        return FilmLabCommand.EXIT_OK;
    }

    private static void print(List<Entry> entries, double[][] ari, PrintStream out) {
        out.printf(Locale.ROOT, "Comparison on %s, seed %d%n%n", entries.get(0).result().dataset().source(),
                entries.get(0).workflow().seed());
        out.printf(Locale.ROOT, "  %-3s %-46s %-19s %-8s %s%n", "#", "workflow", "CV macro-F1", "classes", "time");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String f1 = e.result().first(Parts.EVALUATION).map(c -> String.format(Locale.ROOT, "%.3f ± %.3f",
                    c.cv().f1MacroMean(), c.cv().f1MacroSd())).orElse("(no classifier)");
            out.printf(Locale.ROOT, "  %-3d %-46s %-19s %-8d %.1f s%n", i + 1, e.workflow().id(), f1,
                    e.clusters().clusterCount(), e.seconds());
        }
        out.printf(Locale.ROOT, "%nAgreement of the classes (adjusted Rand index; 1 = same partition)%n     ");
        for (int j = 0; j < entries.size(); j++) {
            out.printf(Locale.ROOT, "%7d", j + 1);
        }
        out.println();
        for (int i = 0; i < entries.size(); i++) {
            out.printf(Locale.ROOT, "  %-3d", i + 1);
            for (int j = 0; j < entries.size(); j++) {
                out.printf(Locale.ROOT, "%7.3f", ari[i][j]);
            }
            out.println();
        }
    }

    /** The table as JSON; run times are left out so that the file is the same for the same inputs and seed. */
    private static ObjectNode json(List<Entry> entries, double[][] ari) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", "filmlab.compare/1");
        root.put("data", entries.get(0).result().dataset().source());
        root.put("sha256", entries.get(0).result().dataset().sha256());
        root.put("seed", entries.get(0).workflow().seed());
        ArrayNode list = root.putArray("workflows");
        for (Entry e : entries) {
            ObjectNode o = list.addObject();
            o.put("id", e.workflow().id());
            o.put("version", e.workflow().version());
            o.put("classes", e.clusters().clusterCount());
            e.result().first(Parts.EVALUATION).ifPresent(c -> {
                o.put("f1MacroMean", c.cv().f1MacroMean());
                o.put("f1MacroSd", c.cv().f1MacroSd());
                o.put("splitF1Macro", c.split().f1Macro());
            });
        }
        ArrayNode matrix = root.putArray("adjustedRand");
        for (double[] row : ari) {
            ArrayNode r = matrix.addArray();
            for (double v : row) {
                r.add(v);
            }
        }
        return root;
    }
}
