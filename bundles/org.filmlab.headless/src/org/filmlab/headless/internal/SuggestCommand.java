// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.filmlab.core.data.InputException;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.suggest.Suggestions;

/**
 * {@code filmlab suggest}: runs the workflow on the data and writes the recipes its
 * {@code nextExperiments} step suggests as {@code DIR/suggestions.csv}, the condition columns under
 * the input file's own headers, so that a lab adds its films under the same headers and runs again.
 */
final class SuggestCommand {

    static final List<String> OPTIONS = List.of("--data", "--batch", "--workflow", "--suggester", "--seed", "--out",
            "--import", "--conditions", "--properties", "--ignore", "--map");

    static final String FILE = Suggestions.FILE;

    private static final String STEP = Suggestions.STEP;

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
        doc = Suggestions.withBatch(doc, batch, options.get("--suggester"));
        RunResult result;
        try {
            result = FilmLabCommand.analyse(registry, doc, options, err);
        } catch (InvalidWorkflowException e) {
            throw inOptions(e, doc, options);
        }
        NextExperiments next = suggestions(result);
        Path dir = Path.of(options.get("--out"));
        Suggestions.writeCsv(dir.resolve(FILE), result.dataset(), next);
        out.printf("%d recipes by %s (%s) from %d candidates; good: class %d (%s)%n", next.recipes().size(),
                next.suggesterName(), next.suggester(), next.candidates(), next.goodClass(), next.criterion());
        for (NextExperiment r : next.recipes()) {
            List<String> recipe = new ArrayList<>();
            r.recipe().forEach((k, v) -> recipe.add(k + " " + Suggestions.plain(v)));
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
        Optional<NextExperiments> next = Suggestions.of(result);
        if (next.isPresent()) {
            return next.get();
        }
        String why = Suggestions.whyNone(result);
        if (Suggestions.batchTooLarge(why)) {
            // The step's count is the user's --batch: the fix is in the option they typed.
            throw InputException.inParameter("--batch", why + "; nothing was written");
        }
        throw InputException.inFile(result.dataset().source(), "no suggestions: " + why + "; nothing was written");
    }
}
