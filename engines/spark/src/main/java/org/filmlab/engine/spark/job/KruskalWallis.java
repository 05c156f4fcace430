// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.math3.special.Gamma;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kruskal-Wallis H per property across the classes: tie-averaged ranks and their sums per class in
 * Spark SQL, H (tie-corrected), p and ε² finished on the driver from k rank sums.
 * <p>
 * The rank of a value is the number of smaller values plus the mean position among its ties, so
 * the films are first counted per (value, class), then per value, and a running sum over the
 * distinct values in order gives how many are smaller. The running sum is not a SQL window (one
 * without a partition moves every distinct value, n of a continuous property, into one task): the
 * distinct values are sorted (range-partitioned, in parallel), each partition's total is collected,
 * and each partition adds the totals of those before it ({@link #below}): two passes, no single task.
 */
final class KruskalWallis {

    private final SparkSession spark;
    private final Protocol protocol;

    KruskalWallis(SparkSession spark, Protocol protocol) {
        this.spark = spark;
        this.protocol = protocol;
    }

    /**
     * Each distinct value (v) with its count (t) and how many films have a smaller value (below):
     * the running sum of t in the order of v, computed per partition of the sorted values with the
     * totals of the partitions before added.
     */
    Dataset<Row> below(Dataset<Row> counts) {
        JavaRDD<Row> sorted = counts.orderBy("v").javaRDD().persist(StorageLevel.MEMORY_AND_DISK());
        List<Long> totals = sorted.mapPartitions(KruskalWallis::total).collect();
        long[] before = new long[totals.size()];
        for (int i = 1; i < before.length; i++) {
            before[i] = before[i - 1] + totals.get(i - 1);
        }
        JavaRDD<Row> ranked = sorted.mapPartitionsWithIndex((i, rows) -> running(rows, before[i]), true);
        StructType schema = new StructType().add("v", DataTypes.DoubleType, false).add("t", DataTypes.LongType, false)
                .add("below", DataTypes.LongType, false);
        Dataset<Row> out = spark.createDataFrame(ranked, schema).persist(StorageLevel.MEMORY_AND_DISK());
        out.count();
        sorted.unpersist();
        return out;
    }

    private static Iterator<Long> total(Iterator<Row> rows) {
        long sum = 0;
        while (rows.hasNext()) {
            sum += rows.next().getLong(1);
        }
        return List.of(sum).iterator();
    }

    private static Iterator<Row> running(Iterator<Row> rows, long start) {
        return new Iterator<>() {
            private long below = start;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                long t = r.getLong(1);
                Row out = RowFactory.create(r.getDouble(0), t, below);
                below += t;
                return out;
            }
        };
    }

    void run(Dataset<Row> films, JsonNode step, long n, JsonGenerator g) throws IOException {
        int index = step.get("index").asInt();
        films.createOrReplaceTempView("films");
        List<String> notes = new ArrayList<>();
        notes.add("H is corrected for ties (divided by 1 − Σ(t³ − t)/(n³ − n)); p from the chi-squared"
                + " distribution with df = classes compared − 1; ε² (epsilonSquared) = H/(n − 1)");
        notes.add("ranks and rank sums per class computed by Spark SQL; H finished on the driver");
        g.writeArrayFieldStart("rows");
        for (String key : Chain.strings(step.get("columns"))) {
            protocol.progress(index, "Kruskal-Wallis on " + key + " (Spark SQL ranks)");
            String v = Chain.quote(key);
            Dataset<Row> perClass = spark.sql("SELECT " + v + " AS v, " + Chain.CLASS + " AS c, count(*) AS m FROM films"
                    + " GROUP BY " + v + ", " + Chain.CLASS).persist(StorageLevel.MEMORY_AND_DISK());
            perClass.createOrReplaceTempView("pc");
            Dataset<Row> ranked = below(spark.sql("SELECT v, sum(m) AS t FROM pc GROUP BY v"));
            ranked.createOrReplaceTempView("ranked");
            // Σ(t³ − t) in doubles: t³ of a value shared by 2.1 million films would overflow a long.
            List<Row> groups = spark.sql("SELECT pc.c, sum(pc.m) AS n, sum(pc.m * (ranked.below + (ranked.t + 1) / 2.0))"
                    + " AS rankSum, first(ties.s) AS ties FROM pc JOIN ranked ON pc.v = ranked.v"
                    + " CROSS JOIN (SELECT sum(CAST(t AS DOUBLE) * t * t - t) AS s FROM ranked) ties GROUP BY pc.c ORDER BY pc.c")
                    .collectAsList();
            perClass.unpersist();
            ranked.unpersist();
            double tieSum = groups.isEmpty() ? 0 : ((Number) groups.get(0).get(3)).doubleValue();
            double tieCorrection = 1 - tieSum / ((double) n * n * n - n);
            if (groups.size() < 2) {
                notes.add(key + " not tested: fewer than 2 classes have films");
                continue;
            }
            if (tieCorrection <= 0) {
                notes.add(key + " not tested: every film has the same value, so ranks cannot differ between classes"
                        + " and H is undefined");
                continue;
            }
            double weightedSquares = 0;
            for (Row r : groups) {
                double rankSum = ((Number) r.get(2)).doubleValue();
                weightedSquares += rankSum * rankSum / r.getLong(1);
            }
            double uncorrected = 12.0 / ((double) n * (n + 1)) * weightedSquares - 3.0 * (n + 1);
            double h = Math.max(0, uncorrected / tieCorrection);
            int df = groups.size() - 1;
            g.writeStartObject();
            g.writeStringField("term", key);
            g.writeObjectFieldStart("statistics");
            g.writeNumberField("H", h);
            g.writeNumberField("df", (double) df);
            // The chi-squared survival function, P(X > h) = Q(df/2, h/2), without 1 − cdf's cancellation.
            g.writeNumberField("p", h == 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2.0, h / 2.0));
            g.writeNumberField("epsilonSquared", h / (n - 1));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        Chain.writeStrings(g, "notes", notes);
    }
}
