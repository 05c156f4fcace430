// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The desktop application as a user meets it, inside its own workbench (tycho-surefire's UI
 * harness starts org.filmlab.ui.application and runs these on the UI thread). The tests share one
 * workbench, so they run in order: start, run, cancel.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopApplicationTest {

    /** Far above the default workflow's few seconds here; reached only if something hangs. */
    private static final long JOB_TIMEOUT_MS = 300_000;

    @Test
    @Order(1)
    void opensOnTheDataPerspectiveWithTheSampleInTheTable() throws IOException {
        DataUi.waitForFilmLabJobs();
        IWorkbenchPage page = page();
        assertEquals(DataPerspective.ID, page.getPerspective().getId());
        DatasetView view = (DatasetView) page.findView(DatasetView.ID);
        assertNotNull(view, "the Data perspective shows the data-set view");
        DatasetTable table = view.table();
        assertNotNull(table, "the sample was loaded at start-up: " + Session.get().importProblem().orElse(""));
        // Counted from the shipped file's text, not from FilmLab's reading of it: data lines below the header.
        assertEquals(dataLines(SampleData.file()), table.rowCount());
        assertEquals(110, table.rowCount());
        assertTrue(table.control().isVisible());
        assertTrue(table.control().getBounds().height > 100, "the table fills the view: " + table.control().getBounds());

        Dataset dataset = Session.get().dataset().orElseThrow();
        for (int c = 0; c < dataset.columns().size(); c++) {
            Column column = dataset.columns().get(c);
            String header = table.headerAt(c);
            assertTrue(header.startsWith(column.symbol() + " "), header);
            assertTrue(header.contains(column.role().name().toLowerCase(Locale.ROOT)), header);
            assertTrue(header.contains(column.unit()), header);
        }
    }

    @Test
    @Order(2)
    void sortingByAColumnOrdersTheRowsAndClearingRestoresFileOrder() {
        DatasetTable table = ((DatasetView) page().findView(DatasetView.ID)).table();
        Dataset dataset = Session.get().dataset().orElseThrow();
        int sigma = dataset.columns().indexOf(dataset.column("sigmaN").orElseThrow());
        table.sortModel().sort(sigma, SortDirectionEnum.DESC, false);
        for (int r = 1; r < table.rowCount(); r++) {
            assertTrue(table.valueAt(sigma, r - 1) >= table.valueAt(sigma, r), "row " + r);
        }
        // The row label travels with its values.
        int top = dataset.rowLabels().indexOf(table.labelAt(0));
        assertEquals(dataset.columns().get(sigma).values()[top], table.valueAt(sigma, 0), 0.0);
        table.sortModel().clear();
        for (int r = 0; r < table.rowCount(); r++) {
            assertEquals(dataset.columns().get(sigma).values()[r], table.valueAt(sigma, r), 0.0);
        }
    }

    @Test
    @Order(3)
    void runWorkflowCommandRunsTheDefaultWorkflowAndTheViewsShowItsResult() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getService(IHandlerService.class).executeCommand(RunWorkflowHandler.COMMAND, null);
        DataUi.waitForFilmLabJobs();

        Session session = Session.get();
        assertTrue(session.runProblem().isEmpty(), () -> session.runProblem().get());
        RunResult result = session.result().orElseThrow();
        ContributionDescriptor standard = ContributionRegistry.getDefault().list(ContributionKind.WORKFLOW).stream()
                .filter(ContributionDescriptor::isDefault).findFirst().orElseThrow();
        assertEquals(standard.id(), result.workflow().id());
        assertSame(session.dataset().orElseThrow(), result.dataset());
        assertEquals(AnalysisPerspective.ID, page().getPerspective().getId());

        DecisionMapView mapView = (DecisionMapView) page().findView(DecisionMapView.ID);
        assertNotNull(mapView);
        DecisionMaps maps = result.first(Parts.DECISION_MAPS).orElseThrow();
        boolean sawInterpolated = false;
        for (int p = 0; p < maps.panels().size(); p++) {
            mapView.showPanel(p);
            assertEquals(p, mapView.panelShown());
            DecisionMaps.Panel panel = maps.panels().get(p);
            sawInterpolated |= !panel.measured();
            DecisionMapChart chart = mapView.chart();
            for (int[] point : new int[][] { { 0, 0 }, { maps.xs().length / 2, maps.ys().length / 3 },
                { maps.xs().length - 1, maps.ys().length - 1 } }) {
                int xi = point[0];
                int yi = point[1];
                assertEquals(panel.classes()[yi][xi], chart.classAt(xi, yi), "panel " + p + " at " + xi + "," + yi);
                assertEquals(maps.xs()[xi], chart.pointAt(xi, yi)[0], 0.0);
                assertEquals(maps.ys()[yi], chart.pointAt(xi, yi)[1], 0.0);
                assertTrue(chart.toolTip(xi, yi).contains("class " + panel.classes()[yi][xi] + " ("),
                        chart.toolTip(xi, yi));
            }
        }
        assertTrue(sawInterpolated, "the paper's workflow maps interpolated P% levels too");

        MetricsView metrics = (MetricsView) page().findView(MetricsView.ID);
        assertNotNull(metrics);
        ClassifierEvaluation.Split split = result.first(Parts.EVALUATION).orElseThrow().split();
        Table holdOut = metrics.tables().get(0);
        int shownTotal = 0;
        for (TableItem item : holdOut.getItems()) {
            for (int c = 1; c < holdOut.getColumnCount(); c++) {
                shownTotal += Integer.parseInt(item.getText(c));
            }
        }
        // Every held-out film lands in exactly one cell of the shown matrix.
        assertEquals(split.testRows(), shownTotal);
        Table kruskalWallis = metrics.tables().get(2);
        assertEquals(result.dataset().properties().size(), kruskalWallis.getItemCount());
    }

    @Test
    @Order(4)
    void cancellingARunKeepsThePreviousResult() {
        Session session = Session.get();
        RunResult before = session.result().orElseThrow();
        ContributionDescriptor standard = ContributionRegistry.getDefault().list(ContributionKind.WORKFLOW).stream()
                .filter(ContributionDescriptor::isDefault).findFirst().orElseThrow();
        WorkflowRunJob job = new WorkflowRunJob(standard, session.dataset().orElseThrow(),
                session.datasetFile().orElseThrow());
        job.schedule();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + JOB_TIMEOUT_MS;
        while (job.getState() != Job.RUNNING && job.getResult() == null && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                DataUi.sleep();
            }
        }
        job.cancel();
        DataUi.waitForFilmLabJobs();
        assertNotNull(job.getResult());
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
        assertSame(before, session.result().orElseThrow());
        // The job says so from its end, after it has left the job family: other job listeners
        // (the Stop command's enablement) may run first, so the message can come a moment later.
        AnalysisUi.waitUntil(() -> session.runProblem().orElse("").contains("cancelled"),
                "the session to say the run was cancelled", 5_000);
    }

    @Test
    @Order(5)
    void aWorkflowFromTheExamplePlugInRunsInTheDesktopApp() {
        Session session = Session.get();
        ContributionDescriptor example = ContributionRegistry.getDefault().find(ContributionKind.WORKFLOW,
                "org.filmlab.examples.workflow.kmedoids").orElseThrow(
                        () -> new AssertionError("the example plug-in's workflow is not installed"));
        WorkflowRunJob job = new WorkflowRunJob(example, session.dataset().orElseThrow(),
                session.datasetFile().orElseThrow());
        job.schedule();
        DataUi.waitForFilmLabJobs();
        assertNotNull(job.getResult());
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        RunResult result = session.result().orElseThrow();
        assertEquals(example.id(), result.workflow().id());
        assertTrue(result.steps().stream().anyMatch(s -> s.record().contribution().equals("org.filmlab.examples.kmedoids")),
                "the run used the example clusterer");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static long dataLines(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        long content = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        return content - 1;
    }
}
