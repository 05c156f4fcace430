// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.filmlab.clustercount.AutoK;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.FilmVariable;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.OutputFolderException;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.plugins.internal.PluginsCommand;
import org.filmlab.sample.SampleData;
import org.osgi.framework.Bundle;

/**
 * The command line: {@code filmlab run|list|help}. Everything is checked before anything runs:
 * the options, then the workflow document, then the data against the workflow.
 */
public final class FilmLabCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    static final String USAGE = """
            usage: filmlab run [--workflow ID|FILE] [--data FILE] [--import KEY=VALUE].. [--out DIR]
                               [--seed N] [--conditions C1,C2,..] [--properties P1,P2,..] [--ignore X,..]
                               [--map VARIABLE=COLUMN].. [--k N|auto] [--no-report]
                               [--engine inprocess|spark] [--master URL] [--spark-conf K=V]..
                   filmlab report --from DIR
                   filmlab compare --workflows A,B,.. [--data FILE] [--import KEY=VALUE].. [--out DIR]
                               [--seed N] [--conditions ..] [--properties ..] [--ignore ..] [--map ..]..
                   filmlab suggest --data FILE --batch N --out DIR [--workflow ID|FILE] [--suggester ID]
                               [--seed N] [--import ..] [--conditions ..] [--properties ..] [--ignore ..] [--map ..]..
                   filmlab list
                   filmlab plugins new ID --dir DIR | install SOURCE [--trust-unsigned] | list | remove ID | verify
                   filmlab help

              run   runs a workflow (default: the paper's, Chen-Duquesnoy 2021) on a data file (default:
                    FilmLab's bundled SYNTHETIC sample) and writes DIR/results.json and DIR/report.html with
                    its figures (default DIR: filmlab-out; --no-report: results.json only). An existing DIR
                    is replaced only if it holds nothing but an earlier run's files; a file or a folder of
                    other files is refused before the run.
                    --conditions/--properties/--ignore name columns by header, header name or FilmLab key
                    (P, LS, XB, thickness, density, resistance, sigmaN, DoT, RD); --k sets the clusters;
                    --k auto chooses k = 2..8 from the data with the workflow's own clusterer (elbow,
                    silhouette, gap statistic, stability; k by the gap rule of Tibshirani et al. 2001,
                    stated in the summary and the report), through the chooseK step.
                    Headers are recognised as these variables in the paper's and in lab exports' spellings
                    (P (wt%), P_wt_pct, LS_uL_per_mg, ionic_conductivity_S_cm, thicknessUm, sigma_N, ...).
                    --map binds a column of any header (or header without unit) to a variable, once per
                    variable: e.g. --map sigmaN=kappa_S_cm --map RD=rel_dev. The column takes the
                    variable's key, symbol and role, as the import wizard's "FilmLab variable" does.
                    --import sets a parameter of the importer that reads --data, once per parameter:
                      .csv .tsv .txt  delimiter=auto|comma|semicolon|tab  decimal=auto|point|comma
                                      comment=CHAR (empty: no comment lines)
                      .xlsx           sheet=NAME (empty: the first sheet)
                      .arff           (none)
                    e.g. --data films.xlsx --import sheet=Films
                         --data films.csv --import delimiter=semicolon --import decimal=comma
                    A key or value the importer does not declare is refused, listing what it accepts.
                    --engine spark runs the workflow on Apache Spark (a child process; the data as CSV or
                    Parquet): --master local[*]|local[N]|spark://HOST:PORT|yarn|k8s://..., default local[*];
                    --spark-conf sets a Spark property, once per property (spark.driver.memory=8g).
                    Steps without a Spark implementation (Weka's SMO, say) are refused, naming the
                    alternative. Default: the in-process engine.
              report   re-renders DIR/report.html and its figures from DIR/results.json, computing nothing.
              compare  runs several workflows (ids or files) on the same data and seed and prints their
                    repeated-CV macro-F1, how far their classes agree (adjusted Rand index) and run time;
                    writes DIR/compare.json (default DIR: filmlab-compare).
              suggest  runs the workflow on the data and writes DIR/suggestions.csv: the N recipes to make next
                    (default suggester: org.filmlab.weka.feasibleBayesOpt, feasibility-aware Bayesian optimisation;
                    others: org.filmlab.suggest.uncertainty, .random, .latinHypercube), one row per recipe under the
                    data file's own condition headers, then the predicted class, P(good), predicted σN and RD
                    with their sd, the acquisition value and why. Add the films you make to the data file under
                    the same headers and run it again. No good class, a condition that does not vary, or more
                    recipes than candidates: a message, and nothing is written.
              list  lists every installed contribution by extension point (suggesters and report sections too).

              plugins  makes, installs, lists, removes and checks plug-ins (filmlab plugins help).

            exit codes: 0 done, 2 bad input or bad workflow, 1 anything else
            """;

    /** {@code --k auto}: the number of clusters chosen from the data (see {@link AutoK}). */
    static final String AUTO = AutoK.AUTO;

    private static final List<String> RUN_OPTIONS = List.of("--workflow", "--data", "--import", "--out", "--seed",
            "--conditions", "--properties", "--ignore", "--map", "--k", "--no-report", "--engine", "--master",
            "--spark-conf");
    private static final List<String> REPORT_OPTIONS = List.of("--from");
    /** Options that take no value. */
    private static final List<String> FLAGS = List.of("--no-report", "--quick", "--trace");
    /** Options that may be given more than once; their values are kept in order. */
    private static final List<String> REPEATABLE = List.of("--import", "--map", "--spark-conf");
    /**
     * Separates the values of a repeatable option in the options map: no command-line argument can
     * hold it, since arguments reach a process as NUL-terminated strings.
     */
    private static final char REPEAT_SEPARATOR = '\0';
    private static final List<String> COMPARE_OPTIONS = List.of("--workflows", "--data", "--import", "--out",
            "--seed", "--conditions", "--properties", "--ignore", "--map");

    private FilmLabCommand() {
    }

    /** Runs the command; never throws, returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? EXIT_BAD_INPUT : EXIT_OK;
        }
        try {
            return switch (args[0]) {
                case "run" -> run(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "report" -> Reports.rerender(options(Arrays.copyOfRange(args, 1, args.length), REPORT_OPTIONS),
                        out, err);
                case "compare" -> Comparison.compare(options(Arrays.copyOfRange(args, 1, args.length),
                        COMPARE_OPTIONS), out, err);
                case "suggest" -> SuggestCommand.suggest(options(Arrays.copyOfRange(args, 1, args.length),
                        SuggestCommand.OPTIONS), out, err);
                case "lab" -> SimulatedCampaign.lab(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "list" -> list(out);
                case "plugins" -> PluginsCommand.execute(Arrays.copyOfRange(args, 1, args.length), out, err);
                default -> {
                    err.println("filmlab: unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield EXIT_BAD_INPUT;
                }
            };
        } catch (InputException e) {
            err.println("filmlab: error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (InvalidWorkflowException e) {
            err.println("filmlab: error: " + e.getMessage().strip());
            return EXIT_BAD_INPUT;
        } catch (StepFailedException e) {
            err.println("filmlab: error: " + e.getMessage());
            return e.causedByData() ? EXIT_BAD_INPUT : EXIT_FAILED;
        } catch (OperationCanceledException e) {
            err.println("filmlab: cancelled; nothing was written");
            return EXIT_FAILED;
        } catch (CoreException e) {
            err.println("filmlab: error: " + e.getStatus().getMessage());
            return EXIT_FAILED;
        } catch (OutputFolderException e) {
            // Made between the command's own check and the write: the user's, and said in their terms.
            err.println("filmlab: error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("filmlab: error: " + e);
            return EXIT_FAILED;
        } catch (RuntimeException | LinkageError e) {
            err.println("filmlab: internal error (please report it): " + e);
            e.printStackTrace(err);
            return EXIT_FAILED;
        }
    }

    private static int run(String[] args, PrintStream out, PrintStream err)
            throws InputException, InvalidWorkflowException, StepFailedException, CoreException, IOException {
        Map<String, String> options = options(args, RUN_OPTIONS);
        ContributionRegistry registry = ContributionRegistry.getDefault();
        WorkflowDocument doc = overrides(workflow(registry, options.get("--workflow")), options);
        long start = System.nanoTime();
        boolean report = !options.containsKey("--no-report");
        if (report) {
            // Fonts and chart classes load on the second core while the analysis runs.
            Reports.warmUp();
        }
        Path outDir = outputFolder("--out", options.getOrDefault("--out", "filmlab-out"));
        // Without a report, results.json is written while the steps run (the report draws from its tree).
        Engines.Ran ran = Engines.analyse(registry, doc, options, err, report ? null : outDir);
        RunResult result = ran.result();

        double analysis = (System.nanoTime() - start) / 1e9;
        Reports.Written written;
        if (ran.results().isPresent()) {
            ran.results().get().finish(result, ran.provenance());
            written = new Reports.Written(Optional.empty(), Optional.empty());
        } else {
            written = Reports.write(result, ran.provenance(), outDir, report, err);
        }
        new Summary(out).print(result);
        ran.describe().ifPresent(out::println);
        out.printf("%nResults: %s (analysis %.2f s)%n", outDir.resolve("results.json"), analysis);
        written.report().ifPresent(r -> out.printf("Report:  %s (%d files, rendered in %.2f s)%n",
                outDir.resolve("report.html"), r.files().size(), r.elapsed().toNanos() / 1e9));
        written.notDrawn().ifPresent(why -> out.println("Report:  not drawn: " + why));
        return EXIT_OK;
    }

    /**
     * Prepares the workflow (gate 1), reads the data, checks them together (gate 2) and runs: the
     * same path for {@code run} and for each workflow of {@code compare}.
     */
    static RunResult analyse(ContributionRegistry registry, WorkflowDocument doc, Map<String, String> options,
            PrintStream err) throws InputException, InvalidWorkflowException, StepFailedException, CoreException,
            IOException {
        return analyse(registry, doc, options, err, null).result();
    }

    /** A run, and results.json being written while it ran, for the caller to finish. */
    record Analysed(RunResult result, Optional<ResultsWriter.Streamed> results) {
    }

    /**
     * As {@link #analyse(ContributionRegistry, WorkflowDocument, Map, PrintStream)}; with
     * {@code streamTo}, results.json is written into that folder while the steps run, and the caller
     * {@linkplain ResultsWriter.Streamed#finish finishes} it. A run that fails leaves the folder as
     * it was.
     */
    static Analysed analyse(ContributionRegistry registry, WorkflowDocument doc, Map<String, String> options,
            PrintStream err, Path streamTo) throws InputException, InvalidWorkflowException, StepFailedException,
            CoreException, IOException {
        WorkflowEngine engine = new WorkflowEngine(registry);
        PreparedWorkflow prepared = engine.prepare(doc);
        // Jackson's serializers of the results are built on the second core while the data are read.
        Thread serializers = new Thread(() -> ResultsWriter.prepare(prepared), "filmlab results warm-up");
        serializers.setDaemon(true);
        serializers.start();
        Path data = options.containsKey("--data") ? Path.of(options.get("--data")) : SampleData.file();
        Dataset dataset = new DatasetLoader(registry).load(data, importParameters(options), doc.data(),
                new ConsoleMonitor(err));
        engine.check(prepared, dataset);
        if (streamTo == null) {
            return new Analysed(engine.run(prepared, dataset, new ConsoleMonitor(err)), Optional.empty());
        }
        ResultsWriter.Streamed results = ResultsWriter.Streamed.start(streamTo, dataset,
                prepared.document().steps().size());
        try {
            return new Analysed(engine.run(prepared, dataset, new ConsoleMonitor(err), results::step),
                    Optional.of(results));
        } catch (StepFailedException | InvalidWorkflowException | RuntimeException | Error e) {
            results.abandon();
            throw e;
        }
    }

    /**
     * The folder {@code option} names for a command's output, refused before any work if writing it would
     * replace what FilmLab did not write (a file, a folder of the user's own files).
     */
    static Path outputFolder(String option, String path) throws InputException {
        Path dir = Path.of(path);
        try {
            ResultsWriter.checkReplaceable(dir);
        } catch (OutputFolderException e) {
            throw InputException.inParameter(option, e.getMessage());
        } catch (IOException e) {
            throw InputException.inParameter(option, "cannot read " + dir + ": " + e.getMessage());
        }
        return dir;
    }

    static Map<String, String> options(String[] args, List<String> allowed) throws InputException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (!allowed.contains(a)) {
                throw InputException.inParameter(a, "unknown option; options: " + String.join(" ", allowed));
            }
            if (FLAGS.contains(a)) {
                if (value != null) {
                    throw InputException.inParameter(a, "takes no value");
                }
                if (options.put(a, "true") != null) {
                    throw InputException.inParameter(a, "given twice");
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw InputException.inParameter(a, "needs a value");
                }
                value = args[++i];
            }
            if (REPEATABLE.contains(a)) {
                if (value.indexOf(REPEAT_SEPARATOR) >= 0) {
                    throw InputException.inParameter(a, "the value holds a NUL character");
                }
                options.merge(a, value, (before, added) -> before + REPEAT_SEPARATOR + added);
                continue;
            }
            if (options.put(a, value) != null) {
                throw InputException.inParameter(a, "given twice");
            }
        }
        return options;
    }

    /**
     * The {@code --import KEY=VALUE} options as the importer's parameter values, in the order given.
     * Whether the importer declares the keys and accepts the values is for {@link DatasetLoader} to
     * say, since only it knows which importer reads the file.
     */
    /** The values of a repeatable option, in the order given; empty when it was not given. */
    static List<String> repeated(Map<String, String> options, String key) {
        return options.containsKey(key) ? List.of(options.get(key).split(String.valueOf(REPEAT_SEPARATOR), -1))
                : List.of();
    }

    static Map<String, String> importParameters(Map<String, String> options) throws InputException {
        Map<String, String> values = new LinkedHashMap<>();
        if (!options.containsKey("--import")) {
            return values;
        }
        for (String pair : options.get("--import").split(String.valueOf(REPEAT_SEPARATOR), -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            if (eq < 0 || key.isEmpty()) {
                throw InputException.inParameter("--import", "'" + pair + "' is not KEY=VALUE, such as sheet=Films"
                        + " or delimiter=semicolon");
            }
            // The value is kept as typed, as the import wizard keeps a text field: a sheet name may end in a space.
            if (values.put(key, pair.substring(eq + 1)) != null) {
                throw InputException.inParameter("--import", "'" + key + "' given twice");
            }
        }
        return values;
    }

    static WorkflowDocument workflow(ContributionRegistry registry, String name)
            throws InputException, CoreException {
        List<ContributionDescriptor> workflows = registry.list(ContributionKind.WORKFLOW);
        ContributionDescriptor chosen = null;
        if (name == null) {
            chosen = workflows.stream().filter(ContributionDescriptor::isDefault).findFirst().orElseThrow(
                    () -> InputException.inParameter("--workflow", "no default workflow is installed; name one"));
        } else {
            chosen = workflows.stream().filter(w -> w.id().equals(name)).findFirst().orElse(null);
        }
        if (chosen != null) {
            return new WorkflowReader().readInstalled(chosen, registry);
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw InputException.inParameter("--workflow", "'" + name + "' is neither an installed workflow ("
                    + String.join(", ", workflows.stream().map(ContributionDescriptor::id).toList())
                    + ") nor a file");
        }
        return new WorkflowReader().readFile(file, registry);
    }

    static WorkflowDocument overrides(WorkflowDocument doc, Map<String, String> options)
            throws InputException {
        if (options.containsKey("--seed")) {
            try {
                doc = doc.withSeed(Long.parseLong(options.get("--seed").strip()));
            } catch (NumberFormatException e) {
                throw InputException.inParameter("--seed", "'" + options.get("--seed") + "' is not an integer");
            }
        }
        DatasetMapping m = doc.data();
        Map<FilmVariable, String> bindings = new LinkedHashMap<>(m.bindings());
        bindings.putAll(bindings(options));
        doc = doc.withData(new DatasetMapping(list(options, "--conditions", m.conditions()),
                list(options, "--properties", m.properties()), list(options, "--ignore", m.ignore()), bindings));
        if (options.containsKey("--k") && options.get("--k").strip().equals(AUTO)) {
            try {
                doc = AutoK.apply(doc);
            } catch (IllegalArgumentException e) {
                throw InputException.inParameter("--k", e.getMessage());
            }
        } else if (options.containsKey("--k")) {
            // The value is checked against the clusterer's declaration like any workflow parameter.
            String k = options.get("--k").strip();
            Object value;
            try {
                value = Integer.valueOf(k);
            } catch (NumberFormatException e) {
                throw InputException.inParameter("--k", "'" + k + "' is not an integer or " + AUTO);
            }
            // Not the published workflow any more: results must not carry its id and name.
            doc = doc.withParam("cluster", "k", value).asVariant("k = " + value);
        }
        return doc;
    }

    /**
     * The {@code --map VARIABLE=COLUMN} options, in the order given. Whether the column exists is for
     * {@link DatasetMapping} to say, since only the file knows its headers.
     */
    static Map<FilmVariable, String> bindings(Map<String, String> options) throws InputException {
        Map<FilmVariable, String> out = new LinkedHashMap<>();
        if (!options.containsKey("--map")) {
            return out;
        }
        for (String pair : options.get("--map").split(String.valueOf(REPEAT_SEPARATOR), -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(eq + 1).isBlank()) {
                throw InputException.inParameter("--map", "'" + pair + "' is not VARIABLE=COLUMN, such as"
                        + " sigmaN=ionic_conductivity_S_cm");
            }
            String name = pair.substring(0, eq).strip();
            FilmVariable v = FilmVariable.byKey(name).orElseThrow(() -> InputException.inParameter("--map", "'" + name
                    + "' is not a FilmLab variable; variables: " + String.join(", ", FilmVariable.keys())));
            if (out.put(v, pair.substring(eq + 1).strip()) != null) {
                throw InputException.inParameter("--map", v.key() + " is bound twice; bind each variable to one"
                        + " column");
            }
        }
        return out;
    }

    private static List<String> list(Map<String, String> options, String key, List<String> fallback) {
        if (!options.containsKey(key)) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        for (String s : options.get(key).split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static int list(PrintStream out) {
        ContributionRegistry registry = ContributionRegistry.getDefault();
        for (ContributionKind kind : ContributionKind.values()) {
            out.println(kind.pointId() + ":");
            List<ContributionDescriptor> all = registry.list(kind);
            if (all.isEmpty()) {
                out.println("  (none)");
            }
            for (ContributionDescriptor d : all) {
                // A kind of step is named in workflow documents by its word.
                String id = kind == ContributionKind.STEP ? d.word() + " (" + d.id() + ")" : d.id();
                line(out, id, d.name(), d.bundle(), d.bundleVersion(), d.deprecated() ? " (deprecated)" : "");
            }
        }
        listOtherPoints(out);
        return EXIT_OK;
    }

    /**
     * FilmLab's extension points that keep their own registry (suggesters, report sections, result
     * views): each contribution that carries an id, from {@code plugin.xml}'s attributes only, so that
     * listing loads no contributed code.
     */
    private static void listOtherPoints(PrintStream out) {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (registry == null) {
            return;
        }
        List<String> known = Arrays.stream(ContributionKind.values()).map(ContributionKind::pointId).toList();
        List<IExtensionPoint> points = new ArrayList<>(Arrays.stream(registry.getExtensionPoints())
                .filter(p -> p.getUniqueIdentifier().startsWith("org.filmlab.")
                        && !known.contains(p.getUniqueIdentifier())).toList());
        points.sort(Comparator.comparing(IExtensionPoint::getUniqueIdentifier));
        for (IExtensionPoint point : points) {
            out.println(point.getUniqueIdentifier() + ":");
            List<IConfigurationElement> all = new ArrayList<>(Arrays.stream(point.getConfigurationElements())
                    .filter(e -> e.getAttribute("id") != null).toList());
            all.sort(Comparator.comparing(e -> e.getAttribute("id")));
            if (all.isEmpty()) {
                out.println("  (none)");
            }
            for (IConfigurationElement e : all) {
                String bundle = e.getContributor().getName();
                Bundle b = Platform.getBundle(bundle);
                String name = e.getAttribute("name");
                line(out, e.getAttribute("id"), name == null ? "" : name, bundle,
                        b == null ? "unknown" : b.getVersion().toString(), "");
            }
        }
    }

    private static void line(PrintStream out, String id, String name, String bundle, String version, String note) {
        out.printf("  %-42s %-50s %s %s%s%n", id, name.length() > 50 ? name.substring(0, 47) + "..." : name, bundle,
                version, note);
    }
}
