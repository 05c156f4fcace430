// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Problems;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.StepRecord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which contributions have a Spark implementation, and what runs in their place: a workflow that
 * names one without is refused before anything runs, naming the step and the Spark alternative.
 * Nothing is swapped silently: each step's record names the Spark code that ran it.
 */
public final class SparkSupport {

    /** The test FilmLab runs itself on the driver: its contribution's code, on every film's values. */
    static final String TWO_WAY_ANOVA = "org.filmlab.stats.twoWayAnova";

    /**
     * The σN-only maps step (org.filmlab.workflow.chenduquesnoy2021) trains the workflow's classifier
     * once more, on every film, with the classes 1 and 2 merged against class 3: Spark trains that
     * model with the others, and FilmLab hands it over when the step asks for exactly those labels.
     */
    static final String SIGMA_ONLY_MAPS = "sigmaOnlyMaps";
    static final int[] SIGMA_ONLY_CLASSES = {0, 0, 1};

    /** Contribution id → what runs it on Spark. */
    static final Map<String, String> IMPLEMENTATIONS = Map.of(
            "org.filmlab.weka.pca", "MLlib StandardScaler and PCA",
            "org.filmlab.weka.kmeans", "MLlib KMeans (k-means||)",
            "org.filmlab.commonsmath.kmeans", "MLlib KMeans (k-means||)",
            "org.filmlab.stats.kruskalWallis", "ranks in Spark SQL, H on the driver",
            "org.filmlab.liblinear.linearSvm", "LIBLINEAR's objective (squared hinge, regularized bias), one-vs-rest,"
                    + " by Newton's method over Spark tree aggregates",
            "org.filmlab.weka.randomOversampling", "Spark sampling with replacement",
            "org.filmlab.weka.noResampling", "no resampling",
            TWO_WAY_ANOVA, "FilmLab's own two-way ANOVA (Type II), on the driver, on the films' values Spark read");


    /** The Spark-capable choice for each kind of step that needs an algorithm. */
    static final Map<String, String> ALTERNATIVES = Map.of(
            "reduce", "org.filmlab.weka.pca",
            "cluster", "org.filmlab.commonsmath.kmeans",
            "test", "org.filmlab.stats.kruskalWallis",
            "classify", "org.filmlab.liblinear.linearSvm",
            "resample", "org.filmlab.weka.randomOversampling");

    /**
     * Kinds of step FilmLab finishes itself, in process, on the driver, from what Spark computed
     * (small: per class, per map point, or the films' values FilmLab holds for results.json).
     */
    static final Map<String, String> ON_DRIVER = Map.of(
            "classes", "the workflow's quality rule, in FilmLab, on Spark's clusters (class medians by Spark SQL)",
            "map", "FilmLab's decision maps, evaluating the model Spark trained over the grid",
            SIGMA_ONLY_MAPS, "FilmLab's σN-only maps, with the model on merged classes Spark trained",
            "nextExperiments", "FilmLab's suggestions, from the models Spark trained (the final one and the first"
                    + " repeat's folds)");

    private SparkSupport() {
    }

    /** Refuses, with every problem at once, a workflow any of whose steps Spark cannot run. */
    public static void check(String workflow, List<StepRecord> records) throws InvalidWorkflowException {
        Problems problems = new Problems();
        for (StepRecord r : records) {
            String where = userLabel(r);
            if (ON_DRIVER.containsKey(r.step()) || onDriver(r)) {
                continue;
            }
            if (!ALTERNATIVES.containsKey(r.step())) {
                problems.add(where, "the kind of step '" + r.step() + "' has no Spark implementation; remove the"
                        + " step or run the workflow in-process (without --engine spark)");
                continue;
            }
            if (!IMPLEMENTATIONS.containsKey(r.contribution())) {
                problems.add(where, r.contribution() + " has no Spark implementation; on Spark use "
                        + ALTERNATIVES.get(r.step()) + " (" + IMPLEMENTATIONS.get(ALTERNATIVES.get(r.step()))
                        + "), or run this workflow in-process (without --engine spark)");
                continue;
            }
            String resampler = resampler(r);
            if (!resampler.isEmpty() && !IMPLEMENTATIONS.containsKey(resampler)) {
                problems.add(where + ", resampler", resampler + " has no Spark implementation; on Spark use "
                        + ALTERNATIVES.get("resample") + " or org.filmlab.weka.noResampling");
            }
            if (r.contribution().equals("org.filmlab.weka.pca") && Boolean.FALSE.equals(r.params().get("standardize"))) {
                problems.add(where + ", parameter 'standardize'", "the Spark PCA works on standardized variables (the"
                        + " correlation matrix) only; set it to true or run in-process");
            }
            if (r.step().equals("test") && !String.valueOf(r.params().getOrDefault("columns", "")).isBlank()) {
                problems.add(where + ", parameter 'columns'", "on Spark, Kruskal-Wallis tests every property; leave"
                        + " 'columns' empty or run in-process");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(workflow + " on Spark", problems);
        }
    }

    /** Whether FilmLab runs the step itself, in process, once the job is done. */
    static boolean onDriver(StepRecord r) {
        return (ON_DRIVER.containsKey(r.step()) && !r.step().equals("classes")) || TWO_WAY_ANOVA.equals(r.contribution());
    }

    /** The record as it ran on Spark: the contribution's name says which Spark code stood in for it. */
    static StepRecord onSpark(StepRecord r) {
        String how = IMPLEMENTATIONS.get(r.contribution());
        if (how == null) {
            return r;
        }
        if (r.contribution().equals("org.filmlab.liblinear.linearSvm") && "logistic".equals(r.params().get("loss"))) {
            how = "LIBLINEAR's objective (logistic loss, regularized bias), one-vs-rest, by Newton's method over"
                    + " Spark tree aggregates";
        }
        return new StepRecord(r.index(), r.step(), r.stepName(), r.contribution(), r.contributionName() + " on Spark: "
                + how, r.bundle(), r.version(), r.params(), r.settings(), r.seed());
    }

    /** How messages name a step: {@code step 6 (classify: SVM (SMO))}. */
    static String userLabel(StepRecord r) {
        return "step " + (r.index() + 1) + " (" + r.step() + (r.contributionName().isEmpty() ? "" : ": "
                + r.contributionName()) + ")";
    }

    /** The resampler's id, from the record's {@code resampler} entry ("id (bundle version) {params}"). */
    static String resampler(StepRecord r) {
        Object v = r.params().get("resampler");
        if (v == null) {
            return "";
        }
        String s = v.toString();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /**
     * The job's steps: each Spark step with its resolved parameters and seed, in document order
     * (the steps FilmLab finishes itself are left out, except {@code classes}, where the job waits
     * for FilmLab's quality rule).
     */
    static ObjectNode plan(List<StepRecord> records, Dataset sample, String labels) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode spec = f.objectNode();
        ArrayNode columns = spec.putArray("columns");
        for (Column c : sample.columns()) {
            columns.addObject().put("header", c.header()).put("key", c.key());
        }
        if (!labels.isEmpty()) {
            spec.put("labels", labels);
        }
        ArrayNode steps = spec.putArray("steps");
        int classes = 0;
        for (StepRecord r : records) {
            ObjectNode s = f.objectNode().put("index", r.index()).put("seed", r.seed());
            switch (r.step()) {
                case "reduce" -> {
                    List<String> variables = reduced(r, sample);
                    int components = ((Number) r.params().getOrDefault("components", 0)).intValue();
                    s.put("kind", "reduce").put("components", components == 0 ? variables.size() : components);
                    variables.forEach(s.putArray("variables")::add);
                }
                case "cluster" -> {
                    classes = number(r.params(), "k", 3);
                    s.put("kind", "cluster").put("components", number(r.settings(), "components", 2)).put("k", classes)
                            .put("restarts", number(r.params(), "restarts", 1))
                            .put("maxIterations", number(r.params(), "maxIterations", 100));
                }
                case "classes" -> s.put("kind", "classes");
                case "test" -> {
                    if (onDriver(r)) {
                        continue;
                    }
                    s.put("kind", "kruskalWallis");
                    sample.properties().forEach(c -> s.withArray("columns").add(c.key()));
                }
                case "classify" -> {
                    s.put("kind", "classify").put("classes", classes)
                            .put("testFraction", ((Number) r.settings().get("testFraction")).doubleValue())
                            .put("folds", number(r.settings(), "folds", 5))
                            .put("repeats", number(r.settings(), "repeats", 10))
                            .put("loss", String.valueOf(r.params().getOrDefault("loss", "squaredHinge")))
                            .put("complexity", ((Number) r.params().getOrDefault("complexity", 1.0)).doubleValue())
                            .put("scaling", String.valueOf(r.params().getOrDefault("scaling", "standardize")))
                            .put("bias", ((Number) r.params().getOrDefault("bias", 1.0)).doubleValue())
                            .put("resample", resampler(r).equals("org.filmlab.weka.randomOversampling") ? "oversample"
                                    : "none")
                            .put("ratio", oversamplingRatio(r));
                    features(r, sample).forEach(s.putArray("features")::add);
                    if (classes == SIGMA_ONLY_CLASSES.length
                            && records.stream().anyMatch(x -> x.step().equals(SIGMA_ONLY_MAPS))) {
                        ArrayNode merged = s.putArray("relabelings").addArray();
                        Arrays.stream(SIGMA_ONLY_CLASSES).forEach(merged::add);
                    }
                }
                default -> {
                    continue;
                }
            }
            steps.add(s);
        }
        return spec;
    }

    /** The reduce step's variables, as FilmLab's reduce step picks them from its settings. */
    private static List<String> reduced(StepRecord r, Dataset data) {
        List<String> exclude = Arrays.stream(String.valueOf(r.settings().getOrDefault("exclude", "")).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        boolean withConditions = "conditions+properties".equals(r.settings().get("variables"));
        List<String> out = new ArrayList<>();
        for (Column c : withConditions ? data.columns() : data.properties()) {
            boolean excluded = exclude.stream().anyMatch(x -> data.column(x).map(c::equals).orElse(false));
            if (!excluded) {
                out.add(c.key());
            }
        }
        return out;
    }

    /** The classify step's features: those it names, else every condition. */
    static List<String> features(StepRecord r, Dataset data) {
        String listed = String.valueOf(r.settings().getOrDefault("features", ""));
        List<String> out = new ArrayList<>();
        if (listed.isBlank()) {
            data.conditions().forEach(c -> out.add(c.key()));
        } else {
            for (String name : listed.split(",")) {
                data.column(name.strip()).ifPresent(c -> out.add(c.key()));
            }
        }
        return out;
    }

    /** The oversampler's target ratio, from the record's {@code resampler} entry ("... {ratio=0.8}"). */
    static double oversamplingRatio(StepRecord r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[{ ,]ratio=([0-9.eE+-]+)")
                .matcher(String.valueOf(r.params().getOrDefault("resampler", "")));
        return m.find() ? Double.parseDouble(m.group(1)) : 1.0;
    }

    private static int number(Map<String, Object> values, String key, int fallback) {
        Object v = values.get(key);
        return v instanceof Number n ? n.intValue() : fallback;
    }

    /** For the README's and the report's table: every contribution Spark can run, and how. */
    public static Map<String, String> implementations() {
        return new LinkedHashMap<>(new java.util.TreeMap<>(IMPLEMENTATIONS));
    }
}
