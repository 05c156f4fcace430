// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The classifier on Spark: LIBLINEAR's objective (L2-regularized squared hinge or logistic loss,
 * one-vs-rest, standardized features, a regularized bias column), minimized for the split's model,
 * every cross-validation fold and the final model at once ({@link LinearFits}); the stratified
 * hold-out split and repeated stratified k-fold folds; minority classes oversampled in each model's
 * training rows only; macro-F1 from confusion counts aggregated by Spark.
 * <p>
 * Which film falls in which part, and how many copies oversampling makes of it, depend only on its
 * position in the file and the seed (a hash of the two orders each class; a Poisson draw seeded by
 * the two), not on how Spark partitioned the file, so the same file and seed give the same parts.
 */
final class Classification {

    private final Protocol protocol;

    Classification(Protocol protocol) {
        this.protocol = protocol;
    }

    void run(Dataset<Row> films, JsonNode step, JsonGenerator g) throws IOException {
        int index = step.get("index").asInt();
        List<String> features = Chain.strings(step.get("features"));
        int k = step.get("classes").asInt();
        double testFraction = step.get("testFraction").asDouble();
        int folds = step.get("folds").asInt();
        int repeats = step.get("repeats").asInt();
        SplittableRandom seeds = new SplittableRandom(step.get("seed").asLong());
        // Model 0 is the split's, 1 + r·folds + f fold f of repeat r, the last the final model on every film.
        int models = 2 + repeats * folds;
        long[] resampleSeeds = new long[models];
        long splitSeed = seeds.nextLong();
        resampleSeeds[0] = seeds.nextLong();
        long[] repeatSeeds = new long[repeats];
        for (int r = 0; r < repeats; r++) {
            repeatSeeds[r] = seeds.nextLong();
            for (int f = 0; f < folds; f++) {
                resampleSeeds[1 + r * folds + f] = seeds.nextLong();
            }
        }
        resampleSeeds[models - 1] = seeds.nextLong();

        protocol.progress(index, "stratified split and cross-validation folds");
        Dataset<Row> dealt = films.withColumn("_size", count(lit(1)).over(Window.partitionBy(Chain.CLASS)));
        // As FilmLab's split: round(testFraction × class size) films of each class, at least 1 of a class of 2 or more.
        dealt = dealt.withColumn("_test", col("_size").geq(2).and(position(splitSeed).leq(
                greatest(lit(1), round(col("_size").multiply(testFraction))))));
        List<org.apache.spark.sql.Column> columns = new ArrayList<>(List.of(col(Chain.ROW), col(Chain.CLASS),
                col("_test")));
        for (int r = 0; r < repeats; r++) {
            dealt = dealt.withColumn("_fold" + r, position(repeatSeeds[r]).minus(1).mod(folds));
            columns.add(col("_fold" + r));
        }
        features.forEach(f -> columns.add(col(Chain.quote(f))));
        int d = features.size();
        JavaRDD<LinearFits.Film> parts = dealt.select(columns.toArray(org.apache.spark.sql.Column[]::new)).javaRDD()
                .map(r -> {
                    double[] x = new double[d];
                    for (int j = 0; j < d; j++) {
                        x[j] = r.getDouble(3 + repeats + j);
                    }
                    boolean[] tested = new boolean[models];
                    short[] times = new short[models];
                    tested[0] = r.getBoolean(2);
                    times[0] = (short) (tested[0] ? 0 : 1);
                    for (int rep = 0; rep < repeats; rep++) {
                        int fold = r.getInt(3 + rep);
                        for (int f = 0; f < folds; f++) {
                            tested[1 + rep * folds + f] = fold == f;
                            times[1 + rep * folds + f] = (short) (fold == f ? 0 : 1);
                        }
                    }
                    times[models - 1] = 1;
                    return new LinearFits.Film(x, r.getInt(1) - 1, times, tested, r.getLong(0));
                }).persist(StorageLevel.MEMORY_AND_DISK());
        long[][] sizes = parts.treeAggregate(new long[models][k], (into, f) -> {
            for (int m = 0; m < models; m++) {
                into[m][f.cls] += f.times[m];
            }
            return into;
        }, (a, b) -> {
            for (int m = 0; m < models; m++) {
                for (int c = 0; c < k; c++) {
                    a[m][c] += b[m][c];
                }
            }
            return a;
        }, 2);
        double[][] copies = oversampling(sizes, step);
        JavaRDD<LinearFits.Film> resampled = parts.map(f -> f.resampled(copies, resampleSeeds))
                .persist(StorageLevel.MEMORY_AND_DISK());

        boolean logistic = "logistic".equals(step.path("loss").asText());
        LinearFits fits = new LinearFits(models, k, d, logistic, step.path("complexity").asDouble(1.0),
                step.path("bias").asDouble(1.0));
        protocol.progress(index, "standardization of each model's training rows");
        LinearFits.Scaling scaling = fits.scaling(resampled.treeAggregate(new LinearFits.Moments(models, d),
                LinearFits.Moments::add, LinearFits.Moments::merge, 2),
                !"none".equals(step.path("scaling").asText("standardize")));
        double[][] w = fits.fit(resampled, scaling, pass -> protocol.progress(index, "Newton pass " + pass + " over the"
                + " films: " + models + " models × " + k + " classes (" + (logistic ? "logistic" : "squared hinge")
                + " loss, LIBLINEAR's objective)"));
        double[][][] decisions = new double[models][][];
        long[] resampledRows = new long[models];
        for (int m = 0; m < models; m++) {
            boolean[] trained = new boolean[k];
            for (int c = 0; c < k; c++) {
                trained[c] = sizes[m][c] > 0;
            }
            decisions[m] = fits.decisions(w, scaling, m, trained);
        }
        long[][][] confusion = LinearFits.confusion(resampled, decisions, k);
        long[] counted = resampled.treeAggregate(new long[models], (into, f) -> {
            for (int m = 0; m < models; m++) {
                into[m] += f.times[m];
            }
            return into;
        }, (a, b) -> {
            for (int m = 0; m < models; m++) {
                a[m] += b[m];
            }
            return a;
        }, 2);
        System.arraycopy(counted, 0, resampledRows, 0, models);
        resampled.unpersist();

        int[][] splitConfusion = toInt(confusion[0]);
        int[][] cvConfusion = new int[k][k];
        double[] foldF1 = new double[folds * repeats];
        for (int i = 0; i < foldF1.length; i++) {
            int[][] c = toInt(confusion[1 + i]);
            foldF1[i] = macroF1(c);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    cvConfusion[a][b] += c[a][b];
                }
            }
        }
        long trainRows = java.util.Arrays.stream(sizes[0]).sum();

        g.writeObjectFieldStart("evaluation");
        Chain.writeStrings(g, "features", features);
        g.writeObjectFieldStart("split");
        g.writeNumberField("trainRows", trainRows);
        g.writeNumberField("trainRowsResampled", resampledRows[0]);
        g.writeNumberField("testRows", total(splitConfusion));
        writeMatrix(g, "confusion", splitConfusion);
        Map<String, Double> f1 = f1PerClass(splitConfusion);
        g.writeObjectFieldStart("f1");
        for (Map.Entry<String, Double> e : f1.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("f1Macro", macroF1(splitConfusion));
        long right = 0;
        for (int a = 0; a < k; a++) {
            right += splitConfusion[a][a];
        }
        g.writeNumberField("accuracy", total(splitConfusion) == 0 ? 0.0 : (double) right / total(splitConfusion));
        g.writeEndObject();
        g.writeObjectFieldStart("cv");
        g.writeNumberField("folds", folds);
        g.writeNumberField("repeats", repeats);
        g.writeFieldName("foldF1Macro");
        g.writeArray(foldF1, 0, foldF1.length);
        double mean = java.util.Arrays.stream(foldF1).average().orElse(0);
        double ss = java.util.Arrays.stream(foldF1).map(x -> (x - mean) * (x - mean)).sum();
        g.writeNumberField("f1MacroMean", mean);
        g.writeNumberField("f1MacroSd", foldF1.length > 1 ? Math.sqrt(ss / (foldF1.length - 1)) : 0.0);
        writeMatrix(g, "confusion", cvConfusion);
        g.writeEndObject();
        g.writeEndObject();
        g.writeFieldName("model");
        writeModel(g, decisions[models - 1], features);
        // The first repeat's fold models: FilmLab's next-experiment suggestions weigh where they disagree.
        g.writeArrayFieldStart("foldModels");
        for (int f = 0; f < folds; f++) {
            writeModel(g, decisions[1 + f], features);
        }
        g.writeEndArray();
        // Models on every film with the classes merged as FilmLab asks (the σN-only maps: classes 1 and 2
        // against 3), trained as the final model is, for the steps FilmLab finishes on the driver.
        g.writeArrayFieldStart("relabeledModels");
        for (JsonNode relabeling : step.path("relabelings")) {
            int[] to = new int[k];
            for (int c = 0; c < k; c++) {
                to[c] = relabeling.get(c).asInt();
            }
            g.writeStartObject();
            g.writeFieldName("classOf");
            g.writeArray(to, 0, k);
            g.writeFieldName("model");
            writeModel(g, relabeled(parts, to, step, resampleSeeds[models - 1], index), features);
            g.writeEndObject();
        }
        g.writeEndArray();
        parts.unpersist();
    }

    /** One model on every film, its class c relabeled to[c], oversampled and fitted as the final model. */
    private double[][] relabeled(JavaRDD<LinearFits.Film> parts, int[] to, JsonNode step, long seed, int index) {
        int k = java.util.Arrays.stream(to).max().orElse(0) + 1;
        JavaRDD<LinearFits.Film> all = parts.map(f -> new LinearFits.Film(f.x, to[f.cls], new short[] {1},
                new boolean[1], f.row));
        long[][] sizes = {new long[k]};
        for (java.util.Map.Entry<Integer, Long> e : all.map(f -> f.cls).countByValue().entrySet()) {
            sizes[0][e.getKey()] = e.getValue();
        }
        double[][] copies = oversampling(sizes, step);
        long[] seeds = {seed};
        JavaRDD<LinearFits.Film> resampled = all.map(f -> f.resampled(copies, seeds))
                .persist(StorageLevel.MEMORY_AND_DISK());
        int d = resampled.first().x.length;
        LinearFits fits = new LinearFits(1, k, d, "logistic".equals(step.path("loss").asText()),
                step.path("complexity").asDouble(1.0), step.path("bias").asDouble(1.0));
        LinearFits.Scaling scaling = fits.scaling(resampled.treeAggregate(new LinearFits.Moments(1, d),
                LinearFits.Moments::add, LinearFits.Moments::merge, 2),
                !"none".equals(step.path("scaling").asText("standardize")));
        double[][] w = fits.fit(resampled, scaling, pass -> protocol.progress(index, "Newton pass " + pass
                + ", the model on merged classes " + java.util.Arrays.toString(to)));
        resampled.unpersist();
        boolean[] trained = new boolean[k];
        for (int c = 0; c < k; c++) {
            trained[c] = sizes[0][c] > 0;
        }
        return fits.decisions(w, scaling, 0, trained);
    }

    /** 1-based position of each film in its class, in the order the seed gives. */
    private static org.apache.spark.sql.Column position(long seed) {
        return row_number().over(Window.partitionBy(Chain.CLASS).orderBy(xxhash64(col(Chain.ROW), lit(seed)),
                col(Chain.ROW)));
    }

    /**
     * Random oversampling as FilmLab's resampler sets its target: each class smaller than
     * ceil(ratio × the largest) is topped up with copies of its own rows. Per model and class, the
     * mean number of extra copies of each of its films (a Poisson draw per film; the exact count
     * reached is recorded).
     */
    private static double[][] oversampling(long[][] sizes, JsonNode step) {
        double[][] out = new double[sizes.length][sizes[0].length];
        if (!"oversample".equals(step.path("resample").asText())) {
            return out;
        }
        double ratio = step.path("ratio").asDouble(1.0);
        for (int m = 0; m < sizes.length; m++) {
            long largest = java.util.Arrays.stream(sizes[m]).max().orElse(0);
            long target = (long) Math.ceil(ratio * largest - 1e-9);
            for (int c = 0; c < sizes[m].length; c++) {
                if (sizes[m][c] > 0 && sizes[m][c] < target) {
                    out[m][c] = (double) (target - sizes[m][c]) / sizes[m][c];
                }
            }
        }
        return out;
    }

    private static int[][] toInt(long[][] counts) {
        int[][] out = new int[counts.length][counts.length];
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < counts.length; b++) {
                out[a][b] = Math.toIntExact(counts[a][b]);
            }
        }
        return out;
    }

    private static int total(int[][] confusion) {
        int n = 0;
        for (int[] row : confusion) {
            for (int x : row) {
                n += x;
            }
        }
        return n;
    }

    /** Per class present among actual or predicted rows, its F1: FilmLab's definition. */
    static Map<String, Double> f1PerClass(int[][] confusion) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < confusion.length; c++) {
            int actual = 0;
            int predicted = 0;
            for (int j = 0; j < confusion.length; j++) {
                actual += confusion[c][j];
                predicted += confusion[j][c];
            }
            if (actual == 0 && predicted == 0) {
                continue;
            }
            out.put(Integer.toString(c + 1), confusion[c][c] == 0 ? 0.0 : 2.0 * confusion[c][c] / (actual + predicted));
        }
        return out;
    }

    static double macroF1(int[][] confusion) {
        return f1PerClass(confusion).values().stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
    }

    private static void writeMatrix(JsonGenerator g, String field, int[][] m) throws IOException {
        g.writeArrayFieldStart(field);
        for (int[] row : m) {
            g.writeArray(row, 0, row.length);
        }
        g.writeEndArray();
    }

    /** A model as its linear decision functions per class in the features' own units: FilmLab evaluates them over the map grid. */
    private static void writeModel(JsonGenerator g, double[][] decisions, List<String> features) throws IOException {
        g.writeStartObject();
        Chain.writeStrings(g, "features", features);
        int d = features.size();
        g.writeArrayFieldStart("weights");
        for (double[] w : decisions) {
            g.writeArray(w, 0, d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("intercepts");
        for (double[] w : decisions) {
            g.writeNumber(w[d]);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
