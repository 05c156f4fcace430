// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
import org.filmlab.ui.internal.Session;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/**
 * The Property maps view as a user meets it: Analysis › Run workflow... with the property-maps
 * workflow picked in the dialog, then the view, driven through its widgets only.
 */
// The desktop's session is how a test learns that the run finished; it is not API for other bundles.
@SuppressWarnings("restriction")
class PropertyMapsViewTest {

    private static final String WORKFLOW = "org.filmlab.workflow.chenDuquesnoy2021.propertyMaps";
    private static final String VIEW = "org.filmlab.regression.ui.view.propertyMaps";
    /** Far above the workflow's few seconds here; reached only if something hangs. */
    private static final long TIMEOUT_MS = 300_000;

    @Test
    void showsTheThreePropertiesAndTheStandardErrorOnRequest() throws Exception {
        waitUntil(() -> Session.get().dataset().isPresent(), "the sample data set is loaded");
        runChosenWorkflow();
        waitUntil(() -> Session.get().runProblem().isPresent()
                || Session.get().result().filter(r -> r.workflow().id().equals(WORKFLOW)).isPresent(),
                "the property-maps workflow has run");
        assertEquals(Optional.empty(), Session.get().runProblem());

        IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(VIEW);
        Button standardError = find(view.getSite().getShell(), Button.class,
                b -> b.isVisible() && "Standard error".equals(b.getText()));
        Composite root = standardError.getParent();
        Combo property = find(root, Combo.class, c -> true);
        assertEquals(List.of("thickness", "DoT", "sigmaN"), List.of(property.getItems()));
        assertEquals("thickness", property.getText());
        String fit = find(root, Label.class, l -> l.getText().contains("R²")).getText();
        assertTrue(fit.startsWith("thickness") && fit.contains("residual sd"), fit);

        ChartComposite canvas = find(root, ChartComposite.class, c -> true);
        double[] means = plotted(canvas);
        assertEquals("L:S (µL/mg) | X:B (vol%)", axisTitles(canvas), "the axes are titled by the conditions");
        choose(standardError);
        double[] errors = plotted(canvas);
        assertFalse(Arrays.equals(means, errors), "the standard error is plotted instead of the mean");
        assertTrue(Arrays.stream(errors).allMatch(v -> v > 0), "standard errors are positive");

        property.select(2);
        property.notifyListeners(SWT.Selection, new Event());
        assertTrue(find(root, Label.class, l -> l.getText().contains("R²")).getText().startsWith("sigmaN"));
        assertFalse(Arrays.equals(errors, plotted(canvas)), "another property, other maps");
    }

    /** Analysis › Run workflow... and the workflow picked in its dialog, as a user does. */
    private static void runChosenWorkflow() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getService(IHandlerService.class);
        ParameterizedCommand run = ParameterizedCommand.generateCommand(
                commands.getCommand("org.filmlab.ui.runWorkflow"), Map.of("org.filmlab.ui.runWorkflow.choose", "true"));
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        // The dialog is modal: it is answered from the event loop it runs.
        Display.getCurrent().timerExec(100, new Runnable() {
            @Override
            public void run() {
                Optional<Shell> dialog = Arrays.stream(Display.getCurrent().getShells())
                        .filter(s -> !s.isDisposed() && "Run workflow".equals(s.getText())).findFirst();
                if (dialog.isEmpty()) {
                    if (System.currentTimeMillis() < deadline) {
                        Display.getCurrent().timerExec(100, this);
                    }
                    return;
                }
                Table table = find(dialog.get(), Table.class, t -> true);
                int row = indexOf(table, "[" + WORKFLOW + ",");
                table.setSelection(row);
                choose(find(dialog.get(), Button.class, b -> "OK".equals(b.getText())));
            }
        });
        handlers.executeCommand(run, null);
    }

    private static int indexOf(Table table, String text) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is not among the installed workflows");
    }

    /** Presses a push button or turns a radio button on, with the events a click sends. */
    private static void choose(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button b && (b.getStyle() & SWT.RADIO) != 0 && b != button && b.getSelection()) {
                    b.setSelection(false);
                    b.notifyListeners(SWT.Selection, new Event());
                }
            }
            button.setSelection(true);
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static double[] plotted(ChartComposite canvas) {
        XYZDataset data = (XYZDataset) ((XYPlot) canvas.getChart().getPlot()).getDataset();
        double[] z = new double[data.getItemCount(0)];
        for (int i = 0; i < z.length; i++) {
            z[i] = data.getZValue(0, i);
        }
        return z;
    }

    private static String axisTitles(ChartComposite canvas) {
        XYPlot plot = (XYPlot) canvas.getChart().getPlot();
        return plot.getDomainAxis().getLabel() + " | " + plot.getRangeAxis().getLabel();
    }

    private static <T extends Control> T find(Control under, Class<T> type, Predicate<T> which) {
        List<T> found = new ArrayList<>();
        collect(under, type, which, found);
        if (found.isEmpty()) {
            fail("no " + type.getSimpleName() + " as expected under " + under);
        }
        return found.get(0);
    }

    private static <T extends Control> void collect(Control c, Class<T> type, Predicate<T> which, List<T> out) {
        if (type.isInstance(c) && which.test(type.cast(c))) {
            out.add(type.cast(c));
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, type, which, out);
            }
        }
    }

    /** Dispatches UI events until {@code condition} holds; fails after {@link #TIMEOUT_MS}. */
    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting until " + what);
                }
            }
        }
    }
}
