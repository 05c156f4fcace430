// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.TrainedClassifier;
import org.filmlab.suggest.CandidateGrid;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.Suggester;
import org.filmlab.suggest.SuggestionRequest;

/**
 * The {@code nextExperiments} kind of step: builds the candidate recipes, asks the chosen suggester
 * for a batch, and explains each pick by what the classifier says there. Suggestions exist only for
 * a class the workflow's quality rule calls good; without one, or when a condition does not vary, or
 * when more recipes are asked for than there are candidates, the step says why and produces nothing.
 */
public final class NextExperimentsStep implements StepType {

    /** The paper's lab steps: 0.05 µL/mg of L:S, 5 vol% of X:B. */
    static final String DEFAULT_STEPS = "LS=0.05, XB=5";


    private static final ParameterSet SETTINGS = ParameterSet.of(
            Parameter.text("suggester", "Suggester", "Which suggester chooses the recipes, by id.", Suggesters.DEFAULT),
            Parameter.integer("count", "Recipes", "How many recipes to propose.", 8, 1, 10_000),
            Parameter.real("spacing", "Spacing", "The smallest distance between two proposed recipes, in units of"
                    + " each condition's range.", 0.1, 0.0, 1.0),
            Parameter.text("steps", "Lab's steps", "The step of each condition the lab can set (CONDITION=STEP, comma-"
                    + "separated), across its measured range; a condition without one stays at its measured levels.",
                    DEFAULT_STEPS),
            Parameter.text("objective", "Property to improve", "The property the suggestions aim to improve, by key.",
                    "sigmaN"),
            Parameter.choice("better", "Better", "Whether a higher or a lower value of that property is better.",
                    "higher", "higher", "lower"),
            Parameter.text("properties", "Properties to predict", "Properties whose predicted value a suggestion"
                    + " states, comma-separated keys (the objective first).", "sigmaN,RD"),
            Parameter.text("limits", "Property limits", "Limits the lab states on properties, comma-separated"
                    + " (RD<=5, thickness>=40); suggesters that model properties weigh recipes by the chance of"
                    + " keeping within them. Empty: none.", ""));

    @Override
    public ParameterSet parameters() {
        return SETTINGS;
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.CLASSIFIER), StepInput.required(Parts.CLASSES));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.NEXT_EXPERIMENTS);
    }

    @Override
    public int weight() {
        return 5;
    }

    @Override
    public void configure(StepConfiguration c) {
        ParameterValues s = c.settings();
        Optional<Suggesters.Descriptor> suggester = Suggesters.find(s.getString("suggester").strip());
        if (suggester.isEmpty()) {
            c.problem("suggester", "no suggester '" + s.getString("suggester") + "' is installed; "
                    + Suggesters.installed());
        } else if (c.data().rowCount() > suggester.get().maxFilms()) {
            // Decided from the declaration, before anything runs: a cubic fit on 10^4 films would
            // run into the workflow's time limit instead.
            c.skip(suggester.get().label() + " fits at most " + suggester.get().maxFilms() + " films and the data"
                    + " have " + c.data().rowCount() + "; choose a suggester without a limit (" + String.join(", ",
                            Suggesters.list().stream().filter(d -> d.maxFilms() == Integer.MAX_VALUE)
                                    .map(Suggesters.Descriptor::id).toList())
                    + ") with the step's 'suggester' setting or --suggester, or suggest from a sample of the films");
        }
        List<String> features = c.spec(Parts.CLASSIFIER).map(PartSpec::names).orElse(List.of());
        try {
            // The default names the paper's conditions; on other data (the wine chain, a lab's own
            // names) it applies to none and is no mistake. Steps the user gave must name conditions.
            boolean given = !DEFAULT_STEPS.equals(s.getString("steps").strip());
            for (String key : CandidateGrids.steps(s.getString("steps")).keySet()) {
                if (given && !features.isEmpty() && !features.contains(key)) {
                    c.problem("steps", "'" + key + "' is not one of the classifier's conditions ("
                            + String.join(", ", features) + ")");
                }
            }
        } catch (IllegalArgumentException e) {
            c.problem("steps", e.getMessage());
        }
        try {
            for (String key : limits(s.getString("limits")).keySet()) {
                if (c.data().column(key).isEmpty()) {
                    c.problem("limits", "the data have no property '" + key + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            c.problem("limits", e.getMessage());
        }
        String objective = s.getString("objective").strip();
        if (c.data().column(objective).isEmpty()) {
            c.skip("the data have no property '" + objective + "' to improve; set the step's 'objective' to one of "
                    + String.join(", ", c.data().properties().stream().map(Column::key).toList()));
        }
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        TrainedClassifier classifier = e.input(Parts.CLASSIFIER).orElseThrow();
        QualityClasses classes = e.input(Parts.CLASSES).orElseThrow();
        ParameterValues s = e.settings();
        int count = s.getInt("count");
        if (classes.bestClass() == 0) {
            e.nothingToProduce("no class is good by the workflow's quality rule (" + classes.criterion()
                    + "), so there is nothing to aim for: no recipe is suggested");
            return;
        }
        Dataset data = e.data();
        CandidateGrid grid;
        try {
            grid = CandidateGrids.build(data, classifier.features(), CandidateGrids.steps(s.getString("steps")));
        } catch (CandidateGrids.Refusal r) {
            e.nothingToProduce(r.getMessage());
            return;
        }
        // filmlab suggest reads a reason beginning "asked for " as one about its --batch option.
        if (count > grid.size()) {
            e.nothingToProduce("asked for " + count + " recipes, but the candidate grid has only " + grid.size()
                    + " recipes not made yet (conditions " + String.join(", ", classifier.features())
                    + " at their measured levels or in the steps '" + s.getString("steps") + "'): ask for fewer or"
                    + " give finer steps");
            return;
        }
        Suggesters.Descriptor d = Suggesters.find(s.getString("suggester").strip()).orElseThrow();
        Suggester suggester = e.call("creating suggester " + d.label(), () -> Suggesters.create(d));
        SuggestionRequest request = request(data, classifier, classes, grid, s, e.seed());
        List<Pick> picks = e.call("suggesting with " + d.label(), () -> suggester.suggest(request, progress.split(8)));
        check(picks, count, grid, d);
        String method = e.call("asking " + d.label() + " its method", suggester::method);
        List<NextExperiment> recipes = new ArrayList<>();
        for (Pick p : picks) {
            recipes.add(e.call("explaining a pick of " + d.label(), () -> explain(p, request)));
        }
        e.emit(Parts.NEXT_EXPERIMENTS, new NextExperiments(classifier.features(), recipes, d.id(), d.name(), method,
                classes.bestClass(), classes.criterion(), grid.size()));
    }

    private static SuggestionRequest request(Dataset data, TrainedClassifier classifier, QualityClasses classes,
            CandidateGrid grid, ParameterValues s, long seed) {
        List<String> features = classifier.features();
        double[][] measured = data.matrix(features.stream().map(k -> data.column(k).orElseThrow()).toList());
        String objective = s.getString("objective").strip();
        Map<String, double[]> properties = new LinkedHashMap<>();
        properties.put(objective, data.column(objective).orElseThrow().values());
        for (String key : s.getString("properties").split(",")) {
            data.column(key.strip()).ifPresent(c -> properties.putIfAbsent(c.key(), c.values()));
        }
        Map<String, double[]> limits = limits(s.getString("limits"));
        for (String key : limits.keySet()) {
            properties.putIfAbsent(key, data.column(key).orElseThrow().values());
        }
        return new SuggestionRequest(features, measured, properties, objective,
                s.getString("better").equals("higher"), limits, classes.assignment().clone(), classes.bestClass(),
                classes.criterion(), classifier.model(), classifier.foldModels(), grid, s.getInt("count"),
                s.getDouble("spacing"), seed);
    }

    /**
     * Parses the {@code limits} setting: {@code "RD<=5, thickness>=40"}, several limits of one property
     * combined.
     *
     * @throws IllegalArgumentException naming the entry that is not KEY<=NUMBER or KEY>=NUMBER
     */
    static Map<String, double[]> limits(String text) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            boolean atMost = entry.contains("<=");
            String[] kv = entry.split(atMost ? "<=" : ">=", -1);
            double v;
            try {
                v = kv.length == 2 ? Double.parseDouble(kv[1].strip()) : Double.NaN;
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (kv.length != 2 || kv[0].isBlank() || !Double.isFinite(v)) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not PROPERTY<=NUMBER or PROPERTY>=NUMBER"
                        + " (e.g. RD<=5)");
            }
            double[] range = out.computeIfAbsent(kv[0].strip(),
                    k -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
            if (atMost) {
                range[1] = Math.min(range[1], v);
            } else {
                range[0] = Math.max(range[0], v);
            }
        }
        return out;
    }

    private static void check(List<Pick> picks, int count, CandidateGrid grid, Suggesters.Descriptor d)
            throws StepFailedException {
        Set<Integer> seen = new HashSet<>();
        for (Pick p : picks) {
            if (p.candidate() < 0 || p.candidate() >= grid.size() || !seen.add(p.candidate())) {
                throw new StepFailedException(Status.error("suggester " + d.label() + " picked candidate " + p.candidate()
                        + ", which is outside the " + grid.size() + " candidates or picked twice"));
            }
        }
        if (picks.size() != count) {
            throw new StepFailedException(Status.error("suggester " + d.label() + " returned " + picks.size() + " recipes, not the "
                    + count + " asked for"));
        }
    }

    /** The pick with what the classifier says there: its class, margin, probability of good, and the folds' votes. */
    static NextExperiment explain(Pick p, SuggestionRequest r) {
        double[] recipe = r.candidates().point(p.candidate());
        Prediction q = r.classifier().predict(recipe.clone());
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (int k = 0; k < recipe.length; k++) {
            byKey.put(r.conditions().get(k), recipe[k]);
        }
        double good = r.goodClass() - 1 < q.distribution().length ? q.distribution()[r.goodClass() - 1] : 0.0;
        return new NextExperiment(byKey, q.label() + 1, q.margin(), good, Votes.disagreement(r.foldModels(), recipe),
                p.predicted(), p.acquisition(), p.why());
    }
}
