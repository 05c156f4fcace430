// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.suggest.Suggestions;
import org.filmlab.suggest.internal.Suggesters;

/**
 * Asks what Analysis › Suggest next experiments is to propose: how many recipes, by which of the
 * installed suggesters, with which seed. Starts from what the workflow's next-experiments step says
 * (or the step's defaults); OK stays disabled while the seed is not a whole number, saying so.
 */
final class SuggestDialog extends Dialog {

    /** The largest batch the next-experiments step takes. */
    static final int MAX_BATCH = 10_000;
    private static final int DEFAULT_BATCH = 8;

    private final WorkflowDocument base;
    private final String dataset;
    private final List<Suggesters.Descriptor> suggesters = Suggesters.list();
    private Spinner batchField;
    private Combo suggesterField;
    private Text seedField;
    private Label problem;
    private int batch;
    private String suggester;
    private long seed;

    SuggestDialog(Shell parent, WorkflowDocument base, String dataset) {
        super(parent);
        this.base = base;
        this.dataset = dataset;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Suggest next experiments");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Runs " + base.name() + " on " + dataset + " and proposes recipes to make next, drawn on the"
                + " decision map with why; the last run's results are replaced only if it proposes some.");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 480;
        intro.setLayoutData(introData);

        new Label(area, SWT.NONE).setText("Batch size (recipes)");
        batchField = new Spinner(area, SWT.BORDER);
        batchField.setValues(givenBatch(), 1, MAX_BATCH, 0, 1, 5);

        new Label(area, SWT.NONE).setText("Suggester");
        suggesterField = new Combo(area, SWT.READ_ONLY);
        String given = given("suggester") instanceof String s ? s : Suggesters.DEFAULT;
        for (int i = 0; i < suggesters.size(); i++) {
            suggesterField.add(suggesters.get(i).label());
            if (suggesters.get(i).id().equals(given)) {
                suggesterField.select(i);
            }
        }
        if (suggesterField.getSelectionIndex() < 0 && !suggesters.isEmpty()) {
            suggesterField.select(0);
        }
        suggesterField.addListener(SWT.Selection, e -> describe());
        suggesterField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        new Label(area, SWT.NONE).setText("Seed");
        seedField = new Text(area, SWT.BORDER);
        seedField.setText(Long.toString(base.seed()));
        seedField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        seedField.addListener(SWT.Modify, e -> check());

        problem = new Label(area, SWT.WRAP);
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemData.widthHint = 480;
        problem.setLayoutData(problemData);
        describe();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Suggest");
        check();
    }

    /** The suggester's description as the field's tooltip: what its acquisition value means. */
    private void describe() {
        int i = suggesterField.getSelectionIndex();
        suggesterField.setToolTipText(i < 0 ? "No suggester is installed" : suggesters.get(i).description());
    }

    /** Enables Suggest only for a whole-number seed and an installed suggester, saying what is wrong. */
    private void check() {
        String message = null;
        try {
            Long.parseLong(seedField.getText().strip());
        } catch (NumberFormatException e) {
            message = "Seed: '" + seedField.getText() + "' is not a whole number.";
        }
        if (suggesters.isEmpty()) {
            message = "No suggester is installed (extension point " + Suggesters.POINT + ").";
        }
        problem.setText(message == null ? "" : message);
        problem.setForeground(message == null ? null : problem.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(message == null);
        }
    }

    @Override
    protected void okPressed() {
        batch = batchField.getSelection();
        suggester = suggesters.get(suggesterField.getSelectionIndex()).id();
        seed = Long.parseLong(seedField.getText().strip());
        super.okPressed();
    }

    private int givenBatch() {
        return given("count") instanceof Number n ? Math.max(1, Math.min(MAX_BATCH, n.intValue())) : DEFAULT_BATCH;
    }

    /** A setting of the workflow's next-experiments step, or {@code null}. */
    private Object given(String key) {
        return base.steps().stream().filter(s -> s.step().equals(Suggestions.STEP)).findFirst()
                .map(StepSpec::settings).map(m -> m.get(key)).orElse(null);
    }

    int batch() {
        return batch;
    }

    String suggester() {
        return suggester;
    }

    long seed() {
        return seed;
    }
}
