// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.plugins.PluginException;

/**
 * Checks newly installed bundles the way a user will meet them: the product is started afresh, in a
 * separate process, from its own configuration (so the new bundles.info is what is read), and runs
 * {@code filmlab plugins verify --bundles ...} ({@link ContributionChecks}). A plug-in that throws,
 * hangs or exits while loading takes down only that process; the install is then undone.
 */
final class Verification {

    /** A fresh start and the checks take a few seconds; a plug-in that needs more is hanging. */
    private static final long TIMEOUT_SECONDS = 120;

    private Verification() {
    }

    /** @return the checks' report, one line per check (the verify command's output) */
    static List<String> inFreshStart(Path product, List<String> bundles, IProgressMonitor monitor)
            throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, "Checking the installed plug-in in a fresh start", 1);
        Path launcher = launcher(product);
        Path work = null;
        try {
            work = Files.createTempDirectory("filmlab-verify-");
            Path configuration = work.resolve("configuration");
            copy(product.resolve("configuration"), configuration);
            // The report is the command's standard output; standard error has the product's own start-up
            // messages (logging bridges, SPI Fly in the desktop product), worth reading only on a failure.
            Path log = work.resolve("output.txt");
            Path errors = work.resolve("errors.txt");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Djava.awt.headless=true", "-Dosgi.install.area=" + product, "-jar",
                    launcher.toString(), "-nosplash", "-configuration", configuration.toString(), "-data", "@none",
                    "-application", "org.filmlab.headless.application", "plugins", "verify", "--bundles",
                    String.join(",", bundles)));
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (progress.isCanceled()) {
                    process.destroyForcibly();
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new PluginException("the product did not finish starting with the new plug-in within "
                            + TIMEOUT_SECONDS + " s (a plug-in that hangs while loading?); nothing was installed");
                }
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new PluginException("the new plug-in failed FilmLab's checks in a fresh start of the product;"
                        + " nothing was installed:\n" + (output.strip() + "\n"
                                + Files.readString(errors, StandardCharsets.UTF_8).strip()).strip());
            }
            return output.strip().lines().toList();
        } catch (IOException e) {
            throw new PluginException("cannot start the product to check the new plug-in: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            Folders.deleteTemporary(work);
        }
    }

    private static Path launcher(Path product) throws PluginException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(product.resolve("plugins"),
                "org.eclipse.equinox.launcher_*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            // Reported below.
        }
        throw new PluginException(product + " has no launcher jar (plugins/org.eclipse.equinox.launcher_*.jar)");
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
