// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.filmlab.ui.internal.AnalysisUi.defaultRun;
import static org.filmlab.ui.internal.AnalysisUi.page;
import static org.filmlab.ui.internal.AnalysisUi.runDefaultAgain;
import static org.filmlab.ui.internal.AnalysisUi.standardDocument;
import static org.filmlab.ui.internal.AnalysisUi.waitUntil;
import static org.filmlab.ui.internal.DataUi.waitForFilmLabJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.sample.SampleData;
import org.filmlab.suggest.internal.Suggesters;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysis › Suggest next experiments as a user meets it: the dialog, the suggestions drawn on the
 * decision map with why, taken by the Next experiments list one or all, exported as
 * {@code filmlab suggest} writes them; and the requests that cannot be met, refused in the dialog's
 * terms with nothing changed.
 */
class SuggestionsUiTest {

    private static final int BATCH = 4;
    private static final long SEED = 11;

    @TempDir
    Path tmp;
    private String perspectiveBefore;

    @BeforeEach
    void remember() {
        perspectiveBefore = page().getPerspective().getId();
    }

    /** Other test classes expect the default run, an empty plan and the perspective they left. */
    @AfterEach
    void leaveTheDefaultRun() throws WorkbenchException {
        PlatformUI.getWorkbench().showPerspective(perspectiveBefore, PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow());
        Session.get().plan().clear();
        runDefaultAgain();
    }

    @Test
    void suggestedRecipesAreDrawnOnTheMapWithWhyAndTheListTakesOneOrAll() throws Exception {
        RunResult before = defaultRun();
        Session.get().plan().clear();
        suggestThroughTheMenu(BATCH, Suggesters.DEFAULT, SEED);
        waitForFilmLabJobs();
        assertTrue(Session.get().runProblem().isEmpty(), Session.get().runProblem().orElse(""));
        RunResult result = Session.get().result().orElseThrow();
        assertNotSame(before, result);
        NextExperiments next = result.first(Parts.NEXT_EXPERIMENTS).orElseThrow();
        assertEquals(BATCH, next.recipes().size(), "the batch size of the dialog");
        assertEquals(Suggesters.DEFAULT, next.suggester(), "the suggester of the dialog");
        assertEquals(SEED, result.workflow().seed(), "the seed of the dialog");

        // The first suggestion, on the panel of its P%, as a white diamond whose tooltip says why.
        DecisionMapView view = (DecisionMapView) page().showView(DecisionMapView.ID);
        NextExperimentsView list = (NextExperimentsView) page().showView(NextExperimentsView.ID);
        page().activate(view);
        DecisionMaps maps = result.first(Parts.DECISION_MAPS).orElseThrow();
        NextExperiment first = next.recipes().get(0);
        int panel = -1;
        for (int p = 0; p < maps.panels().size(); p++) {
            panel = maps.panels().get(p).level() == first.recipe().get(maps.panel()) ? p : panel;
        }
        view.showPanel(panel);
        DecisionMapChart chart = view.chart();
        int item = chart.suggestedHere().indexOf(first);
        assertTrue(item >= 0, "drawn on the panel of its level");
        XYPlot plot = chart.chart().getXYPlot();
        assertTrue(plot.getRenderer(2).getSeriesShape(0) instanceof java.awt.Polygon,
                "a diamond, not a film's dot: " + plot.getRenderer(2).getSeriesShape(0));
        String tip = plot.getRenderer(2).getToolTipGenerator(0, item).generateToolTip(plot.getDataset(2), 0, item);
        assertTrue(tip.contains("predicted class " + first.predictedClass()), tip);
        assertTrue(tip.contains(String.format(Locale.ROOT, "probability of the good class (%d) %.2f", next.goodClass(),
                first.goodProbability())), tip);
        assertTrue(tip.contains(String.format(Locale.ROOT, "acquisition value %.4g", first.acquisition())), tip);
        assertTrue(!first.predicted().isEmpty(), "the default suggester predicts properties");
        for (var e : first.predicted().entrySet()) {
            String symbol = result.dataset().column(e.getKey()).map(Column::symbol).orElseThrow();
            assertTrue(tip.contains(symbol + " = " + String.format(Locale.ROOT, "%.3g ± %.2g", e.getValue().value(),
                    e.getValue().sd())), symbol + " ± sd in: " + tip);
        }
        assertTrue(view.maps().headingText().contains(BATCH + " recipes suggested by"), view.maps().headingText());

        // One: a click on its marker takes that suggestion, saying where it came from.
        DecisionMapPresenter presenter = view.maps();
        waitUntil(presenter::drawn, "the map is drawn", 30_000);
        java.awt.Point pixel = presenter.pixelAt(first.recipe().get(maps.x()), first.recipe().get(maps.y()));
        assertEquals(tip, presenter.hoverText(pixel.x + 1, pixel.y + 1), "the tooltip under the mouse, also inside the"
                + " process window's outline");
        Event up = new Event();
        up.button = 1;
        up.x = pixel.x + 2;
        up.y = pixel.y - 2;
        presenter.clickTarget().notifyListeners(SWT.MouseUp, up);
        List<PlannedExperiment> planned = Session.get().plan().list();
        assertEquals(1, planned.size());
        PlannedExperiment one = planned.get(0);
        assertEquals(first.recipe().get(maps.x()), one.xValue(), 0.0);
        assertEquals(first.recipe().get(maps.y()), one.yValue(), 0.0);
        assertEquals(first.recipe().get(maps.panel()), one.level(), 0.0);
        assertEquals(first.margin(), one.margin(), 0.0);
        assertTrue(one.origin().startsWith("suggested by ") && one.origin().contains("seed " + SEED)
                && one.origin().endsWith(" on " + result.dataset().source()), one.origin());

        // All: the list's button.
        Button all = controls(list.table().getParent(), Button.class).stream()
                .filter(b -> b.getText().equals("Add all suggestions")).findFirst().orElseThrow();
        assertTrue(all.isEnabled());
        all.notifyListeners(SWT.Selection, new Event());
        Table table = list.table();
        assertEquals(BATCH, table.getItemCount(), "the suggestion taken on the map is not planned twice");
        all.notifyListeners(SWT.Selection, new Event());
        assertEquals(BATCH, table.getItemCount(), "a second click adds nothing");
        for (int row = 0; row < table.getItemCount(); row++) {
            assertEquals(one.origin(), table.getItem(row).getText(table.getColumnCount() - 1), "row " + row);
        }

        // Export as filmlab suggest writes: the condition columns under the input file's own headers.
        Path csv = tmp.resolve("suggestions.csv");
        SuggestionsExportHandler.export(result, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(1 + BATCH, lines.size());
        List<String> headers = new ArrayList<>();
        result.dataset().columns().stream().filter(c -> next.features().contains(c.key()))
                .forEach(c -> headers.add(c.header()));
        assertTrue(lines.get(0).startsWith(String.join(",", headers) + ",predicted class,P(good)"), lines.get(0));
        assertTrue(lines.get(1).startsWith(org.filmlab.suggest.Suggestions.plain(first.recipe().get(next.features()
                .get(0)))), lines.get(1));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(csv), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aBatchLargerThanTheGridOrNoGoodClassIsRefusedInTheDialogsTermsAndAConstantConditionAtReading() throws Exception {
        RunResult before = defaultRun();
        Dataset sample = Session.get().dataset().orElseThrow();
        Path sampleFile = Session.get().datasetFile().orElseThrow();
        WorkflowDocument standard = standardDocument();

        String tooMany = refused(SuggestHandler.job(standard, 5000, Suggesters.DEFAULT, 1, sample, sampleFile), before);
        assertTrue(tooMany.startsWith("Batch size 5000: asked for 5000 recipes, but the candidate grid has only"),
                tooMany);
        assertTrue(tooMany.endsWith(SuggestHandler.NOTHING_CHANGED), tooMany);

        WorkflowDocument noGoodClass = new WorkflowReader().read(new ByteArrayInputStream("""
                {"format": "filmlab.workflow/2", "id": "test.noGoodClass", "name": "classes by size, no good class",
                 "version": "1", "seed": 1, "data": {"conditions": [], "properties": [], "ignore": []},
                 "steps": [
                  {"step": "reduce", "use": "org.filmlab.weka.pca",
                   "settings": {"variables": "conditions+properties", "exclude": "P"}},
                  {"step": "cluster", "use": "org.filmlab.weka.kmeans", "settings": {"components": 2}, "params": {"k": 3}},
                  {"step": "classes", "use": "org.filmlab.core.classes.bySize"},
                  {"step": "classify", "use": "org.filmlab.weka.smo", "settings": {"features": "P,LS,XB"}},
                  {"step": "nextExperiments"}]}""".getBytes(StandardCharsets.UTF_8)), "no-good-class.json");
        String noGood = refused(SuggestHandler.job(noGoodClass, 3, Suggesters.DEFAULT, 1, sample, sampleFile), before);
        assertTrue(noGood.startsWith("No recipes can be suggested for " + sample.source() + ": no class is good"),
                noGood);
        assertTrue(noGood.endsWith(SuggestHandler.NOTHING_CHANGED), noGood);

        // Only the films made at P = 5: the condition P does not vary. The desktop reads data through the
        // same mapping as every run, which refuses the constant column by name before anything is suggested.
        List<String> lines = Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8);
        Path p5 = tmp.resolve("p5.csv");
        Files.write(p5, lines.stream().filter(l -> l.startsWith("#") || l.startsWith("film")
                || l.split(",")[1].equals("5")).toList());
        InputException constant = assertThrows(InputException.class, () -> new DatasetLoader(
                ContributionRegistry.getDefault()).load(p5, DatasetMapping.automatic(), null));
        assertTrue(constant.getMessage().startsWith("p5.csv, column 'P (wt%)': all ")
                && constant.getMessage().contains("values are 5;"), constant.getMessage());
        assertSame(before, Session.get().result().orElseThrow());
    }

    /** Runs the job and returns its message, checking that the session kept its run and its plan. */
    private static String refused(WorkflowRunJob job, RunResult before) {
        List<PlannedExperiment> plan = Session.get().plan().list();
        job.schedule();
        waitForFilmLabJobs();
        IStatus status = job.getResult();
        assertEquals(IStatus.ERROR, status.getSeverity(), status.getMessage());
        assertSame(before, Session.get().result().orElseThrow(), "the last run stays");
        assertEquals(plan, Session.get().plan().list(), "the Next experiments list stays");
        assertTrue(Session.get().runProblem().orElse("").contains(status.getMessage()), "the views say why");
        return status.getMessage();
    }

    /** Analysis › Suggest next experiments..., its dialog filled in and confirmed as a user does. */
    private static void suggestThroughTheMenu(int batch, String suggester, long seed) throws Exception {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + AnalysisUi.TIMEOUT_MS;
        // The dialog is modal: it is answered from the event loop it runs.
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (!s.isDisposed() && "Suggest next experiments".equals(s.getText())) {
                        controls(s, Spinner.class).get(0).setSelection(batch);
                        Combo suggesters = controls(s, Combo.class).get(0);
                        for (int i = 0; i < suggesters.getItemCount(); i++) {
                            if (suggesters.getItem(i).contains("(" + suggester + ")")) {
                                suggesters.select(i);
                            }
                        }
                        controls(s, Text.class).get(0).setText(Long.toString(seed));
                        controls(s, Button.class).stream().filter(b -> b.getText().equals("Suggest")).findFirst()
                                .orElseThrow().notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, this);
                }
            }
        });
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand(SuggestHandler.COMMAND, null);
    }

    private static <T extends Control> List<T> controls(Control under, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(under)) {
            out.add(type.cast(under));
        }
        if (under instanceof Composite c) {
            for (Control child : c.getChildren()) {
                out.addAll(controls(child, type));
            }
        }
        return out;
    }
}
