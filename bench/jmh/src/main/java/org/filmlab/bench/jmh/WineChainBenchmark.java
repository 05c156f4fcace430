// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The whole chain in one warm JVM: bench/jmh/wine-chain.json (the default workflow's steps, PCA →
 * K-means → classes → Kruskal-Wallis → SMO with 10 × 5-fold CV → decision maps, on the 178 × 13
 * wine data) through the WorkflowEngine of the built headless product, with its contributions
 * found in the real extension registry. Each invocation is one run from the CSV file to the
 * results; single-shot, because a run is long enough to time alone and the peer (bench/peers/
 * wine_inprocess.py) times its runs the same way.
 * <p>
 * The JMH fork starts the product's OSGi framework (EclipseStarter, with the product's
 * config.ini and a private copy of its configuration), installs this jar as a bundle and runs its
 * {@code WineChain}. Paths come from system properties, by default relative to the repository
 * root, where bench/jmh/run starts JMH: {@code filmlab.product}, {@code filmlab.workflow},
 * {@code filmlab.data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 15)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class WineChainBenchmark {

    private static final String PRODUCT = "releng/org.filmlab.repository/target/products/org.filmlab.headless.product/linux/gtk/x86_64";

    private Path configuration;
    private Callable<Object> chain;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void startFramework() throws Exception {
        Path product = Path.of(System.getProperty("filmlab.product", PRODUCT)).toAbsolutePath();
        Path workflow = Path.of(System.getProperty("filmlab.workflow", "bench/jmh/wine-chain.json")).toAbsolutePath();
        Path data = Path.of(System.getProperty("filmlab.data", "bundles/org.filmlab.headless.tests/fixtures/wine.csv"))
                .toAbsolutePath();
        configuration = Files.createTempDirectory("filmlab-jmh-configuration");
        copy(product.resolve("configuration"), configuration);

        Map<String, String> props = new HashMap<>();
        Properties ini = new Properties();
        try (InputStream in = Files.newInputStream(configuration.resolve("config.ini"))) {
            ini.load(in);
        }
        ini.stringPropertyNames().forEach(k -> props.put(k, ini.getProperty(k)));
        // The launcher resolves this against the install area; here the framework jar is already loaded.
        props.remove("osgi.framework");
        props.put("osgi.install.area", product.toUri().toString());
        props.put("osgi.configuration.area", configuration.toUri().toString());
        props.put("osgi.instance.area", "@none");
        // The framework only: the benchmark, not an application, decides what runs.
        props.put("eclipse.ignoreApp", "true");
        props.put("osgi.noShutdown", "true");
        EclipseStarter.setInitialProperties(props);
        BundleContext context = EclipseStarter.startup(new String[0], null);

        String jar = WineChainBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toString();
        Bundle driver = context.installBundle("reference:" + jar);
        Class<?> type = driver.loadClass("org.filmlab.bench.jmh.internal.WineChain");
        chain = (Callable<Object>) type.getConstructor(Path.class, Path.class).newInstance(workflow, data);
    }

    @Benchmark
    public Object wineChain() throws Exception {
        return chain.call();
    }

    @TearDown(Level.Trial)
    public void stopFramework() throws Exception {
        EclipseStarter.shutdown();
        try (Stream<Path> files = Files.walk(configuration)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
