// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;

/**
 * The desktop's preferences (Window › Preferences › FilmLab), kept in the instance scope of this
 * bundle: how many significant digits tables show, and the seed and cross-validation a run uses instead of
 * the workflow document's when the user asks for that. Defaults are stated once, here.
 */
final class FilmLabPreferences {

    static final String DIGITS = "table.significantDigits";
    static final String OVERRIDE_RUN = "run.override";
    static final String SEED = "run.seed";
    static final String FOLDS = "run.folds";
    static final String REPEATS = "run.repeats";
    /** Followed by {@link ColumnMapping#layoutKey}: the mapping last chosen for a file layout. */
    static final String MAPPING = "mapping.";
    /** The folder of the file last chosen in a file dialog. */
    static final String LAST_FOLDER = "dialogs.lastFolder";

    /** The paper's measurements carry three or four (ρ 1.757 g/cm³, Ω 29.74 Ω): none is cut. */
    static final int DEFAULT_DIGITS = 4;
    /** The paper workflow's own seed, folds and repeats, so switching the override on changes nothing at first. */
    static final int DEFAULT_SEED = 20210401;
    static final int DEFAULT_FOLDS = 5;
    static final int DEFAULT_REPEATS = 10;

    static final int MIN_DIGITS = 1;
    static final int MAX_DIGITS = 15;
    /** The bounds the engine declares for the classify step's settings. */
    static final int MIN_FOLDS = 2;
    static final int MAX_FOLDS = 20;
    static final int MIN_REPEATS = 1;
    static final int MAX_REPEATS = 200;

    private static ScopedPreferenceStore store;

    private FilmLabPreferences() {
    }

    static synchronized ScopedPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, FilmLabJob.PLUGIN_ID);
            store.setDefault(DIGITS, DEFAULT_DIGITS);
            store.setDefault(OVERRIDE_RUN, false);
            store.setDefault(SEED, DEFAULT_SEED);
            store.setDefault(FOLDS, DEFAULT_FOLDS);
            store.setDefault(REPEATS, DEFAULT_REPEATS);
        }
        return store;
    }

    /** The mapping the user chose last for files with these headers, if any. */
    static Optional<ColumnMapping> rememberedMapping(List<String> headers) {
        return ColumnMapping.parse(store().getString(MAPPING + ColumnMapping.layoutKey(headers)), headers);
    }

    /** Remembers a mapping for every file with its headers (normalised), and saves it at once. */
    static void rememberMapping(ColumnMapping mapping) {
        List<String> headers = mapping.choices().stream().map(ColumnMapping.Choice::header).toList();
        store().setValue(MAPPING + ColumnMapping.layoutKey(headers), mapping.serialize());
        save("the column mapping");
    }

    /**
     * Where a file dialog opens: the folder of the file last chosen if it still exists, else the
     * user's home. Never the process's working folder, which for the desktop is the install folder.
     */
    static Path dialogFolder() {
        String last = store().getString(LAST_FOLDER);
        if (!last.isEmpty() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Remembers the folder of a file chosen in a file dialog, for the next dialog, and saves it at once. */
    static void rememberDialogFolder(Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            store().setValue(LAST_FOLDER, folder.toString());
            save("the last folder used");
        }
    }

    /** Opens the dialog in {@link #dialogFolder()} and remembers the folder of the file chosen, if one is. */
    static String openInLastFolder(FileDialog dialog) {
        dialog.setFilterPath(dialogFolder().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            rememberDialogFolder(Path.of(chosen));
        }
        return chosen;
    }

    static void save(String what) {
        try {
            store().save();
        } catch (IOException e) {
            // Not fatal: the value still holds for this session; the log says why it will not next time.
            ILog.of(FilmLabPreferences.class).log(Status.warning(what + " cannot be saved: " + e.getMessage(), e));
        }
    }

    static int significantDigits() {
        return Math.clamp(store().getInt(DIGITS), MIN_DIGITS, MAX_DIGITS);
    }

    /**
     * The document a run uses: unchanged unless the override is on; then the seed is the
     * preference's, and every step whose kind declares {@code folds} or {@code repeats} among its
     * settings takes the preference's value. A step that does not declare them is left alone, so a
     * workflow without cross-validation does not fail on a setting it does not know. A document the
     * preferences change becomes a variant ({@link WorkflowDocument#asVariant}): its results must not
     * carry the published workflow's id and name.
     */
    static WorkflowDocument applyTo(WorkflowDocument doc) {
        IPreferenceStore s = store();
        if (!s.getBoolean(OVERRIDE_RUN)) {
            return doc;
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("folds", Math.clamp(s.getInt(FOLDS), MIN_FOLDS, MAX_FOLDS));
        overrides.put("repeats", Math.clamp(s.getInt(REPEATS), MIN_REPEATS, MAX_REPEATS));
        WorkflowEngine engine = new WorkflowEngine(ContributionRegistry.getDefault());
        List<StepSpec> steps = new ArrayList<>();
        for (StepSpec step : doc.steps()) {
            ParameterSet declared = engine.settingsOf(step.step());
            StepSpec changed = step;
            for (Map.Entry<String, Object> o : overrides.entrySet()) {
                Object current = declared.get(o.getKey()).map(p -> step.settings().getOrDefault(p.key(),
                        p.defaultValue())).orElse(null);
                // Only a value that differs makes a variant: the override at the workflow's own values changes nothing.
                if (current != null && !current.equals(o.getValue())) {
                    changed = changed.withSetting(o.getKey(), o.getValue());
                }
            }
            steps.add(changed);
        }
        WorkflowDocument out = doc.withSteps(steps).withSeed(s.getLong(SEED));
        return out.equals(doc) ? doc : out.asVariant("seed and cross-validation from the preferences");
    }
}
