// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ranks of the Spark Kruskal-Wallis against the textbook computation on the driver: films with
 * many ties, spread over several partitions, so that the running sum must carry the totals of the
 * partitions before each one.
 */
class KruskalWallisTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("KruskalWallisTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "7")
                // Spark would merge these few rows into one partition, leaving no partition before another.
                .config("spark.sql.adaptive.coalescePartitions.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void eachValueHasTheCountOfSmallerValuesBelowIt() {
        SplittableRandom random = new SplittableRandom(3);
        long[] count = new long[500];
        List<Row> rows = new ArrayList<>();
        for (int v = 0; v < count.length; v++) {
            count[v] = 1 + random.nextInt(40);
            rows.add(RowFactory.create(v * 0.5 - 30, count[v]));
        }
        java.util.Collections.shuffle(rows, new java.util.Random(5));
        StructType schema = new StructType().add("v", DataTypes.DoubleType).add("t", DataTypes.LongType);
        Dataset<Row> counts = spark.createDataFrame(rows, schema).repartition(5);
        Dataset<Row> below = new KruskalWallis(spark, null).below(counts);
        assertTrue(below.javaRDD().getNumPartitions() > 1, "the sorted values span several partitions");
        List<Row> out = below.orderBy("v").collectAsList();
        assertEquals(count.length, out.size());
        long expected = 0;
        for (int v = 0; v < count.length; v++) {
            assertEquals(v * 0.5 - 30, out.get(v).getDouble(0));
            assertEquals(count[v], out.get(v).getLong(1));
            assertEquals(expected, out.get(v).getLong(2), "films below value " + v);
            expected += count[v];
        }
    }

    @Test
    void hIsTheTextbookValueWithTies() throws IOException {
        int n = 3000;
        double[] x = new double[n];
        int[] c = new int[n];
        List<Row> rows = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < n; i++) {
            c[i] = 1 + random.nextInt(3);
            // Rounded to 0.1: about 150 distinct values, so most films share their value.
            x[i] = Math.round((c[i] * 0.8 + random.nextGaussian() * 3) * 10) / 10.0;
            rows.add(RowFactory.create((long) i, x[i], c[i]));
        }
        StructType schema = new StructType().add(Chain.ROW, DataTypes.LongType).add("thickness", DataTypes.DoubleType)
                .add(Chain.CLASS, DataTypes.IntegerType);
        Dataset<Row> films = spark.createDataFrame(rows, schema).repartition(4);
        JsonNode step = Protocol.JSON.readTree("{\"index\": 3, \"columns\": [\"thickness\"]}");
        StringWriter text = new StringWriter();
        Protocol quiet = new Protocol(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (JsonGenerator g = Protocol.JSON.getFactory().createGenerator(text)) {
            g.writeStartObject();
            new KruskalWallis(spark, quiet).run(films, step, n, g);
            g.writeEndObject();
        }
        JsonNode h = Protocol.JSON.readTree(text.toString()).get("rows").get(0).get("statistics").get("H");
        assertEquals(textbookH(x, c), h.asDouble(), 1e-9 * textbookH(x, c));
    }

    /** H with tie-averaged ranks from one sort, tie-corrected. */
    private static double textbookH(double[] x, int[] c) {
        int n = x.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] rankSum = new double[4];
        long[] size = new long[4];
        double ties = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && x[order[j]] == x[order[i]]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int m = i; m < j; m++) {
                rankSum[c[order[m]]] += rank;
                size[c[order[m]]]++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double squares = 0;
        for (int k = 1; k <= 3; k++) {
            squares += rankSum[k] * rankSum[k] / size[k];
        }
        double uncorrected = 12.0 / ((double) n * (n + 1)) * squares - 3.0 * (n + 1);
        return uncorrected / (1 - ties / ((double) n * n * n - n));
    }
}
