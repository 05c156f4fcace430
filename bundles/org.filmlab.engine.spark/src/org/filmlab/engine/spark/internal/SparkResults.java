// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.ClassRuling;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.Partition;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.StepRecord;
import org.filmlab.core.workflow.TrainedClassifier;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns what the Spark job computed into FilmLab's result parts, step by step in document order,
 * so that results.json, the summary, the report and the desktop read a Spark run as any other. The
 * steps that need only small results or the films' values FilmLab holds (decision maps, σN-only
 * maps, next experiments, the two-way ANOVA) run here, in process, with FilmLab's own code
 * ({@link WorkflowEngine#runStep}), on the models Spark trained.
 */
public final class SparkResults {

    private static final String PLUGIN = "org.filmlab.engine.spark";

    private SparkResults() {
    }

    public static RunResult assemble(WorkflowDocument doc, WorkflowEngine engine, PreparedWorkflow prepared,
            List<StepRecord> records, JobSession.Outcome o, IProgressMonitor monitor) throws StepFailedException {
        Map<Integer, JsonNode> computed = new HashMap<>();
        o.results().get("steps").forEach(s -> computed.put(s.get("index").asInt(), s));
        Dataset films = o.films();
        SubMonitor progress = SubMonitor.convert(monitor, "The steps FilmLab finishes from what Spark computed",
                records.size());
        Clustering clustering = null;
        QualityClasses classes = null;
        List<RunResult.Produced> produced = new ArrayList<>();
        List<RunResult.StepOutcome> outcomes = new ArrayList<>();
        for (StepRecord r : records) {
            if (SparkSupport.onDriver(r)) {
                try {
                    RunResult.StepOutcome done = engine.runStep(prepared, r.index(), films, produced, progress.split(1));
                    produced.addAll(done.parts());
                    outcomes.add(new RunResult.StepOutcome(SparkSupport.onSpark(done.record()), done.skipped(),
                            done.parts()));
                } catch (InvalidWorkflowException e) {
                    throw new StepFailedException(new Status(IStatus.ERROR, PLUGIN, SparkSupport.userLabel(r) + ": "
                            + e.getMessage(), e));
                }
                continue;
            }
            JsonNode s = computed.get(r.index());
            List<RunResult.Produced> parts = new ArrayList<>();
            String label = SparkSupport.userLabel(r);
            try {
                switch (r.step()) {
                    case "reduce" -> add(parts, Parts.REDUCTION, o.reductions().get(r.index()));
                    case "cluster" -> {
                        clustering = o.clusterings().get(r.index());
                        add(parts, Parts.PARTITION, new Partition(s.get("components").asInt(), clustering));
                    }
                    case "classes" -> {
                        classes = classes(films, clustering, o.rulings().get(r.index()), s);
                        add(parts, Parts.CLASSES, classes);
                    }
                    case "test" -> add(parts, Parts.TEST, kruskalWallis(s));
                    case "classify" -> {
                        QualityClasses ruled = classes;
                        ClassifierEvaluation evaluation = JobSession.JSON.treeToValue(s.get("evaluation"),
                                ClassifierEvaluation.class);
                        List<TrainedModel> folds = new ArrayList<>();
                        s.get("foldModels").forEach(m -> folds.add(LinearDecisions.of(m)));
                        add(parts, Parts.EVALUATION, evaluation);
                        add(parts, Parts.CLASSIFIER, new TrainedClassifier(r.index(), evaluation.features(),
                                LinearDecisions.of(s.get("model")), folds, relabeled(s, ruled, label)));
                    }
                    default -> throw new IllegalStateException(label + " has no Spark implementation");
                }
            } catch (IOException | RuntimeException e) {
                throw new StepFailedException(new Status(IStatus.ERROR, PLUGIN, label + ": the Spark job's results"
                        + " cannot be read: " + e, e));
            }
            produced.addAll(parts);
            outcomes.add(new RunResult.StepOutcome(SparkSupport.onSpark(r), "", parts));
        }
        return new RunResult(doc, films, outcomes);
    }

    private static <T extends ResultPart> void add(List<RunResult.Produced> parts, PartType<T> type, T part) {
        parts.add(new RunResult.Produced(type.name(), part, type.persistent()));
    }

    /**
     * The classifier's fitter on the driver: it trains nothing, it hands over the model Spark trained
     * on every film with merged classes (see {@link SparkSupport#SIGMA_ONLY_CLASSES}) when asked for
     * exactly those labels, and refuses anything else, naming the step.
     */
    private static TrainedClassifier.Fitter relabeled(JsonNode s, QualityClasses classes, String label) {
        List<int[]> classOf = new ArrayList<>();
        List<TrainedModel> models = new ArrayList<>();
        s.path("relabeledModels").forEach(m -> {
            int[] to = new int[m.get("classOf").size()];
            for (int c = 0; c < to.length; c++) {
                to[c] = m.get("classOf").get(c).asInt();
            }
            classOf.add(to);
            models.add(LinearDecisions.of(m.get("model")));
        });
        return (training, seed, monitor) -> {
            for (int i = 0; i < models.size(); i++) {
                if (sameLabels(training.y(), classes.assignment(), classOf.get(i))) {
                    return models.get(i);
                }
            }
            throw new StepFailedException(new Status(IStatus.ERROR, PLUGIN, "a step after " + label + " asked to"
                    + " train the classifier on other labels than Spark trained it on (the classes, and classes 1"
                    + " and 2 against 3 for the σN-only maps); run this workflow in-process"));
        };
    }

    /** Whether y holds, film by film, the merged class of each film's class (1-based). */
    static boolean sameLabels(int[] y, int[] classOfFilm, int[] to) {
        if (y.length != classOfFilm.length) {
            return false;
        }
        for (int i = 0; i < y.length; i++) {
            if (classOfFilm[i] < 1 || classOfFilm[i] > to.length || y[i] != to[classOfFilm[i] - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The classes: each film's from its cluster and the rule; sizes and exact medians per class from Spark SQL. */
    private static QualityClasses classes(Dataset films, Clustering clustering, ClassRuling ruling, JsonNode s) {
        int[] assignment = clustering.assignment();
        int[] perFilm = new int[assignment.length];
        for (int i = 0; i < assignment.length; i++) {
            perFilm[i] = ruling.clusterToClass()[assignment[i]];
        }
        int k = ruling.clusterToClass().length;
        int[] sizes = new int[k];
        for (int c = 0; c < k; c++) {
            sizes[c] = s.get("sizes").get(c).asInt();
        }
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (Column c : films.columns()) {
            double[] m = new double[k];
            for (int j = 0; j < k; j++) {
                m[j] = s.get("medians").get(c.key()).get(j).asDouble();
            }
            medians.put(c.key(), m);
        }
        return new QualityClasses(ruling.naming(), perFilm, ruling.clusterToClass(), sizes, medians, ruling.labels(),
                ruling.goodClasses(), ruling.criterion());
    }

    /** The same part, key and title as FilmLab's Kruskal-Wallis contribution gives. */
    private static TestResult kruskalWallis(JsonNode s) {
        List<TestResult.Row> rows = new ArrayList<>();
        for (JsonNode row : s.get("rows")) {
            Map<String, Double> statistics = new LinkedHashMap<>();
            row.get("statistics").fields().forEachRemaining(e -> statistics.put(e.getKey(), e.getValue().asDouble()));
            rows.add(new TestResult.Row(row.get("term").asText(), statistics));
        }
        List<String> notes = new ArrayList<>();
        s.get("notes").forEach(n -> notes.add(n.asText()));
        return new TestResult("kruskalWallis", "Kruskal-Wallis H test per property across classes", rows, notes);
    }
}
