// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.special.Gamma;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kruskal-Wallis H per property across the classes: tie-averaged ranks and their sums per class in
 * Spark SQL, H (tie-corrected), p and ε² finished on the driver from k rank sums.
 * <p>
 * The rank of a value is the number of smaller values plus the mean position among its ties, so
 * the films are first counted per (value, class), then per value, and a running sum over the
 * distinct values in order gives how many are smaller. That running sum is a window without a
 * partition: Spark moves the distinct values of the column into one task (see docs/scaling.md).
 */
final class KruskalWallis {

    private final SparkSession spark;
    private final Protocol protocol;

    KruskalWallis(SparkSession spark, Protocol protocol) {
        this.spark = spark;
        this.protocol = protocol;
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
            String sql = "WITH pc AS (SELECT " + v + " AS v, " + Chain.CLASS + " AS c, count(*) AS m FROM films GROUP BY "
                    + v + ", " + Chain.CLASS + "),"
                    + " pv AS (SELECT v, sum(m) AS t FROM pc GROUP BY v),"
                    + " ranked AS (SELECT v, t, sum(t) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
                    + " - t AS below FROM pv)"
                    + " SELECT pc.c, sum(pc.m) AS n, sum(pc.m * (ranked.below + (ranked.t + 1) / 2.0)) AS rankSum,"
                    + " first(ties.s) AS ties FROM pc JOIN ranked ON pc.v = ranked.v"
                    + " CROSS JOIN (SELECT sum(t * t * t - t) AS s FROM pv) ties GROUP BY pc.c ORDER BY pc.c";
            List<Row> groups = spark.sql(sql).collectAsList();
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
