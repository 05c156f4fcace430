// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.filmlab.core.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobLauncherTest {

    @TempDir
    Path dir;

    private Path job() throws IOException {
        Files.writeString(dir.resolve(JobLauncher.JAR), "");
        Files.writeString(dir.resolve("jvm-options.txt"), "--add-opens=java.base/java.lang=ALL-UNNAMED\n");
        return dir;
    }

    @Test
    void locallyTheJobRunsInItsOwnJvmWithTheMasterAndTheDriverMemoryAsHeap() throws Exception {
        Path java = dir.resolve("java");
        Files.writeString(java, "");
        java.toFile().setExecutable(true);
        List<String> cmd = JobLauncher.command(Map.of("FILMLAB_SPARK_JOB", job().toString(), "FILMLAB_SPARK_JAVA",
                java.toString(), "SPARK_HOME", "/opt/spark"), Path.of("/d/films.parquet"), Path.of("/w"), "local[2]",
                List.of("spark.driver.memory=6g"));
        assertEquals(java.toString(), cmd.get(0));
        assertTrue(cmd.contains("--add-opens=java.base/java.lang=ALL-UNNAMED") && cmd.contains("-Xmx6g"), cmd.toString());
        assertEquals("local[2]", cmd.get(cmd.indexOf("--master") + 1));
        assertEquals(List.of("--data", "/d/films.parquet", "--work", "/w"), cmd.subList(cmd.size() - 4, cmd.size()));
    }

    @Test
    void onAClusterWithSparkHomeSparkSubmitStartsIt() throws Exception {
        List<String> cmd = JobLauncher.command(Map.of("FILMLAB_SPARK_JOB", job().toString(), "SPARK_HOME", "/opt/spark"),
                Path.of("hdfs:/films"), Path.of("/w"), "yarn", List.of("spark.executor.instances=50"));
        assertEquals(List.of("/opt/spark/bin/spark-submit", "--master", "yarn", "--deploy-mode", "client", "--class",
                JobLauncher.MAIN, "--conf", "spark.executor.instances=50", dir.resolve(JobLauncher.JAR).toString()),
                cmd.subList(0, 10));
    }

    @Test
    void aMissingJobSaysHowToBuildIt() {
        InputException e = assertThrows(InputException.class, () -> JobLauncher.command(Map.of(), Path.of("f.csv"),
                dir, "", List.of()));
        assertTrue(e.getMessage().contains("the Spark job is not built") && e.getMessage().contains("./mvnw"),
                e.getMessage());
    }

    @Test
    void theOneVsRestModelPredictsTheLargestDecisionValue() {
        LinearDecisions m = new LinearDecisions(new double[][] {{1, 0}, {0, 1}, {-1, -1}}, new double[] {0, 0, 0.5});
        assertEquals(0, m.predict(new double[] {2, 1}).label());
        assertEquals(1, m.predict(new double[] {1, 2}).label());
        assertEquals(2, m.predict(new double[] {-1, -1}).label());
        double sum = 0;
        for (double p : m.predict(new double[] {2, 1}).distribution()) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-12);
    }
}
