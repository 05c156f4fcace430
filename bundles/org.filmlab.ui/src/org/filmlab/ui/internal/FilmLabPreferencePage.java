// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window › Preferences › FilmLab: significant digits in tables, and the seed and cross-validation of runs. */
public final class FilmLabPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.filmlab.ui.preferences";

    public FilmLabPreferencePage() {
        super(GRID);
        setDescription("Runs use the workflow's own seed, folds and repeats unless the override is on;"
                + " the override sets only what the workflow declares.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(FilmLabPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor digits = new IntegerFieldEditor(FilmLabPreferences.DIGITS,
                "Significant &digits shown in tables:", getFieldEditorParent(), 2);
        digits.setValidRange(FilmLabPreferences.MIN_DIGITS, FilmLabPreferences.MAX_DIGITS);
        addField(digits);
        addField(new BooleanFieldEditor(FilmLabPreferences.OVERRIDE_RUN,
                "&Override the workflow's seed and cross-validation", getFieldEditorParent()));
        IntegerFieldEditor seed = new IntegerFieldEditor(FilmLabPreferences.SEED, "&Seed:", getFieldEditorParent());
        seed.setValidRange(0, Integer.MAX_VALUE);
        addField(seed);
        IntegerFieldEditor folds = new IntegerFieldEditor(FilmLabPreferences.FOLDS, "Cross-validation &folds:",
                getFieldEditorParent(), 3);
        folds.setValidRange(FilmLabPreferences.MIN_FOLDS, FilmLabPreferences.MAX_FOLDS);
        addField(folds);
        IntegerFieldEditor repeats = new IntegerFieldEditor(FilmLabPreferences.REPEATS,
                "Cross-validation &repeats:", getFieldEditorParent(), 3);
        repeats.setValidRange(FilmLabPreferences.MIN_REPEATS, FilmLabPreferences.MAX_REPEATS);
        addField(repeats);
    }
}
