// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.CoreException;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.sample.SimulatedLab;
import org.filmlab.suggest.Suggestions;

/**
 * {@code filmlab lab}: a simulated laboratory on the sample generator's model (noise included), for
 * trying suggestions without a lab. {@code lab measure} makes the films of a suggestions.csv and
 * appends them to a data file; {@code lab campaign} is the closed-loop benchmark of the suggesters
 * ({@code bench/campaign}), every campaign in this one process.
 */
final class SimulatedCampaign {

    static final List<String> OPTIONS = List.of("--recipes", "--data", "--seed", "--seeds", "--quick",
            "--trace", "--strategy");

    private static final String P = "P (wt%)";
    private static final String LS = "L:S (µL/mg)";
    private static final String XB = "X:B (vol%)";

    /** The paper's factorial: the levels the 20 starting films are drawn from. */
    private static final double[] P_LEVELS = {3, 5, 7, 10};
    private static final double[] LS_LEVELS = {0.6, 0.8, 1.0, 1.2, 1.4};
    private static final double[] XB_LEVELS = {0, 25, 50, 75, 100};

    private static final int START = 20;
    private static final int ROUND = 5;
    private static final int BUDGET = 60;
    private static final double GOOD_RD = 5.0;
    private static final double GOOD_SHARE_OF_BEST = 0.95;

    /** A suggester with the property limits the lab states to it ({@code ""}: none, the default). */
    private record Strategy(String label, String suggester, String limits) {
    }

    private static final String DEFAULT = "org.filmlab.weka.feasibleBayesOpt";

    private static final List<Strategy> STRATEGIES = List.of(
            new Strategy("random", "org.filmlab.suggest.random", ""),
            new Strategy("Latin hypercube", "org.filmlab.suggest.latinHypercube", ""),
            new Strategy("uncertainty sampling", "org.filmlab.suggest.uncertainty", ""),
            new Strategy("Bayesian optimisation (default)", DEFAULT, ""),
            new Strategy("Bayesian optimisation, RD<=5 stated", DEFAULT, "RD<=5"));

    private SimulatedCampaign() {
    }

    static int lab(String[] args, PrintStream out, PrintStream err) throws InputException, InvalidWorkflowException,
            StepFailedException, CoreException, IOException {
        if (args.length == 0 || !List.of("measure", "campaign").contains(args[0])) {
            throw InputException.inParameter("lab", "say 'filmlab lab measure --recipes FILE --data FILE --seed S'"
                    + " or 'filmlab lab campaign [--seeds N] [--quick] [--strategy TEXT] [--trace]'");
        }
        Map<String, String> options = FilmLabCommand.options(Arrays.copyOfRange(args, 1, args.length), OPTIONS);
        return args[0].equals("measure") ? measure(options, out) : campaign(options, out, err);
    }

    // ------------------------------------------------------------------ measure

    private static int measure(Map<String, String> options, PrintStream out) throws InputException, IOException {
        Path recipes = Path.of(required(options, "--recipes"));
        Path data = Path.of(required(options, "--data"));
        long seed = number(options.getOrDefault("--seed", "1"), "--seed");
        List<String> lines = Files.readAllLines(recipes, StandardCharsets.UTF_8);
        List<String> header = cells(lines.isEmpty() ? "" : lines.get(0));
        int[] at = {header.indexOf(P), header.indexOf(LS), header.indexOf(XB)};
        if (Arrays.stream(at).anyMatch(i -> i < 0)) {
            throw InputException.inFile(recipes.toString(), "the simulated lab needs the columns '" + P + "', '" + LS
                    + "' and '" + XB + "' (the sample's headers)");
        }
        List<String> films = Files.readAllLines(data, StandardCharsets.UTF_8);
        if (films.stream().noneMatch(l -> l.equals(SimulatedLab.HEADER))) {
            throw InputException.inFile(data.toString(), "the simulated lab appends to files of the sample's layout ("
                    + SimulatedLab.HEADER + ")");
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(String.join("\n", films)).append('\n');
        int made = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> c = cells(line);
            String id = String.format(Locale.ROOT, "M%03d", films.size() + made);
            text.append(SimulatedLab.film(id, Double.parseDouble(c.get(at[0])), Double.parseDouble(c.get(at[1])),
                    Double.parseDouble(c.get(at[2])), c.get(at[0]) + "," + c.get(at[1]) + "," + c.get(at[2]), random));
            made++;
        }
        ResultsWriter.writeFile(data, file -> file.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        out.printf("made %d SYNTHETIC films (sample model with noise, seed %d) and appended them to %s%n", made, seed,
                data);
        return FilmLabCommand.EXIT_OK;
    }

    // ------------------------------------------------------------------ campaign

    /** The space a suggester searches: P at the paper's levels, L:S and X:B in the lab's steps. */
    private record Space(List<double[]> recipes, boolean[] good, double best) {
    }

    private static Space space() {
        List<double[]> recipes = new ArrayList<>();
        for (double p : P_LEVELS) {
            for (int s = 0; s <= 16; s++) {
                for (int x = 0; x <= 20; x++) {
                    recipes.add(new double[] {p, Math.round((0.6 + 0.05 * s) * 100) / 100.0, 5.0 * x});
                }
            }
        }
        double best = 0;
        for (double[] r : recipes) {
            if (SimulatedLab.trueRelativeDeviation(r[0], r[1], r[2]) <= GOOD_RD) {
                best = Math.max(best, SimulatedLab.trueConductivity(r[0], r[1], r[2]));
            }
        }
        boolean[] good = new boolean[recipes.size()];
        for (int i = 0; i < good.length; i++) {
            double[] r = recipes.get(i);
            good[i] = isGood(r, best);
        }
        return new Space(recipes, good, best);
    }

    private static boolean isGood(double[] r, double best) {
        return SimulatedLab.trueRelativeDeviation(r[0], r[1], r[2]) <= GOOD_RD
                && SimulatedLab.trueConductivity(r[0], r[1], r[2]) >= GOOD_SHARE_OF_BEST * best;
    }

    private static int campaign(Map<String, String> options, PrintStream out, PrintStream err) throws InputException,
            InvalidWorkflowException, StepFailedException, CoreException, IOException {
        boolean quick = options.containsKey("--quick");
        PrintStream trace = options.containsKey("--trace") ? err : null;
        int seeds = (int) number(options.getOrDefault("--seeds", quick ? "3" : "20"), "--seeds");
        List<Strategy> strategies = quick ? List.of(STRATEGIES.get(0), STRATEGIES.get(3)) : STRATEGIES;
        String only = options.get("--strategy");
        if (only != null) {
            strategies = STRATEGIES.stream().filter(s -> s.label().contains(only)).toList();
            if (strategies.isEmpty()) {
                throw InputException.inParameter("--strategy", "no strategy's name contains '" + only + "'; the"
                        + " strategies are " + String.join(", ", STRATEGIES.stream().map(Strategy::label).toList()));
            }
        }
        Space space = space();
        long goodCount = 0;
        for (boolean g : space.good()) {
            goodCount += g ? 1 : 0;
        }
        out.printf(Locale.ROOT, "Simulated lab: the sample generator's model with its noise (SYNTHETIC).%n");
        out.printf(Locale.ROOT, "Good film: true RD <= %.0f %% and true σN >= %.0f %% of the best σN a film with RD <= %.0f %%"
                + " reaches (%.3f mS/cm): %d of %d recipes (%.1f %%) of P {3,5,7,10} × L:S 0.60..1.40 step 0.05 × X:B"
                + " 0..100 step 5.%n", GOOD_RD, 100 * GOOD_SHARE_OF_BEST, GOOD_RD, space.best(), goodCount,
                space.recipes().size(), 100.0 * goodCount / space.recipes().size());
        out.printf("Campaign: %d films of the 5 × 5 × 4 factorial, then rounds of %d suggestions up to %d films;"
                + " %d seeds.%n%n", START, ROUND, BUDGET, seeds);
        ContributionRegistry registry = ContributionRegistry.getDefault();
        WorkflowDocument base = campaignWorkflow(FilmLabCommand.workflow(registry, null));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory("filmlab-campaign");
        Map<Strategy, int[]> needed = new HashMap<>();
        Map<Strategy, Integer> refusals = new HashMap<>();
        long start = System.nanoTime();
        try {
            for (Strategy strategy : strategies) {
                int[] films = new int[seeds];
                for (int seed = 1; seed <= seeds; seed++) {
                    films[seed - 1] = run(registry, base, strategy, seed, space, work, quiet, refusals, trace);
                }
                needed.put(strategy, films);
                err.printf("  %s done (%.0f s)%n", strategy.label(), (System.nanoTime() - start) / 1e9);
            }
        } finally {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(work);
        }
        out.printf("%-38s %-34s %6s %13s %9s%n", "strategy", "suggester", "found", "median films", "refusals");
        for (Strategy s : strategies) {
            int[] f = needed.get(s);
            long found = Arrays.stream(f).filter(n -> n > 0).count();
            out.printf(Locale.ROOT, "%-38s %-34s %5.0f%% %13s %9d%n", s.label(), s.suggester(), 100.0 * found / seeds,
                    median(f), refusals.getOrDefault(s, 0));
        }
        out.printf(Locale.ROOT, "%n(found: share of campaigns with a good film within %d films; median films: films made"
                + " until the first good one, a campaign without one counted as more than %d; refusals: rounds where the"
                + " workflow had no good class and the round's films were drawn at random instead)%n", BUDGET, BUDGET);
        int uniform = START + uniformMedian(space.recipes().size() - START, (int) goodCount);
        out.printf(Locale.ROOT, "Random without a budget: a median of %d films (uniform draws from the %d recipes, %d"
                + " good; computed).%n", uniform, space.recipes().size(), goodCount);
        if (needed.containsKey(STRATEGIES.get(3))) {
            target(out, STRATEGIES.get(3), needed.get(STRATEGIES.get(3)), seeds, uniform);
        }
        out.printf(Locale.ROOT, "Workflow per round: %s; %.0f s in all.%n", base.name(), (System.nanoTime() - start) / 1e9);
        return FilmLabCommand.EXIT_OK;
    }

    /** Whether the default suggester met the target, in a line quoting the figures. */
    private static void target(PrintStream out, Strategy best, int[] f, int seeds, int uniform) {
        double share = (double) Arrays.stream(f).filter(n -> n > 0).count() / seeds;
        int[] sorted = Arrays.stream(f).map(n -> n == 0 ? Integer.MAX_VALUE : n).sorted().toArray();
        double median = sorted[(seeds - 1) / 2] == Integer.MAX_VALUE || sorted[seeds / 2] == Integer.MAX_VALUE
                ? Double.POSITIVE_INFINITY : (sorted[(seeds - 1) / 2] + sorted[seeds / 2]) / 2.0;
        out.printf(Locale.ROOT, "Target for the default suggester %s: a good film in >= 70 %% of campaigns (%s: %.0f %%)"
                + " and in <= half the films random needs (%s: median %s vs %d / 2 = %.0f).%n", best.suggester(),
                share >= 0.7 ? "met" : "NOT met", 100 * share, median <= uniform / 2.0 ? "met" : "NOT met",
                median(f), uniform, uniform / 2.0);
    }

    /** The default workflow without the steps a suggestion does not need (tests, maps), lighter CV. */
    static WorkflowDocument campaignWorkflow(WorkflowDocument doc) {
        List<StepSpec> steps = new ArrayList<>();
        for (StepSpec s : doc.steps()) {
            switch (s.step()) {
                case "reduce", "classes", "nextExperiments" -> steps.add(s);
                case "cluster" -> steps.add(s.withParam("restarts", 10));
                case "classify" -> steps.add(s.withSetting("repeats", 1));
                default -> {
                    // Tests and maps inform a reader, not the suggester.
                }
            }
        }
        return doc.withSteps(steps).asVariant("campaign: no tests or maps, 10 K-means restarts, one CV repeat");
    }

    /** One campaign: the films made until the first good one (0 if none within the budget). */
    private static int run(ContributionRegistry registry, WorkflowDocument base, Strategy strategy, int seed,
            Space space, Path work, PrintStream quiet, Map<Strategy, Integer> refusals, PrintStream trace)
            throws InputException, InvalidWorkflowException,
            StepFailedException, CoreException, IOException {
        SplittableRandom design = new SplittableRandom(seed);
        // The lab's noise: its own stream per campaign, so strategies differ only in what they choose.
        SplittableRandom noise = new SplittableRandom(seed * 7919L + 17);
        List<double[]> made = new ArrayList<>();
        List<double[]> factorial = new ArrayList<>();
        for (double p : P_LEVELS) {
            for (double s : LS_LEVELS) {
                for (double x : XB_LEVELS) {
                    factorial.add(new double[] {p, s, x});
                }
            }
        }
        for (int i = 0; i < START; i++) {
            int j = i + design.nextInt(factorial.size() - i);
            double[] swap = factorial.get(i);
            factorial.set(i, factorial.get(j));
            factorial.set(j, swap);
            made.add(factorial.get(i));
        }
        StringBuilder csv = new StringBuilder(SimulatedLab.HEADER).append('\n');
        for (double[] r : made) {
            csv.append(film(csv, r, noise));
        }
        int first = firstGood(made, space.best());
        Path file = work.resolve("films-" + seed + ".csv");
        int round = 0;
        while (first == 0 && made.size() < BUDGET) {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            WorkflowDocument doc = Suggestions.withBatch(base.withSeed(seed * 1000L + round), ROUND,
                    strategy.suggester());
            doc = doc.withSteps(doc.steps().stream().map(s -> s.step().equals("nextExperiments")
                    ? s.withSetting("limits", strategy.limits()) : s).toList());
            RunResult result = FilmLabCommand.analyse(registry, doc, Map.of("--data", file.toString()), quiet);
            List<double[]> next = new ArrayList<>();
            NextExperiments suggested = result.first(Parts.NEXT_EXPERIMENTS).orElse(null);
            if (suggested == null) {
                refusals.merge(strategy, 1, Integer::sum);
                SplittableRandom fallback = new SplittableRandom(seed * 31L + round);
                while (next.size() < ROUND) {
                    double[] r = space.recipes().get(fallback.nextInt(space.recipes().size()));
                    if (made.stream().noneMatch(m -> Arrays.equals(m, r))) {
                        next.add(r);
                    }
                }
            } else {
                for (NextExperiment e : suggested.recipes()) {
                    next.add(new double[] {e.recipe().get("P"), e.recipe().get("LS"), e.recipe().get("XB")});
                }
            }
            if (trace != null) {
                trace(trace, strategy, seed, round, made.size(), next, suggested, space.best());
            }
            for (double[] r : next) {
                made.add(r);
                csv.append(film(csv, r, noise));
            }
            first = firstGood(made, space.best());
            round++;
        }
        if (trace != null) {
            trace.printf(Locale.ROOT, "%s, seed %d: %s%n", strategy.label(), seed,
                    first > 0 ? "first good film is film " + first : "no good film within " + BUDGET);
        }
        return first;
    }

    /**
     * One round of a campaign for {@code --trace}: each suggested recipe with its true RD and σN
     * (the lab's model without noise) beside what the suggester predicted and why.
     */
    private static void trace(PrintStream trace, Strategy strategy, int seed, int round, int films, List<double[]> next,
            NextExperiments suggested, double best) {
        trace.printf(Locale.ROOT, "%s, seed %d, round %d (%d films made):%n", strategy.label(), seed, round + 1, films);
        for (int i = 0; i < next.size(); i++) {
            double[] r = next.get(i);
            trace.printf(Locale.ROOT, "  P %-4s L:S %-4s X:B %-3s  true RD %5.2f σN %.3f%s  %s%n",
                    Suggestions.plain(r[0]), Suggestions.plain(r[1]), Suggestions.plain(r[2]),
                    SimulatedLab.trueRelativeDeviation(r[0], r[1], r[2]), SimulatedLab.trueConductivity(r[0], r[1], r[2]),
                    isGood(r, best) ? " GOOD" : "     ",
                    suggested == null ? "(drawn at random: no good class)" : suggested.recipes().get(i).why());
        }
    }

    /**
     * The median number of uniform draws without replacement from {@code n} recipes, {@code good} of them
     * good, until the first good one: the smallest k with P(none good in k draws) <= 1/2.
     */
    static int uniformMedian(int n, int good) {
        double none = 1;
        for (int k = 1; k <= n - good + 1; k++) {
            none *= (double) (n - good - (k - 1)) / (n - (k - 1));
            if (none <= 0.5) {
                return k;
            }
        }
        return n;
    }

    private static String film(StringBuilder csv, double[] r, SplittableRandom noise) {
        String id = String.format(Locale.ROOT, "C%03d", csv.chars().filter(c -> c == '\n').count());
        return SimulatedLab.film(id, r[0], r[1], r[2], Suggestions.plain(r[0]) + "," + Suggestions.plain(r[1])
                + "," + Suggestions.plain(r[2]), noise);
    }

    /** The 1-based number of the first good film made, 0 if none. */
    private static int firstGood(List<double[]> made, double best) {
        for (int i = 0; i < made.size(); i++) {
            if (isGood(made.get(i), best)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String median(int[] films) {
        int[] sorted = Arrays.stream(films).map(n -> n == 0 ? Integer.MAX_VALUE : n).sorted().toArray();
        int n = sorted.length;
        int lo = sorted[(n - 1) / 2];
        int hi = sorted[n / 2];
        if (hi == Integer.MAX_VALUE) {
            return "> " + BUDGET;
        }
        return n % 2 == 1 ? Integer.toString(lo) : String.format(Locale.ROOT, "%.1f", (lo + hi) / 2.0);
    }

    private static String required(Map<String, String> options, String key) throws InputException {
        String v = options.get(key);
        if (v == null) {
            throw InputException.inParameter(key, "filmlab lab measure needs " + key);
        }
        return v;
    }

    private static long number(String text, String option) throws InputException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InputException.inParameter(option, "'" + text + "' is not a whole number");
        }
    }

    /** The cells of one CSV line, double quotes honoured. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
