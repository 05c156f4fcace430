// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.ml.feature.PCA;
import org.apache.spark.ml.feature.PCAModel;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The workflow's steps on Spark, in the order FilmLab sent them. Per-film outputs (the films'
 * values, component scores, cluster of each film) are streamed into the results file in file
 * order; everything else is a handful of numbers.
 */
final class Chain {

    /** The row's position in the file: Spark keeps a file's rows in order within and across its splits. */
    static final String ROW = "_row";
    static final String CLASS = "_class";
    private static final int SAMPLE_ROWS = 200;

    private final SparkSession spark;
    private final Protocol protocol;
    private final Path work;

    Chain(SparkSession spark, Protocol protocol, Path work) {
        this.spark = spark;
        this.protocol = protocol;
        this.work = work;
    }

    void run(String file) throws Exception {
        Dataset<Row> raw = read(file);
        JsonNode spec = protocol.ask(schema(raw));
        List<String> keys = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        columns.add(col(ROW));
        for (JsonNode c : spec.get("columns")) {
            String key = c.get("key").asText();
            keys.add(key);
            columns.add(col(quote(c.get("header").asText())).cast(DataTypes.DoubleType).as(key));
        }
        Dataset<Row> films = raw.withColumn(ROW, monotonically_increasing_id()).select(columns.toArray(Column[]::new))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long n = checkValues(films, keys, spec.get("columns"));

        String labels = spec.path("labels").asText("");
        protocol.progress(-1, "collecting the films' values for results.json");
        try (JsonGenerator g = generator("values.json")) {
            g.writeStartObject();
            g.writeNumberField("rows", n);
            writeColumns(g, raw, labels, films, keys, n);
            g.writeEndObject();
        }
        try (JsonGenerator g = generator("spark-result.json")) {
            g.writeStartObject();
            g.writeStringField("spark", spark.version());
            g.writeStringField("master", spark.sparkContext().master());
            g.writeArrayFieldStart("steps");
            Dataset<Row> current = films;
            for (JsonNode step : spec.get("steps")) {
                int index = step.get("index").asInt();
                g.writeStartObject();
                g.writeNumberField("index", index);
                switch (step.get("kind").asText()) {
                    case "reduce" -> current = reduce(current, step, g);
                    case "cluster" -> current = cluster(current, step, g);
                    case "classes" -> current = classes(current, keys, step, g);
                    case "kruskalWallis" -> new KruskalWallis(spark, protocol).run(current, step, n, g);
                    case "classify" -> new Classification(protocol).run(current, step, g);
                    default -> throw new IllegalArgumentException("no Spark implementation of " + step);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A results file of the work folder, which FilmLab reads once the job says it is complete. */
    private JsonGenerator generator(String name) throws IOException {
        OutputStream out = Files.newOutputStream(work.resolve(name));
        return Protocol.JSON.getFactory().createGenerator(out, JsonEncoding.UTF8);
    }

    private Dataset<Row> read(String file) throws SparkJob.BadInputException {
        Path p = Path.of(file);
        if (!Files.exists(p) && !file.contains("://")) {
            throw new SparkJob.BadInputException(file + ": no such file");
        }
        String name = file.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".parquet") || Files.isDirectory(p)) {
            return spark.read().parquet(file);
        }
        if (name.endsWith(".csv")) {
            return spark.read().option("header", true).option("inferSchema", true).option("comment", "#")
                    .option("encoding", "UTF-8").csv(file);
        }
        throw new SparkJob.BadInputException(file + ": the Spark engine reads CSV (comma-separated, header row, '#'"
                + " comment lines) and Parquet; convert other formats to Parquet");
    }

    /** The columns and the first rows, from which FilmLab maps the columns as it maps any file. */
    private ObjectNode schema(Dataset<Row> raw) {
        ObjectNode q = protocol.event("schema");
        ArrayNode headers = q.putArray("headers");
        ArrayNode numeric = q.putArray("numeric");
        for (StructField f : raw.schema().fields()) {
            headers.add(f.name());
            numeric.add(f.dataType() instanceof org.apache.spark.sql.types.NumericType);
        }
        ArrayNode rows = q.putArray("sample");
        for (Row r : raw.limit(SAMPLE_ROWS).collectAsList()) {
            ArrayNode a = rows.addArray();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                if (v == null) {
                    a.addNull();
                } else if (v instanceof Number x) {
                    a.add(x.doubleValue());
                } else {
                    a.add(v.toString());
                }
            }
        }
        return q;
    }

    /** Every mapped value must be a finite number: FilmLab never fills in or drops a film. */
    private long checkValues(Dataset<Row> films, List<String> keys, JsonNode columns) throws SparkJob.BadInputException {
        protocol.progress(-1, "reading and checking the films");
        List<Column> aggs = new ArrayList<>();
        aggs.add(count(org.apache.spark.sql.functions.lit(1)));
        for (String k : keys) {
            Column c = col(quote(k));
            aggs.add(sum(when(c.isNull().or(c.isNaN()).or(c.equalTo(Double.POSITIVE_INFINITY))
                    .or(c.equalTo(Double.NEGATIVE_INFINITY)), 1).otherwise(0)));
        }
        Row r = films.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
        for (int i = 0; i < keys.size(); i++) {
            long bad = r.isNullAt(i + 1) ? 0 : r.getLong(i + 1);
            if (bad > 0) {
                Row first = films.filter(col(quote(keys.get(i))).isNull().or(col(quote(keys.get(i))).isNaN()))
                        .orderBy(ROW).select(ROW).first();
                throw new SparkJob.BadInputException("column '" + columns.get(i).get("header").asText() + "': " + bad
                        + " values are empty, not numbers or not finite (the first at data row "
                        + (first.getLong(0) + 1) + " by Spark's reading order); FilmLab never fills in or drops a"
                        + " value");
            }
        }
        return r.getLong(0);
    }

    /** StandardScaler (mean 0, sd with n − 1) then PCA: the PCA of the correlation matrix. */
    private Dataset<Row> reduce(Dataset<Row> films, JsonNode step, JsonGenerator g) throws IOException {
        int index = step.get("index").asInt();
        protocol.progress(index, "PCA (MLlib StandardScaler and PCA)");
        List<String> variables = strings(step.get("variables"));
        int k = step.get("components").asInt();
        Dataset<Row> assembled = new VectorAssembler().setInputCols(variables.toArray(String[]::new))
                .setOutputCol("_x").transform(films);
        Dataset<Row> z = new StandardScaler().setWithMean(true).setWithStd(true).setInputCol("_x").setOutputCol("_z")
                .fit(assembled).transform(assembled);
        PCAModel pca = new PCA().setK(k).setInputCol("_z").setOutputCol("_pc").fit(z);
        int p = variables.size();
        DenseMatrix pc = pca.pc();
        double[] explained = pca.explainedVariance().toArray();
        // As FilmLab's PCA: loadings are correlations (eigenvector × √eigenvalue; the eigenvalues of a
        // correlation matrix sum to the number of variables), each component turned so that its
        // largest absolute loading is positive.
        double[][] loadings = new double[p][k];
        double[] sign = new double[k];
        for (int c = 0; c < k; c++) {
            double lambda = explained[c] * p;
            int largest = 0;
            for (int a = 0; a < p; a++) {
                loadings[a][c] = pc.apply(a, c) * Math.sqrt(lambda);
                if (Math.abs(loadings[a][c]) > Math.abs(loadings[largest][c])) {
                    largest = a;
                }
            }
            sign[c] = loadings[largest][c] < 0 ? -1 : 1;
            for (int a = 0; a < p; a++) {
                loadings[a][c] *= sign[c];
            }
        }
        Dataset<Row> scored = pca.transform(z).select(col(ROW), col("_pc")).persist(StorageLevel.MEMORY_AND_DISK());
        g.writeObjectFieldStart("reduction");
        writeStrings(g, "variables", variables);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("PC" + (c + 1));
        }
        writeStrings(g, "components", names);
        g.writeArrayFieldStart("scores");
        Iterator<Row> it = scored.orderBy(ROW).toLocalIterator();
        while (it.hasNext()) {
            double[] v = ((Vector) it.next().get(1)).toArray();
            g.writeStartArray();
            for (int c = 0; c < k; c++) {
                g.writeNumber(sign[c] * v[c]);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("loadings");
        for (double[] row : loadings) {
            g.writeArray(row, 0, row.length);
        }
        g.writeEndArray();
        g.writeFieldName("explainedVariance");
        g.writeArray(explained, 0, k);
        g.writeEndObject();
        Column[] flipped = new Column[k];
        for (int c = 0; c < k; c++) {
            flipped[c] = org.apache.spark.sql.functions.lit(sign[c]).multiply(
                    org.apache.spark.ml.functions.vector_to_array(col("_pc"), "float64").getItem(c)).as("PC" + (c + 1));
        }
        Dataset<Row> withScores = scored.select(col(ROW), org.apache.spark.sql.functions.array(flipped).as("_scores"));
        return films.join(withScores, ROW).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * K-means (k-means|| starts, seeded) on the leading components; "restarts" fits from derived
     * seeds, the lowest within-cluster sum of squares kept, as the in-process clusterers do.
     */
    private Dataset<Row> cluster(Dataset<Row> films, JsonNode step, JsonGenerator g) throws IOException {
        int index = step.get("index").asInt();
        int components = step.get("components").asInt();
        int k = step.get("k").asInt();
        int restarts = Math.max(1, step.path("restarts").asInt(1));
        long seed = step.get("seed").asLong();
        Column[] leading = new Column[components];
        for (int c = 0; c < components; c++) {
            leading[c] = col("_scores").getItem(c);
        }
        Dataset<Row> points = films.withColumn("_pts", org.apache.spark.ml.functions.array_to_vector(
                org.apache.spark.sql.functions.array(leading))).persist(StorageLevel.MEMORY_AND_DISK());
        KMeansModel best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(seed);
        for (int r = 0; r < restarts; r++) {
            protocol.progress(index, "K-means (MLlib, k-means||), start " + (r + 1) + " of " + restarts);
            KMeansModel m = new KMeans().setK(k).setSeed(seeds.nextLong()).setInitMode("k-means||")
                    .setMaxIter(step.path("maxIterations").asInt(100)).setTol(0.0).setFeaturesCol("_pts")
                    .setPredictionCol("_cluster").fit(points);
            double cost = m.summary().trainingCost();
            if (cost < bestCost) {
                bestCost = cost;
                best = m;
            }
        }
        Dataset<Row> assigned = best.transform(points).drop("_pts").persist(StorageLevel.MEMORY_AND_DISK());
        points.unpersist();
        g.writeNumberField("components", components);
        // The clusters go to a file of their own: FilmLab's quality rule reads them before the job goes on.
        try (JsonGenerator c = generator("clusters-" + index + ".json")) {
            c.writeStartObject();
            c.writeNumberField("withinSumOfSquares", bestCost);
            c.writeArrayFieldStart("centers");
            for (Vector center : best.clusterCenters()) {
                c.writeArray(center.toArray(), 0, center.size());
            }
            c.writeEndArray();
            c.writeArrayFieldStart("assignment");
            Iterator<Row> it = assigned.select(ROW, "_cluster").orderBy(ROW).toLocalIterator();
            while (it.hasNext()) {
                c.writeNumber(it.next().getInt(1));
            }
            c.writeEndArray();
            c.writeEndObject();
        }
        return assigned;
    }

    /**
     * Classes by FilmLab's quality rule, which runs in FilmLab on the clusters (it is a contribution
     * of its own bundle); the class sizes and exact medians per class are computed here.
     */
    private Dataset<Row> classes(Dataset<Row> films, List<String> keys, JsonNode step, JsonGenerator g)
            throws IOException {
        int index = step.get("index").asInt();
        JsonNode answer = protocol.ask(protocol.event("clusters").put("step", index));
        JsonNode classOf = answer.get("classOfCluster");
        Column cls = null;
        for (int c = 0; c < classOf.size(); c++) {
            cls = (cls == null ? when(col("_cluster").equalTo(c), classOf.get(c).asInt())
                    : cls.when(col("_cluster").equalTo(c), classOf.get(c).asInt()));
        }
        Dataset<Row> classed = films.withColumn(CLASS, cls).persist(StorageLevel.MEMORY_AND_DISK());
        protocol.progress(index, "class sizes and exact medians (Spark SQL percentile)");
        List<Column> aggs = new ArrayList<>();
        for (String k : keys) {
            aggs.add(org.apache.spark.sql.functions.expr("percentile(" + quote(k) + ", 0.5)").as(k));
        }
        List<Row> rows = classed.groupBy(CLASS).agg(count(org.apache.spark.sql.functions.lit(1)).as("_n"),
                aggs.toArray(Column[]::new)).orderBy(CLASS).collectAsList();
        int classes = classOf.size();
        long[] sizes = new long[classes];
        double[][] medians = new double[keys.size()][classes];
        for (Row r : rows) {
            int c = r.getInt(0) - 1;
            sizes[c] = r.getLong(1);
            for (int j = 0; j < keys.size(); j++) {
                medians[j][c] = r.getDouble(2 + j);
            }
        }
        g.writeFieldName("sizes");
        g.writeArray(sizes, 0, classes);
        g.writeObjectFieldStart("medians");
        for (int j = 0; j < keys.size(); j++) {
            g.writeFieldName(keys.get(j));
            g.writeArray(medians[j], 0, classes);
        }
        g.writeEndObject();
        return classed;
    }

    private void writeColumns(JsonGenerator g, Dataset<Row> raw, String labels, Dataset<Row> films, List<String> keys,
            long n) throws IOException {
        if (!labels.isEmpty()) {
            // The films' names, for the report's tables: read apart, in file order like the values.
            g.writeArrayFieldStart("labels");
            Iterator<Row> names = raw.withColumn(ROW, monotonically_increasing_id()).orderBy(ROW)
                    .select(col(quote(labels)).cast("string")).toLocalIterator();
            while (names.hasNext()) {
                Row r = names.next();
                g.writeString(r.isNullAt(0) ? "" : r.getString(0));
            }
            g.writeEndArray();
        }
        // One pass in file order; each column is held as a double[] of every film on this driver
        // (8 bytes a value, allocated once: n is known), for results.json, whose format keeps every
        // film's values.
        int rows = Math.toIntExact(n);
        double[][] values = new double[keys.size()][rows];
        Iterator<Row> it = films.orderBy(ROW).select(keys.stream().map(k -> col(quote(k))).toArray(Column[]::new))
                .toLocalIterator();
        int i = 0;
        while (it.hasNext()) {
            Row r = it.next();
            for (int j = 0; j < keys.size(); j++) {
                values[j][i] = r.getDouble(j);
            }
            i++;
        }
        if (i != rows) {
            throw new IllegalStateException(rows + " films were counted but " + i + " were read");
        }
        g.writeObjectFieldStart("values");
        for (int j = 0; j < keys.size(); j++) {
            g.writeFieldName(keys.get(j));
            g.writeArray(values[j], 0, rows);
        }
        g.writeEndObject();
    }

    static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** A column name as Spark SQL reads it whatever it holds (spaces, parentheses, dots). */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
