// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.filmlab.clustercount.AutoK;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterType;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowEngine;

/**
 * One section of the workflow editor: a step's contribution (picked among the installed ones of the
 * extension point its kind of step draws from), that contribution's parameters as it declares them,
 * the step's own settings and, for a kind of step that takes one (classify), the resampler and its
 * parameters. What a kind of step takes is read from its contribution, so a contributed kind of
 * step is edited like FilmLab's own.
 */
final class StepEditor {

    private static final String NO_RESAMPLING = "(none)";
    /** The key under which a kind of step declares a resampler as a helper ({@link StepType#helpers()}). */
    private static final String RESAMPLE = "resample";
    /** The word of the kind of step whose k may be {@value AutoK#AUTO}. */
    static final String CLUSTER = "cluster";

    private final int index;
    private final String step;
    private final ContributionRegistry registry;
    private final Runnable onChange;
    private final Group group;
    private final Combo use;
    private final Composite paramsBox;
    private final List<ParameterField> params = new ArrayList<>();
    private final List<ParameterField> settings = new ArrayList<>();
    private final Combo resample;
    private final Composite resampleBox;
    private final List<ParameterField> resampleParams = new ArrayList<>();
    private final List<ContributionDescriptor> uses;
    private final List<ContributionDescriptor> resamplers;
    private Map<String, Object> givenParams;
    private final Map<String, Object> givenSettings;
    private Map<String, Object> givenResampleParams;

    StepEditor(Composite parent, int index, StepSpec spec, ContributionRegistry registry, Runnable onChange) {
        this.index = index;
        this.step = spec.step();
        this.registry = registry;
        this.onChange = onChange;
        this.givenParams = spec.params();
        this.givenSettings = spec.settings();
        this.givenResampleParams = spec.resampleParams();
        group = new Group(parent, SWT.NONE);
        Optional<StepType> type = stepType();
        group.setText((index + 1) + ". " + step + stepName().map(n -> " (" + n + ")").orElse(""));
        group.setLayout(new GridLayout(4, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Optional<ContributionKind> ck = type.flatMap(StepType::algorithms);
        uses = ck.map(k -> registry.list(k).stream().filter(d -> !d.deprecated() || d.id().equals(spec.use()))
                .toList()).orElse(List.of());
        if (ck.isPresent()) {
            use = combo(group, "Uses", uses, spec.use(), null);
            use.addListener(SWT.Selection, e -> {
                givenParams = Map.of();
                fillParams();
                onChange.run();
            });
        } else {
            use = null;
        }
        paramsBox = box(group);
        fillParams();

        ParameterSet stepSettings = new WorkflowEngine(registry).settingsOf(step);
        if (!stepSettings.keys().isEmpty()) {
            Composite settingsBox = box(group);
            Label heading = new Label(settingsBox, SWT.NONE);
            heading.setText("Settings of the " + step + " step");
            heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
            for (Parameter p : stepSettings) {
                settings.add(new ParameterField(settingsBox, p, givenSettings.get(p.key()), onChange));
            }
        }

        Optional<ContributionKind> resampling = type.map(t -> t.helpers().get(RESAMPLE));
        if (resampling.isPresent()) {
            resamplers = registry.list(resampling.get()).stream()
                    .filter(d -> !d.deprecated() || d.id().equals(spec.resample())).toList();
            resample = combo(group, "Resampling of the training rows", resamplers, spec.resample(), NO_RESAMPLING);
            resample.addListener(SWT.Selection, e -> {
                givenResampleParams = Map.of();
                fillResampleParams();
                onChange.run();
            });
            resampleBox = box(group);
            fillResampleParams();
        } else {
            resamplers = List.of();
            resample = null;
            resampleBox = null;
        }
    }

    private Optional<ContributionDescriptor> stepDescriptor() {
        return registry.list(ContributionKind.STEP).stream().filter(d -> d.word().equals(step)).findFirst();
    }

    private Optional<String> stepName() {
        return stepDescriptor().map(ContributionDescriptor::name).filter(n -> !n.isEmpty());
    }

    /**
     * The installed kind of step this section edits; empty when none has its word or it cannot be
     * created, in which case the core's check of the document says so.
     */
    private Optional<StepType> stepType() {
        try {
            return stepDescriptor().isPresent() ? Optional.of(registry.create(stepDescriptor().get(), StepType.class))
                    : Optional.empty();
        } catch (CoreException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Composite box(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        return box;
    }

    private static Combo combo(Composite parent, String title, List<ContributionDescriptor> choices, String selected,
            String none) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(title);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        List<String> items = new ArrayList<>();
        if (none != null) {
            items.add(none);
        }
        for (ContributionDescriptor d : choices) {
            items.add(d.name() + "  [" + d.id() + "]" + (d.deprecated() ? " (deprecated)" : ""));
        }
        c.setItems(items.toArray(String[]::new));
        int at = -1;
        for (int i = 0; i < choices.size(); i++) {
            at = choices.get(i).id().equals(selected) ? i : at;
        }
        c.select(at >= 0 ? at + (none == null ? 0 : 1) : 0);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return c;
    }

    private Optional<ContributionDescriptor> selected(Combo combo, List<ContributionDescriptor> choices,
            boolean hasNone) {
        int i = combo.getSelectionIndex() - (hasNone ? 1 : 0);
        return i >= 0 && i < choices.size() ? Optional.of(choices.get(i)) : Optional.empty();
    }

    private void fillParams() {
        fill(paramsBox, params, use == null ? Optional.empty() : selected(use, uses, false), givenParams);
    }

    private void fillResampleParams() {
        fill(resampleBox, resampleParams, selected(resample, resamplers, true), givenResampleParams);
    }

    /** Rebuilds a box with the parameters the contribution declares (creating it, which loads its bundle). */
    private void fill(Composite box, List<ParameterField> fields, Optional<ContributionDescriptor> d,
            Map<String, Object> given) {
        for (Control c : box.getChildren()) {
            c.dispose();
        }
        fields.clear();
        if (d.isPresent()) {
            try {
                Contribution c = registry.create(d.get(), d.get().kind().type());
                for (Parameter p : c.parameters()) {
                    fields.add(new ParameterField(box, p, given.get(p.key()), onChange, fields == params && autoK(p)));
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                Label l = new Label(box, SWT.WRAP);
                l.setText(d.get().label() + " cannot be created, so its parameters cannot be shown: " + e.getMessage());
                l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
            }
        }
        box.getParent().layout(true, true);
    }

    /**
     * Whether the parameter is the cluster step's k and the choice of k is installed: then k may be
     * {@value AutoK#AUTO}, as on the command line.
     */
    private boolean autoK(Parameter p) {
        return step.equals(CLUSTER) && p.key().equals(Clusterer.K) && p.type() == ParameterType.INTEGER
                && registry.list(ContributionKind.STEP).stream().anyMatch(d -> d.word().equals(AutoK.CHOOSE));
    }

    /** The field of the cluster step's k when it says {@value AutoK#AUTO}. */
    Optional<ParameterField> autoField() {
        return params.stream().filter(ParameterField::auto).findFirst();
    }

    /**
     * The step as the widgets say: the values the document gave and those changed from their
     * defaults, so a saved document states no more than it needs.
     */
    StepSpec spec() {
        String useId = use == null ? "" : selected(use, uses, false).map(ContributionDescriptor::id).orElse("");
        String resampleId = resample == null ? ""
                : selected(resample, resamplers, true).map(ContributionDescriptor::id).orElse("");
        return new StepSpec(step, useId, values(params, givenParams), values(settings, givenSettings), resampleId,
                values(resampleParams, givenResampleParams));
    }

    /** The given keys first, in the document's order, then the other changed fields in declaration order. */
    private static Map<String, Object> values(List<ParameterField> fields, Map<String, Object> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> g : given.entrySet()) {
            // A key the contribution does not declare stays, so that the core reports it.
            out.put(g.getKey(), fields.stream().filter(f -> f.parameter().key().equals(g.getKey())).findFirst()
                    .map(ParameterField::value).orElse(g.getValue()));
        }
        for (ParameterField f : fields) {
            if (!given.containsKey(f.parameter().key()) && f.changed()) {
                out.put(f.parameter().key(), f.value());
            }
        }
        return out;
    }

    /** Marks the fields the problems name, in the engine's words ({@code step 2 (cluster), parameter 'k'}). */
    void mark(Problems problems) {
        String prefix = "step " + (index + 1) + " (" + step + "), ";
        mark(params, prefix + "parameter ", problems);
        mark(settings, prefix + "setting ", problems);
        mark(resampleParams, prefix + "resampler, parameter ", problems);
    }

    private static void mark(List<ParameterField> fields, String prefix, Problems problems) {
        for (ParameterField f : fields) {
            String message = null;
            if (problems != null) {
                for (Problems.Problem p : problems.list()) {
                    if (p.where().equals(prefix + "'" + f.parameter().key() + "'")) {
                        message = p.message();
                    }
                }
            }
            f.problem(message);
        }
    }

    /** The field of a contribution parameter, engine setting or resampler parameter by key. */
    Optional<ParameterField> field(String key) {
        List<ParameterField> all = new ArrayList<>(params);
        all.addAll(settings);
        all.addAll(resampleParams);
        return all.stream().filter(f -> f.parameter().key().equals(key)).findFirst();
    }

    /** The word of the step's kind ({@code "cluster"}). */
    String step() {
        return step;
    }

    Combo use() {
        return use;
    }

    void dispose() {
        group.dispose();
    }
}
