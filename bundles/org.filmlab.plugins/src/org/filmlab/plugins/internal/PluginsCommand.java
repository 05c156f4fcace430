// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.plugins.InstallOutcome;
import org.filmlab.plugins.InstalledPlugin;
import org.filmlab.plugins.PluginException;
import org.filmlab.plugins.PluginManager;
import org.filmlab.plugins.PluginProjectGenerator;

/**
 * {@code filmlab plugins new|install|list|remove|verify}: the command line over
 * {@link PluginProjectGenerator}, {@link PluginManager} and {@link ContributionChecks}. Exit codes
 * as the rest of {@code filmlab}: 0 done, 2 refused (bad input, a missing requirement, unsigned
 * content without consent), 1 a failure (a plug-in that fails its checks, an I/O error).
 */
public final class PluginsCommand {


    static final String HELP = """
            usage: filmlab plugins new ID --dir DIR [--filmlab-repository DIR]
                   filmlab plugins install SOURCE [--trust-unsigned] [--product desktop|headless|DIR]
                   filmlab plugins list [--product desktop|headless|DIR]
                   filmlab plugins remove ID [--product desktop|headless|DIR]
                   filmlab plugins verify

              new      writes a plug-in project into DIR: a bundle with an example clusterer and a workflow,
                       its tests on FilmLab's contract kit, a feature and a p2 repository module. Build it
                       with `cd DIR && ./mvnw -B verify`; it builds against this FilmLab's p2 repository.
              install  installs a plug-in into this product through p2: SOURCE is a plug-in project folder
                       (its built repository), a p2 repository folder or a zipped one. Requirements are
                       resolved against the product (what is missing is named); unsigned jars need
                       --trust-unsigned; the new bundles are checked in a fresh start of the product by
                       FilmLab's contract kit before the install counts. All or nothing.
              list     lists the plug-ins installed with `install`.
              remove   removes a plug-in (by its id, or its feature's) and what only it needed.
              verify   checks every installed plug-in's contributions with the contract kit.

              --product  the product to change: this one (the default), the desktop or headless product
                         beside it in FilmLab's build, or a product folder. The desktop's Help › Install
                         New Software… does the same.
            """;

    private PluginsCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            out.print(HELP);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "new" -> generate(rest, out);
                case "install" -> install(rest, out);
                case "list" -> list(rest, out);
                case "remove" -> remove(rest, out);
                case "verify" -> verify(rest, out);
                default -> {
                    err.println("filmlab plugins: unknown command '" + args[0] + "'");
                    err.print(HELP);
                    yield 2;
                }
            };
        } catch (PluginException e) {
            err.println("filmlab plugins: " + e.getMessage());
            for (Throwable s : e.getSuppressed()) {
                err.println("filmlab plugins: " + s.getMessage());
            }
            return 2;
        } catch (OperationCanceledException e) {
            err.println("filmlab plugins: cancelled; the product is as it was");
            return 1;
        }
    }

    private static int generate(String[] args, PrintStream out) throws PluginException {
        Options o = new Options(args, List.of("--dir", "--filmlab-repository"), List.of());
        String id = o.single("ID");
        Path dir = Path.of(o.required("--dir"));
        Installation here = Installation.running();
        Path repository = FilmLabRepository.locate(here.product(), o.value("--filmlab-repository"));
        List<Path> files = new PluginProjectGenerator().generate(id, dir, repository.toUri());
        out.println("Wrote the plug-in project " + id + " into " + dir.toAbsolutePath().normalize() + " ("
                + files.size() + " files); it builds against FilmLab's p2 repository " + repository + ".");
        out.println();
        out.println("  cd " + dir + " && ./mvnw -B verify               # build and test it");
        out.println("  filmlab plugins install " + dir + " --trust-unsigned   # install it into FilmLab");
        out.println("  filmlab run --workflow " + id + ".workflow");
        return 0;
    }

    private static int install(String[] args, PrintStream out) throws PluginException {
        Options o = new Options(args, List.of("--product"), List.of("--trust-unsigned"));
        PluginManager product = product(o);
        Path source = Path.of(o.single("SOURCE"));
        InstallOutcome outcome = product.install(source, o.flag("--trust-unsigned"), new ConsoleProgress());
        for (InstalledPlugin p : outcome.plugins()) {
            out.println("Installed " + p.id() + " " + p.version() + " (" + String.join(", ", p.bundles())
                    + ") from " + p.source() + " into " + product.product() + ".");
        }
        out.println("FilmLab's contract kit, in a fresh start of the product:");
        outcome.checks().forEach(line -> out.println("  " + line));
        out.println("`filmlab list` shows its contributions.");
        return 0;
    }

    private static int list(String[] args, PrintStream out) throws PluginException {
        Options o = new Options(args, List.of("--product"), List.of());
        List<InstalledPlugin> plugins = product(o).list(null);
        if (plugins.isEmpty()) {
            out.println("No plug-ins installed (filmlab plugins install SOURCE adds one).");
        }
        for (InstalledPlugin p : plugins) {
            out.printf("%-32s %-24s %s%n", p.id(), p.version(), String.join(", ", p.bundles()));
            if (!p.source().isEmpty()) {
                out.printf("%-32s from %s%n", "", p.source());
            }
        }
        return 0;
    }

    private static int remove(String[] args, PrintStream out) throws PluginException {
        Options o = new Options(args, List.of("--product"), List.of());
        InstalledPlugin removed = product(o).remove(o.single("ID"), new ConsoleProgress());
        out.println("Removed " + removed.id() + " " + removed.version() + " (" + String.join(", ", removed.bundles())
                + ").");
        return 0;
    }

    /** The product {@code --product} names, or this one. */
    private static PluginManager product(Options o) throws PluginException {
        return o.value("--product") == null ? PluginManager.running() : PluginManager.product(o.value("--product"));
    }

    private static int verify(String[] args, PrintStream out) throws PluginException {
        Options o = new Options(args, List.of("--bundles"), List.of());
        List<String> bundles = new ArrayList<>();
        if (o.value("--bundles") != null) {
            bundles.addAll(Arrays.stream(o.value("--bundles").split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
        } else {
            for (InstalledPlugin p : PluginManager.running().list(null)) {
                bundles.addAll(p.bundleNames());
            }
        }
        if (bundles.isEmpty()) {
            out.println("No plug-ins installed: nothing to verify.");
            return 0;
        }
        List<ContributionChecks.Finding> findings = new ContributionChecks(ContributionRegistry.getDefault())
                .check(bundles);
        findings.forEach(out::println);
        long failed = findings.stream().filter(f -> !f.ok()).count();
        out.println(failed == 0 ? "All " + findings.size() + " checks passed."
                : failed + " of " + findings.size() + " checks failed.");
        return failed == 0 ? 0 : 1;
    }

    /** Progress on standard error, one line per task, so standard output stays the answer. */
    private static final class ConsoleProgress extends org.eclipse.core.runtime.NullProgressMonitor {
        @Override
        public void beginTask(String name, int totalWork) {
            if (name != null && !name.isBlank()) {
                System.err.println("filmlab plugins: " + name + "...");
            }
        }
    }

    /** The few options of these commands: one positional value, options with a value, flags. */
    private static final class Options {
        private final List<String> positional = new ArrayList<>();
        private final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();

        Options(String[] args, List<String> withValue, List<String> flags) throws PluginException {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (flags.contains(a)) {
                    values.put(a, "true");
                } else if (withValue.contains(a)) {
                    if (i + 1 >= args.length) {
                        throw new PluginException(a + " needs a value");
                    }
                    values.put(a, args[++i]);
                } else if (a.startsWith("--")) {
                    throw new PluginException("unknown option " + a + (withValue.isEmpty() && flags.isEmpty() ? ""
                            : "; options: " + String.join(" ", withValue) + " " + String.join(" ", flags)));
                } else {
                    positional.add(a);
                }
            }
        }

        String single(String what) throws PluginException {
            if (positional.size() != 1) {
                throw new PluginException("expected one " + what + ", got " + (positional.isEmpty() ? "none"
                        : String.join(" ", positional)));
            }
            return positional.get(0);
        }

        String value(String option) {
            return values.get(option);
        }

        String required(String option) throws PluginException {
            String v = values.get(option);
            if (v == null) {
                throw new PluginException(option + " is required");
            }
            return v;
        }

        boolean flag(String option) {
            return values.containsKey(option);
        }
    }
}
