// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.SparkSession;

/**
 * FilmLab's workflow on Spark, started by the bundle {@code org.filmlab.engine.spark} in a child
 * process: {@code SparkJob --data FILE --work DIR [--master URL] [--conf K=V]..}. It reads the
 * films, tells FilmLab their columns, receives the column mapping and the steps (already validated
 * by FilmLab), runs them with MLlib and Spark SQL and writes {@code DIR/spark-result.json}, the
 * neutral results FilmLab turns into its result parts. Exit code 0 done, 2 bad input, 1 failed.
 */
public final class SparkJob {

    static final int EXIT_BAD_INPUT = 2;

    private SparkJob() {
    }

    public static void main(String[] args) {
        // Standard output is the protocol's: anything else printed there (Spark's banner) would
        // break it, so it is swapped for standard error before Spark starts.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        Protocol protocol = new Protocol(protocolOut);
        int code;
        try {
            code = run(args, protocol);
        } catch (BadInputException e) {
            protocol.send(protocol.event("error").put("badInput", true).put("message", e.getMessage()));
            code = EXIT_BAD_INPUT;
        } catch (Exception | LinkageError e) {
            e.printStackTrace();
            protocol.send(protocol.event("error").put("badInput", false).put("message", String.valueOf(e)));
            code = 1;
        }
        System.exit(code);
    }

    private static int run(String[] args, Protocol protocol) throws Exception {
        String data = null;
        String master = null;
        Path work = null;
        List<String[]> conf = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = args[i + 1];
                case "--master" -> master = args[i + 1];
                case "--work" -> work = Path.of(args[i + 1]);
                case "--conf" -> {
                    String kv = args[i + 1];
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new BadInputException("--spark-conf '" + kv + "' is not KEY=VALUE");
                    }
                    conf.add(new String[] {kv.substring(0, eq), kv.substring(eq + 1)});
                }
                default -> throw new BadInputException("unknown argument " + args[i]);
            }
        }
        if (data == null || work == null) {
            throw new BadInputException("usage: SparkJob --data FILE --work DIR [--master URL] [--conf K=V]..");
        }
        SparkSession.Builder builder = SparkSession.builder().appName("FilmLab");
        if (master != null) {
            builder.master(master);
        }
        if (master != null && master.startsWith("local")) {
            // Spark's default of 200 shuffle partitions is for clusters: on one machine every
            // iteration of the classifier would run hundreds of tiny tasks. --spark-conf overrides it.
            builder.config("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
        for (String[] kv : conf) {
            builder.config(kv[0], kv[1]);
        }
        // The results must not depend on the machine's time zone or locale.
        builder.config("spark.sql.session.timeZone", "UTC").config("spark.ui.enabled", "false");
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            protocol.send(protocol.event("started").put("spark", spark.version())
                    .put("master", spark.sparkContext().master())
                    .put("defaultParallelism", spark.sparkContext().defaultParallelism()));
            new Chain(spark, protocol, work).run(data);
        } finally {
            spark.stop();
        }
        protocol.send(protocol.event("done"));
        return 0;
    }

    /** Input the user can fix: a file, a column, a value; reported as exit code 2. */
    static final class BadInputException extends Exception {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }
    }
}
