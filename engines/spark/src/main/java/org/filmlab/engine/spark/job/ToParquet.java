// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import org.apache.spark.sql.SparkSession;

/**
 * Converts a films CSV (FilmLab's layout: '#' comment lines, a header row) to Parquet, the format
 * to use at scale: {@code ToParquet IN.csv OUT.parquet}. One file, rows in the CSV's order.
 */
public final class ToParquet {

    private ToParquet() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ToParquet IN.csv OUT.parquet");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("FilmLab CSV to Parquet").master("local[2]")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            spark.read().option("header", true).option("inferSchema", true).option("comment", "#")
                    .option("encoding", "UTF-8").csv(args[0]).coalesce(1).write().mode("overwrite").parquet(args[1]);
        } finally {
            spark.stop();
        }
    }
}
