// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.filmlab.ui.internal.AnalysisUi.defaultRun;
import static org.filmlab.ui.internal.AnalysisUi.page;
import static org.filmlab.ui.internal.DataUi.waitForFilmLabJobs;
import static org.filmlab.ui.internal.AnalysisUi.waitUntil;
import static org.filmlab.ui.internal.AnalysisUi.standardDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.report.charts.FilmLabCharts;
import org.filmlab.ui.results.ExportableChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The result views of the Analysis perspective, contributed through {@code org.filmlab.ui.resultViews}:
 * the registry, a faulty contribution, the PCA, box-plot, statistics and decision-map views, the
 * "Next experiments" list, chart export and the report. Each test leaves the perspective it found.
 */
class ResultViewsTest {

    private String perspectiveBefore;
    private Path temp;

    @BeforeEach
    void remember() throws IOException {
        perspectiveBefore = page().getPerspective().getId();
        temp = Files.createTempDirectory("filmlab-ui-test-");
    }

    @AfterEach
    void restore() throws WorkbenchException, IOException {
        PlatformUI.getWorkbench().showPerspective(perspectiveBefore, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void registryListsTheContributionsFromTheirAttributesWithoutLoadingThem() {
        int before = CountingPresenter.created;
        List<ResultViewDescriptor> all = ResultViewRegistry.get().all();
        ResultViewDescriptor pca = all.stream().filter(d -> d.id().equals("org.filmlab.ui.results.pca")).findFirst()
                .orElseThrow();
        assertEquals("org.filmlab.ui.view.pca", pca.viewId());
        assertEquals(List.of("reduction", "classes"), pca.parts());
        assertEquals("org.filmlab.ui", pca.bundle());
        List<String> faulty = ResultViewRegistry.get().forView("org.filmlab.ui.tests.view.faulty").stream()
                .map(ResultViewDescriptor::id).toList();
        assertEquals(List.of("org.filmlab.ui.tests.results.a.throwing", "org.filmlab.ui.tests.results.b.counting"),
                faulty);
        assertEquals(before, CountingPresenter.created, "listing created no presenter");
    }

    @Test
    void aThrowingContributionShowsAMessageAndIsLoggedWhileTheRestOfTheViewWorks() throws PartInitException {
        RunResult run = defaultRun();
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        IWorkbenchPage page = page();
        ResultsView view;
        try {
            view = (ResultsView) page.showView("org.filmlab.ui.tests.view.faulty");
        } finally {
            Platform.removeLogListener(listener);
        }
        try {
            List<ResultsView.Slot> slots = view.slots();
            assertEquals(2, slots.size());
            ResultsView.Slot throwing = slots.get(0);
            assertNull(throwing.presenter);
            // A fragment's extensions are contributed in its host's name.
            assertTrue(throwing.failure.contains("org.filmlab.ui.tests.results.a.throwing")
                    && throwing.failure.contains("from " + throwing.descriptor.bundle()) && throwing.failure.contains(
                            ThrowingPresenter.MESSAGE), throwing.failure);
            assertTrue(throwing.note.isVisible() || throwing.note.getText().equals(throwing.failure));
            assertEquals(throwing.failure, throwing.note.getText());
            assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
                    && s.getMessage().contains("org.filmlab.ui.tests.results.a.throwing")), logged.toString());
            CountingPresenter counting = (CountingPresenter) slots.get(1).presenter;
            assertNotNull(counting, "the second presenter of the same view was created");
            assertSame(run, counting.shown());
            assertEquals(run.dataset().rowCount() + " rows", counting.text());
        } finally {
            page.hideView(view);
        }
    }

    @Test
    void pcaBoxPlotAndStatisticsViewsShowTheRun() throws PartInitException {
        RunResult run = defaultRun();
        IWorkbenchPage page = page();
        ResultsView pcaView = (ResultsView) page.showView(AnalysisPerspective.PCA);
        PcaPresenter pca = pcaView.presenter(PcaPresenter.class).orElseThrow();
        XYPlot scores = (XYPlot) pca.shownCharts().get(1).getPlot();
        QualityClasses classes = run.first(Parts.CLASSES).orElseThrow();
        for (int c = 1; c <= classes.count(); c++) {
            // Counted from the run's class assignment, not from the chart code.
            int films = 0;
            for (int a : classes.assignment()) {
                films += a == c ? 1 : 0;
            }
            assertEquals(films, scores.getDataset().getItemCount(c - 1), "films of class " + c);
        }
        assertEquals(2, pcaView.charts().size());

        ResultsView boxView = (ResultsView) page.showView(AnalysisPerspective.BOX_PLOTS);
        BoxPlotPresenter boxes = boxView.presenter(BoxPlotPresenter.class).orElseThrow();
        assertEquals(run.dataset().properties().stream().map(c -> c.key()).toList(), boxes.properties());
        CategoryPlot sigma = (CategoryPlot) boxes.shownCharts().get(boxes.properties().indexOf("sigmaN")).getPlot();
        assertEquals(classes.count(), sigma.getDataset().getColumnCount());
        String subtitle = ((TextTitle) boxes.shownCharts().get(0).getSubtitle(0)).getText();
        assertTrue(subtitle.contains("p = "), subtitle);

        ResultsView statsView = (ResultsView) page.showView(AnalysisPerspective.STATISTICS);
        StatisticsPresenter stats = statsView.presenter(StatisticsPresenter.class).orElseThrow();
        List<TestResult> tests = run.all(Parts.TEST);
        assertEquals(tests.size(), stats.tables().size());
        Table kruskalWallis = stats.tables().get(0);
        assertEquals(tests.get(0).rows().size(), kruskalWallis.getItemCount());
        List<String> headers = Stream.of(kruskalWallis.getColumns()).map(c -> c.getText()).toList();
        assertTrue(headers.contains("p"), headers.toString());
    }

    @Test
    void editSelectAllSelectsEveryRowOfTheResultTableInFocusAndCopyTakesThemWithTheHeader() throws Exception {
        RunResult run = defaultRun();
        ResultsView statsView = (ResultsView) page().showView(AnalysisPerspective.STATISTICS);
        Table kruskalWallis = statsView.presenter(StatisticsPresenter.class).orElseThrow().tables().get(0);
        int rows = run.all(Parts.TEST).get(0).rows().size();
        assertTrue(rows > 1, "a table of several rows: " + rows);
        // The user enters the table (this test runtime's shell cannot always take the keyboard focus).
        kruskalWallis.notifyListeners(SWT.FocusIn, new Event());
        kruskalWallis.select(0);
        IHandlerService handlers = statsView.getSite().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_SELECT_ALL, null);
        assertEquals(rows, kruskalWallis.getSelectionCount(), "Edit > Select all selected every row");
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_COPY, null);
        Clipboard clipboard = new Clipboard(kruskalWallis.getDisplay());
        try {
            String copied = (String) clipboard.getContents(TextTransfer.getInstance());
            assertEquals(rows + 1, copied.split("\n").length, "the header and every row: " + copied);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void clickingADecisionMapAddsThePointToTheNextExperimentsWhichExportAsCsv() throws Exception {
        RunResult run = defaultRun();
        IWorkbenchPage page = page();
        PlatformUI.getWorkbench().showPerspective(AnalysisPerspective.ID, PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow());
        Session.get().plan().clear();
        DecisionMapView view = (DecisionMapView) page.showView(DecisionMapView.ID);
        NextExperimentsView list = (NextExperimentsView) page.showView(NextExperimentsView.ID);
        page.activate(view);
        DecisionMaps maps = run.first(Parts.DECISION_MAPS).orElseThrow();
        int panelIndex = -1;
        for (int p = 0; p < maps.panels().size() && panelIndex < 0; p++) {
            panelIndex = maps.panels().get(p).measured() ? -1 : p;
        }
        assertTrue(panelIndex >= 0, "the paper's workflow maps an interpolated P% level");
        view.showPanel(panelIndex);
        DecisionMapPresenter presenter = view.maps();
        // Run alone, this workbench left the map a few pixels high, too coarse to click one grid point: the
        // clicks below are made on the view maximised, as a user clicks on a map.
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        waitUntil(() -> presenter.drawn() && presenter.dataAreaHeight() >= 200, "the map is drawn at least 200 pixels"
                + " high", 30_000);
        int xi = maps.xs().length / 3;
        int yi = maps.ys().length * 2 / 3;
        java.awt.Point pixel = presenter.pixelAt(maps.xs()[xi], maps.ys()[yi]);
        Event up = new Event();
        up.button = 1;
        up.x = pixel.x;
        up.y = pixel.y;
        presenter.clickTarget().notifyListeners(SWT.MouseUp, up);

        List<PlannedExperiment> planned = Session.get().plan().list();
        assertEquals(1, planned.size());
        PlannedExperiment e = planned.get(0);
        DecisionMaps.Panel panel = maps.panels().get(panelIndex);
        assertEquals(panel.level(), e.level(), 0.0);
        assertEquals(maps.xs()[xi], e.xValue(), 0.0);
        assertEquals(maps.ys()[yi], e.yValue(), 0.0);
        assertEquals(panel.classes()[yi][xi], e.predictedClass());
        assertEquals(panel.margins()[yi][xi], e.margin(), 1e-12);
        assertEquals(Session.get().result().orElseThrow().dataset().source(), e.dataset(),
                "the film says which data set it was planned on");
        // The hover text of that grid point names the same class.
        assertTrue(view.chart().toolTip(xi, yi).contains("class " + e.predictedClass() + " ("));

        Table table = list.table();
        assertEquals(1, table.getItemCount());
        // The columns name the conditions as the maps' axes and the data table do (the results' keys are P, LS, XB).
        assertEquals(List.of("P%", "L:S", "X:B"), List.of(table.getColumn(0).getText(), table.getColumn(1).getText(),
                table.getColumn(2).getText()));
        assertEquals("data set", table.getColumn(table.getColumnCount() - 2).getText());
        assertEquals(e.dataset(), table.getItem(0).getText(table.getColumnCount() - 2));
        assertEquals("from", table.getColumn(table.getColumnCount() - 1).getText());
        assertEquals("picked on the map", table.getItem(0).getText(table.getColumnCount() - 1));
        presenter.clickTarget().notifyListeners(SWT.MouseUp, up);
        assertEquals(2, table.getItemCount());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

        Path csv = temp.resolve("next.csv");
        Session.get().plan().exportCsv(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith(maps.panel() + "," + maps.x() + "," + maps.y() + ",predictedClass"),
                lines.get(0));
        // The class label may hold a comma (it is quoted), so the margin is read from the end of the line.
        String[] cells = lines.get(1).split(",");
        assertEquals(panel.level(), Double.parseDouble(cells[0]), 1e-12);
        assertEquals(maps.xs()[xi], Double.parseDouble(cells[1]), 1e-12);
        assertEquals(maps.ys()[yi], Double.parseDouble(cells[2]), 1e-12);
        assertEquals(panel.margins()[yi][xi], Double.parseDouble(cells[cells.length - 3]), 1e-6);

        table.setSelection(0);
        list.removeSelected();
        assertEquals(1, table.getItemCount());
        assertEquals(1, Session.get().plan().list().size());
        Session.get().plan().clear();
        assertEquals(0, table.getItemCount());
    }

    @Test
    void theWindowAndTheClassifierNameConditionsByTheirSymbols() throws Exception {
        defaultRun();
        DecisionMapView view = (DecisionMapView) page().showView(DecisionMapView.ID);
        // As the map's axes do ("L:S (µL/mg)"), not by the keys the parts were written with (LS, XB).
        String heading = view.maps().headingText();
        assertTrue(heading.matches("(?s).*process window \\(class 1[^)]*\\)\\) at L:S = [0-9.]+ ± [0-9.]+, X:B = [0-9]+ ± [0-9]+\\..*"),
                heading);
        MetricsView metrics = (MetricsView) page().showView(MetricsView.ID);
        assertTrue(metrics.texts().contains("Classifier (P%, L:S, X:B → class)"), metrics.texts().toString());
    }

    @Test
    void aRuleThatCallsNoClassGoodDrawsNoProcessWindowOnTheMaps() throws Exception {
        RunResult paper = defaultRun();
        DecisionMapView view = (DecisionMapView) page().showView(DecisionMapView.ID);
        // The paper's rule calls a class good: its window is announced and outlined where it is predicted.
        assertNotNull(paper.first(Parts.DECISION_MAPS).orElseThrow().window());
        assertTrue(view.maps().headingText().contains("process window (class "), view.maps().headingText());
        boolean outlined = false;
        for (int p = 0; p < paper.first(Parts.DECISION_MAPS).orElseThrow().panels().size(); p++) {
            view.showPanel(p);
            outlined |= !view.chart().chart().getXYPlot().getAnnotations().isEmpty();
        }
        assertTrue(outlined, "the window is outlined on some panel");

        // Classes numbered by size, with no criterion of quality: no class is good, so there is no window.
        WorkflowDocument standard = standardDocument();
        List<StepSpec> steps = standard.steps().stream().map(s -> s.step().equals("classes")
                ? new StepSpec("classes", "org.filmlab.core.classes.bySize", Map.of(), s.settings(), "", Map.of())
                : s).toList();
        WorkflowDocument bySize = standard.withSteps(steps).asVariant("classes by size");
        WorkflowRunJob job = new WorkflowRunJob(bySize, Session.get().dataset().orElseThrow(),
                Session.get().datasetFile().orElseThrow());
        job.schedule();
        waitForFilmLabJobs();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        RunResult run = Session.get().result().orElseThrow();
        DecisionMaps maps = run.first(Parts.DECISION_MAPS).orElseThrow();
        assertNull(maps.window(), "the rule calls no class good");

        String heading = view.maps().headingText();
        // The view's announcement of a window is "process window (class N...)"; only its absence may be said.
        assertFalse(heading.contains("process window ("), heading);
        assertTrue(heading.contains("No process window: " + maps.noWindow()), heading);
        for (int p = 0; p < maps.panels().size(); p++) {
            view.showPanel(p);
            assertTrue(view.chart().chart().getXYPlot().getAnnotations().isEmpty(), "no window outline on panel " + p);
        }
    }

    @Test
    void chartsExportAsSvgAndPngThatParse() throws Exception {
        defaultRun();
        ResultsView pcaView = (ResultsView) page().showView(AnalysisPerspective.PCA);
        List<ExportableChart> charts = pcaView.charts();
        List<Path> svgs = ChartExport.write(charts, temp.resolve("pca.svg"));
        assertEquals(List.of(temp.resolve("pca-pca-correlation-circle.svg"), temp.resolve("pca-pca-scores.svg")), svgs);
        for (Path svg : svgs) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getTagName());
        }
        List<Path> one = ChartExport.write(charts.subList(1, 2), temp.resolve("scores.png"));
        assertEquals(List.of(temp.resolve("scores.png")), one);
        BufferedImage png = ImageIO.read(one.get(0).toFile());
        assertEquals(charts.get(1).width() * FilmLabCharts.PNG_SCALE, png.getWidth());
        assertEquals(charts.get(1).height() * FilmLabCharts.PNG_SCALE, png.getHeight());
    }

    @Test
    void openReportRendersTheHtmlReportOfTheRunInAJob() throws IOException {
        RunResult run = defaultRun();
        List<Path> opened = new ArrayList<>();
        ReportJob job = new ReportJob(run, temp.resolve("report"), opened::add);
        job.schedule();
        waitForFilmLabJobs();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        Path html = temp.resolve("report").resolve("report.html");
        assertEquals(List.of(html), opened);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(run.dataset().isSynthetic(), "the bundled sample is synthetic");
        assertTrue(text.contains("SYNTHETIC"), "the report carries the synthetic-data banner");
        assertTrue(job.rendered().files().stream().anyMatch(f -> f.startsWith("figures/") && f.endsWith(".png")));
    }
}
