// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;

/**
 * What {@code filmlab suggest} and the desktop's Analysis › Suggest next experiments share: the
 * workflow asking for a batch, why a run produced no suggestions, and {@code suggestions.csv} with
 * the condition columns under the input file's own headers (so that a lab adds its films under the
 * same headers and runs again).
 */
public final class Suggestions {

    /** The file {@code filmlab suggest} writes into its output folder. */
    public static final String FILE = "suggestions.csv";

    /** The word of the kind of step that suggests. */
    public static final String STEP = "nextExperiments";

    /** How the step begins its reason when more recipes are asked for than it has candidates. */
    private static final String TOO_MANY = "asked for ";

    private Suggestions() {
    }

    /**
     * The document with its next-experiments step asking for {@code batch} recipes (the step appended
     * when it has none), by the suggester of that id when one is given.
     */
    public static WorkflowDocument withBatch(WorkflowDocument doc, int batch, String suggester) {
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

    /** The run's suggestions, if it made any. */
    public static Optional<NextExperiments> of(RunResult result) {
        return result.first(Parts.NEXT_EXPERIMENTS);
    }

    /** Why the run made no suggestions, in the words of the step that said so. */
    public static String whyNone(RunResult result) {
        return result.steps().stream().filter(s -> s.record().step().equals(STEP))
                .map(RunResult.StepOutcome::skipped).filter(r -> !r.isEmpty()).findFirst()
                .orElse("the workflow has no " + STEP + " step that ran");
    }

    /** Whether {@link #whyNone} says more recipes were asked for than there are candidates (the batch size's fault). */
    public static boolean batchTooLarge(String whyNone) {
        return whyNone.startsWith(TOO_MANY);
    }

    /** The rows of suggestions.csv: the input's condition headers, then what the models predict and why. */
    public static List<String> csv(Dataset data, NextExperiments next) {
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

    /**
     * Writes the run's suggestions as CSV to {@code file}: to a temporary sibling first, renamed into
     * place, so a reader never sees half a file and a failure leaves what was there.
     */
    public static void writeCsv(Path file, Dataset data, NextExperiments next) throws IOException {
        List<String> lines = csv(data, next);
        ResultsWriter.writeFile(file, out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** 0.75, 5, 100: the value as a lab writes it, without a binary tail. */
    public static String plain(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String row(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add(c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\""
                    : c);
        }
        return String.join(",", quoted);
    }
}
