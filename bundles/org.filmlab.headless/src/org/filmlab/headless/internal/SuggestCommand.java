// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.InputException;
import org.filmlab.core.params.Problems;
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

/**
 * {@code filmlab suggest}: runs the workflow on the data and writes the recipes its
 * {@code nextExperiments} step suggests as {@code DIR/suggestions.csv}, the condition columns under
 * the input file's own headers, so that a lab adds its films under the same headers and runs again.
 */
final class SuggestCommand {

    static final List<String> OPTIONS = List.of("--data", "--batch", "--workflow", "--suggester", "--seed", "--out",
            "--import", "--conditions", "--properties", "--ignore", "--map");

    static final String FILE = "suggestions.csv";

    private static final String STEP = "nextExperiments";

    /** How the step begins its reason when more recipes are asked for than it has candidates. */
    private static final String TOO_MANY = "asked for ";

    private SuggestCommand() {
    }

    static int suggest(Map<String, String> options, PrintStream out, PrintStream err) throws InputException,
            InvalidWorkflowException, StepFailedException, CoreException, IOException {
        for (String required : List.of("--data", "--batch", "--out")) {
            if (!options.containsKey(required)) {
                throw InputException.inParameter(required, "filmlab suggest needs " + required
                        + " (usage: filmlab suggest --data FILE --batch N --out DIR)");
            }
        }
        int batch = batch(options.get("--batch"));
        ContributionRegistry registry = ContributionRegistry.getDefault();
        WorkflowDocument doc = FilmLabCommand.overrides(FilmLabCommand.workflow(registry, options.get("--workflow")),
                options);
        doc = withBatch(doc, batch, options.get("--suggester"));
        RunResult result;
        try {
            result = FilmLabCommand.analyse(registry, doc, options, err);
        } catch (InvalidWorkflowException e) {
            throw inOptions(e, doc, options);
        }
        NextExperiments next = suggestions(result);
        List<String> lines = csv(result.dataset(), next);
        Path dir = Path.of(options.get("--out"));
        write(dir, lines);
        out.printf("%d recipes by %s (%s) from %d candidates; good: class %d (%s)%n", next.recipes().size(),
                next.suggesterName(), next.suggester(), next.candidates(), next.goodClass(), next.criterion());
        for (NextExperiment r : next.recipes()) {
            List<String> recipe = new ArrayList<>();
            r.recipe().forEach((k, v) -> recipe.add(k + " " + plain(v)));
            out.printf(Locale.ROOT, "  %-28s class %d, P(good) %.2f: %s%n", String.join(", ", recipe),
                    r.predictedClass(), r.goodProbability(), r.why());
        }
        out.printf("%nSuggestions: %s%n", dir.resolve(FILE));
        return FilmLabCommand.EXIT_OK;
    }

    static int batch(String text) throws InputException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Said below, in the user's terms.
        }
        throw InputException.inParameter("--batch", "'" + text + "' is not a whole number of recipes of at least 1");
    }

    /** The document with its next-experiments step asking for {@code batch} recipes (added if it has none). */
    static WorkflowDocument withBatch(WorkflowDocument doc, int batch, String suggester) {
        List<StepSpec> steps = new ArrayList<>(doc.steps());
        if (steps.stream().noneMatch(s -> s.step().equals(STEP))) {
            steps.add(StepSpec.of(STEP, "", Map.of()));
        }
        List<StepSpec> out = new ArrayList<>();
        for (StepSpec s : steps) {
            if (s.step().equals(STEP)) {
                s = s.withSetting("count", batch);
                if (suggester != null) {
                    s = s.withSetting("suggester", suggester.strip());
                }
            }
            out.add(s);
        }
        return doc.withSteps(out);
    }

    /**
     * The workflow's problems with the options the user typed named as such: the step's settings
     * {@code count} and {@code suggester} come from {@code --batch} and {@code --suggester}, so a
     * problem with them reads "parameter '--suggester'", not "step 9 (nextExperiments), 'suggester'".
     * Problems the document itself has keep the step's terms.
     *
     * @throws InputException when every problem is one of the options
     */
    static InvalidWorkflowException inOptions(InvalidWorkflowException e, WorkflowDocument doc,
            Map<String, String> options) throws InputException {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("count", "--batch");
        if (options.containsKey("--suggester")) {
            typed.put("suggester", "--suggester");
        }
        List<String> stepLabels = new ArrayList<>();
        for (int i = 0; i < doc.steps().size(); i++) {
            if (doc.steps().get(i).step().equals(STEP)) {
                stepLabels.add("step " + (i + 1) + " (" + STEP);
            }
        }
        Problems rewritten = new Problems();
        List<String> named = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Problems.Problem p : e.problems().list()) {
            String option = null;
            for (Map.Entry<String, String> t : typed.entrySet()) {
                if (p.where().endsWith("'" + t.getKey() + "'") && stepLabels.stream().anyMatch(p.where()::startsWith)) {
                    option = t.getValue();
                }
            }
            if (option == null) {
                rewritten.add(p.where(), p.message());
            } else {
                rewritten.add("parameter '" + option + "'", p.message());
                named.add(option);
                said.add(p.message());
            }
        }
        if (!named.isEmpty() && named.size() == rewritten.list().size()) {
            throw InputException.inParameter(String.join("' and '", named), String.join("; ", said));
        }
        return named.isEmpty() ? e : new InvalidWorkflowException(doc.name(), rewritten);
    }

    /** The suggestions, or why there are none, in the words of the step that said so. */
    static NextExperiments suggestions(RunResult result) throws InputException {
        Optional<NextExperiments> next = result.first(Parts.NEXT_EXPERIMENTS);
        if (next.isPresent()) {
            return next.get();
        }
        String why = result.steps().stream().filter(s -> s.record().step().equals(STEP))
                .map(RunResult.StepOutcome::skipped).filter(r -> !r.isEmpty()).findFirst()
                .orElse("the workflow produced none");
        if (why.startsWith(TOO_MANY)) {
            // The step's count is the user's --batch: the fix is in the option they typed.
            throw InputException.inParameter("--batch", why + "; nothing was written");
        }
        throw InputException.inFile(result.dataset().source(), "no suggestions: " + why + "; nothing was written");
    }

    /** The rows of suggestions.csv: the input's condition headers, then what the models predict and why. */
    static List<String> csv(Dataset data, NextExperiments next) {
        List<Column> conditions = data.columns().stream().filter(c -> next.features().contains(c.key())).toList();
        List<String> properties = new ArrayList<>();
        next.recipes().forEach(r -> r.predicted().keySet().forEach(k -> {
            if (!properties.contains(k)) {
                properties.add(k);
            }
        }));
        List<String> header = new ArrayList<>();
        conditions.forEach(c -> header.add(c.header()));
        header.addAll(List.of("predicted class", "P(good)", "CV models against"));
        for (String p : properties) {
            String name = data.column(p).map(Column::header).orElse(p);
            header.add("predicted " + name);
            header.add("sd of " + name);
        }
        header.addAll(List.of("acquisition", "suggester", "why"));
        List<String> lines = new ArrayList<>();
        lines.add(row(header));
        for (NextExperiment r : next.recipes()) {
            List<String> row = new ArrayList<>();
            conditions.forEach(c -> row.add(plain(r.recipe().get(c.key()))));
            row.add(Integer.toString(r.predictedClass()));
            row.add(String.format(Locale.ROOT, "%.4f", r.goodProbability()));
            row.add(String.format(Locale.ROOT, "%.4f", r.disagreement()));
            for (String p : properties) {
                NextExperiment.Estimate e = r.predicted().get(p);
                row.add(e == null ? "" : String.format(Locale.ROOT, "%.4g", e.value()));
                row.add(e == null ? "" : String.format(Locale.ROOT, "%.3g", e.sd()));
            }
            row.add(String.format(Locale.ROOT, "%.4g", r.acquisition()));
            row.add(next.suggester());
            row.add(r.why());
            lines.add(row(row));
        }
        return lines;
    }

    private static String row(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add(c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\""
                    : c);
        }
        return String.join(",", quoted);
    }

    /** 0.75, 5, 100: the value as a lab writes it, without a binary tail. */
    static String plain(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Written to a temporary sibling and renamed into place: a reader never sees half a file. */
    private static void write(Path dir, List<String> lines) throws IOException {
        ResultsWriter.writeFile(dir.resolve(FILE),
                out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
