// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.filmlab.clustercount.AutoK;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.core.workflow.WorkflowWriter;

/**
 * Edits a workflow document as a form generated from what the installed contributions declare: one
 * section per step with the contribution to use, its parameters and the engine's settings. Every
 * change is checked at once by the core (the document gate, {@link WorkflowEngine#prepare}, and,
 * when the data are loaded with the automatic mapping, the data gate), whose messages are shown;
 * Run is enabled only when both pass. Save and Load read and write the workflow JSON
 * ({@link WorkflowWriter}, {@link WorkflowReader}); Run starts the same job as Analysis › Run workflow.
 * Once the user changes anything, the document is saved and run as a variant of the one shown
 * ({@link WorkflowDocument#asVariant}), so results never present it under a published workflow's id.
 */
public final class WorkflowEditorView extends ViewPart {

    public static final String ID = "org.filmlab.ui.view.workflowEditor";
    /** What a variant's name says was changed. */
    static final String EDITED = "edited in the desktop";

    private final ContributionRegistry registry = ContributionRegistry.getDefault();
    private final List<StepEditor> steps = new ArrayList<>();
    private final Runnable onSessionChange = this::sessionChanged;
    /** The document last handed to the session: what the form says. */
    private WorkflowDocument published;
    private Composite root;
    private Label title;
    private Text seed;
    private Label messages;
    private Button run;
    private ScrolledComposite scroller;
    private Composite form;
    private WorkflowDocument base;
    private List<String> problems = List.of();
    /** While the form is filled from a document: its widgets' events are not the user's changes. */
    private boolean filling;
    /** Whether the form differs from the document {@link #show} was given, or that held edits already. */
    private boolean edited;
    /** What {@link #show} was given held edits already (a project's saved variant). */
    private boolean shownEdited;
    /** The form's document as {@link #show} filled it: an edit taken back leaves it as it was. */
    private Optional<WorkflowDocument> shown = Optional.empty();
    /** Edited since the document was shown, loaded or saved: quitting now would lose the edits. */
    private boolean unsaved;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(6, false));
        title = new Label(root, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(root, SWT.NONE).setText("Seed");
        seed = new Text(root, SWT.BORDER);
        GridData seedData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        seedData.widthHint = 110;
        seed.setLayoutData(seedData);
        seed.addListener(SWT.Modify, e -> changed());
        Button load = new Button(root, SWT.PUSH);
        load.setText("Load...");
        load.addListener(SWT.Selection, e -> loadWithDialog());
        Button save = new Button(root, SWT.PUSH);
        save.setText("Save...");
        save.addListener(SWT.Selection, e -> saveWithDialog());
        run = new Button(root, SWT.PUSH);
        run.setText("Run");
        run.addListener(SWT.Selection, e -> run());
        messages = new Label(root, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1);
        messageData.widthHint = 300;
        messages.setLayoutData(messageData);
        scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> fit());
        Session.get().addListener(onSessionChange);
        Optional<WorkflowDocument> kept = Session.get().workflow();
        if (kept.isPresent()) {
            show(kept.get(), Session.get().workflowEdited());
        } else {
            showDefault();
        }
    }

    /** Shows the installed default workflow, or says why it cannot. */
    private void showDefault() {
        Optional<ContributionDescriptor> standard = registry.list(ContributionKind.WORKFLOW).stream()
                .filter(ContributionDescriptor::isDefault).findFirst();
        if (standard.isPresent()) {
            try {
                show(new WorkflowReader().readInstalled(standard.get(), registry));
            } catch (InputException e) {
                ILog.of(getClass()).log(Status.error("the default workflow cannot be read", e));
                messages.setText("The default workflow cannot be read: " + e.getMessage() + " Load a workflow file.");
            }
        } else {
            messages.setText("No default workflow is installed; load a workflow file.");
        }
    }

    /**
     * A project opened (or a new one started) replaces the session's workflow: show it, or the default
     * when the project has none. Otherwise only the data may have changed: check the form again.
     */
    private void sessionChanged() {
        Optional<WorkflowDocument> kept = Session.get().workflow();
        if (kept.isEmpty() && published != null) {
            showDefault();
        } else if (kept.isPresent() && !kept.get().equals(published)) {
            show(kept.get(), Session.get().workflowEdited());
        } else {
            validate();
        }
    }

    /** Shows a document in the form, replacing what was there. */
    void show(WorkflowDocument doc) {
        show(doc, false);
    }

    /**
     * @param edited whether {@code doc} holds the user's edits already (a project's workflow as it was
     *        saved): it is shown, run and saved as the variant it is
     */
    private void show(WorkflowDocument doc, boolean edited) {
        base = doc;
        filling = true;
        try {
            fillForm(doc);
        } finally {
            filling = false;
        }
        this.edited = edited;
        shownEdited = edited;
        shown = document();
        unsaved = false;
        fit();
        validate();
        publish();
    }

    private void fillForm(WorkflowDocument doc) {
        for (StepEditor s : steps) {
            s.dispose();
        }
        steps.clear();
        if (form != null) {
            form.dispose();
        }
        form = new Composite(scroller, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        boolean autoK = AutoK.isAuto(doc);
        for (int i = 0; i < doc.steps().size(); i++) {
            StepSpec spec = doc.steps().get(i);
            if (autoK && spec.step().equals(StepEditor.CLUSTER)) {
                // k is chosen by the chooseK step: the field says so, as the user would type it.
                spec = spec.withParam(Clusterer.K, AutoK.AUTO);
            }
            steps.add(new StepEditor(form, i, spec, registry, this::changed));
        }
        scroller.setContent(form);
        seed.setText(Long.toString(doc.seed()));
    }

    /** Hands the form's document to the session, which keeps it with the project. */
    private void publish() {
        Optional<WorkflowDocument> doc = document();
        if (doc.isPresent()) {
            published = doc.get();
            Session.get().workflowChanged(published, edited);
        }
    }

    private void fit() {
        if (form == null || form.isDisposed()) {
            return;
        }
        int width = Math.max(360, scroller.getClientArea().width);
        scroller.setMinSize(form.computeSize(width, SWT.DEFAULT));
        scroller.layout(true, true);
    }

    private void changed() {
        if (filling) {
            return;
        }
        WorkflowDocument before = published;
        boolean beforeEdited = edited;
        // The form read as if unedited since shown, against what was shown: k typed away and back again
        // is the workflow as shown, run and named as such.
        edited = shownEdited || !document(shownEdited).equals(shown);
        unsaved = true;
        validate();
        publish();
        if (before != null && published != null && !before.equals(published)) {
            Undoable.workflowChanged(before, beforeEdited, published, true);
        }
    }

    /**
     * The document as the form says (a variant of the one shown once the user changed it), or empty with {@link #problems()} saying why (a seed that is not
     * a whole number).
     */
    Optional<WorkflowDocument> document() {
        return document(edited);
    }

    /** The form's document, named as the user's variant if {@code variant}. */
    private Optional<WorkflowDocument> document(boolean variant) {
        if (base == null) {
            return Optional.empty();
        }
        long s;
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<StepSpec> specs = steps.stream().map(StepEditor::spec).toList();
        WorkflowDocument doc = new WorkflowDocument(base.id(), base.name(), base.version(), base.cites(), s,
                base.timeoutSeconds(), base.data(), specs);
        // A document saved with its edits is a variant already: named once, not once per reopening.
        doc = variant && !base.name().contains(EDITED) ? doc.asVariant(EDITED) : doc;
        return Optional.of(withKChoice(doc));
    }

    /**
     * k auto in the cluster step's field becomes the command line's {@code --k auto} (a chooseK step,
     * the cluster step without a k of its own); a number there turns a chooseK step back into the
     * diagnostics of k (diagnoseK), so the cluster step keeps the k typed.
     */
    private WorkflowDocument withKChoice(WorkflowDocument doc) {
        if (steps.stream().noneMatch(s -> s.autoField().isPresent())) {
            return AutoK.fixed(doc);
        }
        List<StepSpec> specs = new ArrayList<>();
        for (StepSpec s : doc.steps()) {
            if (s.step().equals(StepEditor.CLUSTER)) {
                Map<String, Object> params = new LinkedHashMap<>(s.params());
                params.remove(Clusterer.K);
                s = new StepSpec(s.step(), s.use(), params, s.settings(), s.resample(), s.resampleParams());
            }
            specs.add(s);
        }
        try {
            return AutoK.apply(doc.withSteps(specs));
        } catch (IllegalArgumentException e) {
            // Several cluster steps: the core's check names the k that is not a number.
            return doc;
        }
    }

    /** Checks the form with the core's gates, shows every message, and enables Run only when it may run. */
    void validate() {
        if (root == null || root.isDisposed() || base == null) {
            return;
        }
        List<String> out = new ArrayList<>();
        Problems marked = null;
        Optional<WorkflowDocument> doc = document();
        if (doc.isEmpty()) {
            out.add("seed: '" + seed.getText() + "' is not a whole number");
        } else {
            WorkflowEngine engine = new WorkflowEngine(registry);
            try {
                PreparedWorkflow prepared = engine.prepare(doc.get());
                Optional<org.filmlab.core.data.Dataset> data = Session.get().dataset();
                if (data.isPresent() && doc.get().data().equals(DatasetMapping.automatic())) {
                    engine.check(prepared, data.get());
                }
            } catch (InvalidWorkflowException e) {
                marked = e.problems();
                for (Problems.Problem p : e.problems().list()) {
                    out.add(p.where() + ": " + p.message() + (takesAuto(p.where()) ? "; or " + AutoK.AUTO
                            + " (k chosen from the data)" : ""));
                }
            } catch (StepFailedException e) {
                out.add(e.getMessage());
            }
        }
        for (StepEditor s : steps) {
            s.mark(marked);
        }
        doc.ifPresent(d -> {
            title.setText(d.name() + (d.version().isEmpty() ? "" : " " + d.version()));
            title.setToolTipText(d.cites().isEmpty() ? d.id() : d.id() + "\n" + d.cites());
        });
        problems = List.copyOf(out);
        boolean hasData = Session.get().dataset().isPresent();
        messages.setForeground(out.isEmpty() ? null : root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        messages.setText(out.isEmpty() ? (hasData ? "The workflow is valid for the data set." : "The workflow is valid;"
                + " import a data set to run it.") : String.join("\n", out));
        run.setEnabled(out.isEmpty() && hasData);
        root.layout(true, true);
    }

    /** Whether the problem is about a field that takes {@value AutoK#AUTO} besides a number. */
    private boolean takesAuto(String where) {
        for (int i = 0; i < steps.size(); i++) {
            String field = "step " + (i + 1) + " (" + steps.get(i).step() + "), parameter '" + Clusterer.K + "'";
            if (where.equals(field) && steps.get(i).field(Clusterer.K).filter(ParameterField::takesAuto).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The core's messages about the form as it is, one per problem; empty when it may run. */
    List<String> problems() {
        return problems;
    }

    boolean runEnabled() {
        return run.isEnabled();
    }

    /** The editor of step {@code index}. For tests. */
    StepEditor step(int index) {
        return steps.get(index);
    }

    List<StepEditor> steps() {
        return List.copyOf(steps);
    }

    /** Starts the form's workflow on the session's data set, as Analysis › Run workflow does; for the button and tests. */
    WorkflowRunJob run() {
        Optional<WorkflowDocument> doc = document();
        Session session = Session.get();
        if (doc.isEmpty() || !problems.isEmpty() || session.dataset().isEmpty()) {
            return null;
        }
        WorkflowRunJob job = new WorkflowRunJob(doc.get(), session.dataset().get(), session.datasetFile().orElseThrow());
        job.schedule();
        return job;
    }

    void save(Path file) throws IOException {
        WorkflowDocument doc = document().orElseThrow(() -> new IOException("the seed is not a whole number"));
        try (OutputStream out = Files.newOutputStream(file)) {
            ResultsWriter.writeJson(WorkflowWriter.toJson(doc), out);
        }
        unsaved = false;
    }

    /** Whether the form holds edits not saved to a file since it was filled. */
    boolean hasUnsavedEdits() {
        return unsaved;
    }

    void load(Path file) throws IOException, InputException {
        WorkflowDocument before = published;
        boolean beforeEdited = edited;
        show(new WorkflowReader().readFile(file, registry));
        if (before != null && !before.equals(published)) {
            Undoable.workflowChanged(before, beforeEdited, published, false);
        }
    }

    private void saveWithDialog() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save the workflow");
        dialog.setFilterExtensions(new String[] { "*.json" });
        dialog.setFileName(base == null ? "workflow.json" : base.id().replaceAll(".*\\.", "") + ".json");
        dialog.setOverwrite(true);
        String file = FilmLabPreferences.openInLastFolder(dialog);
        if (file != null) {
            try {
                save(Path.of(file));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Save the workflow", "Cannot write " + file + ": "
                        + e.getMessage());
            }
        }
    }

    private void loadWithDialog() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setText("Load a workflow");
        dialog.setFilterExtensions(new String[] { "*.json", "*" });
        String file = FilmLabPreferences.openInLastFolder(dialog);
        if (file != null) {
            try {
                load(Path.of(file));
            } catch (IOException | InputException e) {
                MessageDialog.openError(getSite().getShell(), "Load a workflow", e.getMessage());
            }
        }
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }

    @Override
    public void dispose() {
        Session.get().removeListener(onSessionChange);
        super.dispose();
    }
}
