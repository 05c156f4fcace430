// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.filmlab.core.data.InputException;

/**
 * The command line of the Spark job's child process. With {@code SPARK_HOME} set and a cluster
 * master, Spark's own {@code spark-submit} starts it (the cluster provides Spark); otherwise a JVM
 * of its own runs it with the job's classpath folder ({@code engines/spark/target}) and the master
 * is passed to the SparkSession builder.
 * <p>
 * Spark 3.5 runs on Java 17 (and 21); Hadoop's UserGroupInformation, which Spark calls at start,
 * fails on Java 23 and later (Subject.getSubject), so the child does not use FilmLab's own JVM:
 * {@code FILMLAB_SPARK_JAVA} (a JDK folder or its java) picks one, else a JDK 17 or 21 installed
 * under {@code /usr/lib/jvm}.
 */
public final class JobLauncher {

    static final String MAIN = "org.filmlab.engine.spark.job.SparkJob";
    static final String JAR = "filmlab-spark-job.jar";
    private static final Path JVMS = Path.of("/usr/lib/jvm");
    private static final Pattern MEMORY = Pattern.compile("spark\\.driver\\.memory=(\\d+[kKmMgGtT]?)");

    private JobLauncher() {
    }

    /**
     * @param env the environment ({@code FILMLAB_SPARK_JOB}, {@code FILMLAB_SPARK_JAVA}, {@code SPARK_HOME})
     * @param master the master URL, or empty for {@code local[*]}
     * @param conf {@code K=V} Spark properties, in the order given
     */
    public static List<String> command(Map<String, String> env, Path data, Path work, String master, List<String> conf)
            throws InputException {
        Path job = jobFolder(env);
        String m = master.isEmpty() ? "local[*]" : master;
        List<String> cmd = new ArrayList<>();
        String sparkHome = env.getOrDefault("SPARK_HOME", "");
        if (!sparkHome.isEmpty() && !m.startsWith("local")) {
            cmd.add(Path.of(sparkHome, "bin", "spark-submit").toString());
            cmd.addAll(List.of("--master", m, "--deploy-mode", "client", "--class", MAIN));
            for (String kv : conf) {
                cmd.addAll(List.of("--conf", kv));
            }
            cmd.add(job.resolve(JAR).toString());
        } else {
            cmd.add(java(env).toString());
            cmd.addAll(jvmOptions(job));
            // In local mode the driver's heap is the executors' too: spark.driver.memory sets it.
            String heap = "3g";
            for (String kv : conf) {
                Matcher mm = MEMORY.matcher(kv);
                if (mm.matches()) {
                    heap = mm.group(1);
                }
            }
            cmd.add("-Xmx" + heap);
            cmd.addAll(List.of("-cp", job.resolve(JAR) + java.io.File.pathSeparator + job.resolve("lib") + "/*", MAIN));
            cmd.addAll(List.of("--master", m));
            for (String kv : conf) {
                cmd.addAll(List.of("--conf", kv));
            }
        }
        cmd.addAll(List.of("--data", data.toString(), "--work", work.toString()));
        return cmd;
    }

    private static Path jobFolder(Map<String, String> env) throws InputException {
        String where = env.getOrDefault("FILMLAB_SPARK_JOB", "");
        if (where.isEmpty() || !Files.isRegularFile(Path.of(where, JAR))) {
            throw InputException.inParameter("--engine", "the Spark job is not built"
                    + (where.isEmpty() ? "" : " (no " + Path.of(where, JAR) + ")")
                    + ": build it with ./mvnw -B verify (module engines/spark), or set FILMLAB_SPARK_JOB to the folder"
                    + " holding " + JAR + " and lib/");
        }
        return Path.of(where);
    }

    private static List<String> jvmOptions(Path job) throws InputException {
        try {
            return List.of(Files.readString(job.resolve("jvm-options.txt")).strip().split("\\s+"));
        } catch (IOException e) {
            throw InputException.inParameter("--engine", "the Spark job's " + job.resolve("jvm-options.txt")
                    + " cannot be read (" + e.getMessage() + "); rebuild it with ./mvnw -B verify");
        }
    }

    /** The java that runs the job: Spark 3.5 wants Java 17 or 21. */
    static Path java(Map<String, String> env) throws InputException {
        String chosen = env.getOrDefault("FILMLAB_SPARK_JAVA", "");
        if (!chosen.isEmpty()) {
            Path p = Path.of(chosen);
            Path java = Files.isDirectory(p) ? p.resolve("bin/java") : p;
            if (!Files.isExecutable(java)) {
                throw InputException.inParameter("FILMLAB_SPARK_JAVA", chosen + " is neither a JDK folder nor a java"
                        + " executable");
            }
            return java;
        }
        for (String version : List.of("17", "21")) {
            Optional<Path> jdk = installed(version);
            if (jdk.isPresent()) {
                return jdk.get().resolve("bin/java");
            }
        }
        throw InputException.inParameter("--engine", "Spark 3.5 needs Java 17 or 21 (Hadoop fails on Java 23 and"
                + " later) and none was found under " + JVMS + "; install one or set FILMLAB_SPARK_JAVA to a JDK 17"
                + " or 21");
    }

    private static Optional<Path> installed(String version) {
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(JVMS)) {
            return all.filter(p -> Files.isExecutable(p.resolve("bin/java")) && !Files.isSymbolicLink(p))
                    .filter(p -> releaseVersion(p).equals(version)).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The major version a JDK's {@code release} file states ({@code JAVA_VERSION="17.0.15"} → 17). */
    private static String releaseVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    int dot = v.indexOf('.');
                    return dot < 0 ? v : v.substring(0, dot);
                }
            }
        } catch (IOException e) {
            // no release file: not a JDK this launcher can vouch for
        }
        return "";
    }
}
