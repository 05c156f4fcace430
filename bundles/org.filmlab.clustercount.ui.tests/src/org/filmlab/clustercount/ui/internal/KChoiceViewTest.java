// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.filmlab.clustercount.KChoice;
import org.filmlab.ui.internal.Session;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * The Choice-of-k view as a user meets it: Analysis › Run workflow... with the workflow that
 * diagnoses k picked in its dialog, then the view, read through its widgets only.
 */
// The desktop's session is how a test learns that the run finished; it is not API for other bundles.
@SuppressWarnings("restriction")
class KChoiceViewTest {

    private static final String WORKFLOW = "org.filmlab.workflow.chenDuquesnoy2021.kDiagnostics";
    private static final String VIEW = "org.filmlab.clustercount.ui.view.kChoice";
    /** Far above the workflow's seconds here; reached only if something hangs. */
    private static final long TIMEOUT_MS = 300_000;

    @Test
    void showsTheDiagnosticsOfKFromTwoToEightAndTheKTheRulePicks() throws Exception {
        waitUntil(() -> Session.get().dataset().isPresent(), "the sample data set is loaded");
        runPicked(WORKFLOW);
        waitUntil(() -> Session.get().runProblem().isPresent()
                || Session.get().result().filter(r -> r.workflow().id().equals(WORKFLOW)).isPresent(),
                "the workflow with the diagnostics of k has run");
        assertEquals(Optional.empty(), Session.get().runProblem());
        KChoice choice = Session.get().result().orElseThrow().first(KChoice.TYPE).orElseThrow();

        IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(VIEW);
        Composite root = (Composite) controls(view.getSite().getShell(), Label.class).stream()
                .filter(l -> l.isVisible() && l.getText().startsWith("k = ")).findFirst()
                .orElseThrow(() -> new AssertionError("no verdict 'k = …' in the view")).getParent();
        String verdict = ((Label) controls(root, Label.class).get(0)).getText();
        assertTrue(verdict.startsWith("k = " + choice.chosen() + " by the rule: " + choice.ruleText()), verdict);
        assertTrue(verdict.contains("kept its own k"), "diagnoseK leaves the paper's k = 3 in place: " + verdict);
        assertTrue(verdict.contains("for k = 2…8"), verdict);

        List<ChartComposite> charts = controls(root, ChartComposite.class);
        assertEquals(2, charts.size(), "the diagnostics against k, and the films' silhouettes");
        CombinedDomainXYPlot diagnostics = (CombinedDomainXYPlot) charts.get(0).getChart().getPlot();
        for (XYPlot panel : diagnostics.getSubplots()) {
            for (int d = 0; d < panel.getDatasetCount(); d++) {
                XYDataset data = panel.getDataset(d);
                for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                    List<Integer> ks = new ArrayList<>();
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        ks.add((int) Math.round(data.getXValue(s, i)));
                    }
                    assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), ks, "series " + data.getSeriesKey(s) + " spans k = 2…8");
                }
            }
        }
        XYDataset bars = ((XYPlot) charts.get(1).getChart().getPlot()).getDataset();
        int films = 0;
        for (int s = 0; s < bars.getSeriesCount(); s++) {
            films += bars.getItemCount(s);
        }
        assertEquals(choice.chosenCandidate().assignment().length, films, "one bar per film");
        assertEquals(choice.chosenCandidate().clusters(), bars.getSeriesCount(),
                "the silhouettes are grouped by the clusters of the chosen k");
    }

    /** Analysis › Run workflow... and the workflow picked in its dialog, as a user does. */
    private static void runPicked(String workflow) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        ParameterizedCommand run = ParameterizedCommand.generateCommand(
                commands.getCommand("org.filmlab.ui.runWorkflow"), Map.of("org.filmlab.ui.runWorkflow.choose", "true"));
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        // The dialog is modal: it is answered from the event loop it runs.
        Display.getCurrent().timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell s : Display.getCurrent().getShells()) {
                    if (!s.isDisposed() && "Run workflow".equals(s.getText())) {
                        Table table = controls(s, Table.class).get(0);
                        for (int i = 0; i < table.getItemCount(); i++) {
                            if (table.getItem(i).getText().contains("[" + workflow + ",")) {
                                table.setSelection(i);
                            }
                        }
                        controls(s, Button.class).stream().filter(b -> "OK".equals(b.getText())).findFirst()
                                .orElseThrow().notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    Display.getCurrent().timerExec(100, this);
                }
            }
        });
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(run, null);
    }

    /** Every control of that type under {@code under}, in the order a reader meets them. */
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

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }
}
