// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.results;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.filmlab.core.workflow.RunResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Shows one part of a finished run inside a FilmLab result view, contributed through the
 * {@code org.filmlab.ui.resultViews} extension point. The view creates one presenter per
 * contribution when it opens, lazily and through {@code SafeRunner}: an exception from any method
 * here is logged, and the view shows a message in the presenter's place instead of failing.
 * <p>
 * The view calls {@link #show} only when the run holds every part the contribution declares
 * ({@code parts} in {@code plugin.xml}), and {@link #clear} when there is no run or the run lacks one.
 * All methods are called on the UI thread, so long work belongs in a job.
 * <p>
 * Clients may implement this interface. Implementations need a public no-argument constructor;
 * unlike FilmLab's algorithm contributions they hold their widgets, one instance per open view.
 */
public interface ResultPresenter {

    /** Creates the presenter's widgets in {@code parent} (which has a {@code FillLayout}). Called once. */
    void createControl(Composite parent);

    /**
     * Shows a finished run.
     *
     * @param result the run as the engine returned it
     * @param results the same run as the results.json tree that {@code filmlab run} writes (read only)
     */
    void show(RunResult result, JsonNode results);

    /** Shows that there is nothing to show (no run yet, or the run lacks a part this presenter needs). */
    void clear();

    /** The charts now shown, for the view's PNG and SVG export; empty when none is shown. */
    default List<ExportableChart> charts() {
        return List.of();
    }

    /** Releases what {@link #createControl} did not put into {@code parent} (which the view disposes). */
    default void dispose() {
    }
}
