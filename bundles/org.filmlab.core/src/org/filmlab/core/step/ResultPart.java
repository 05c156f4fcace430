// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.step;

import java.util.List;

/**
 * A typed piece of a run's results, produced by one step and handed to the steps after it, to the
 * results file, the report and the desktop. Parts are immutable records; {@code results.json} holds
 * them as written by Jackson data binding, so a part's record components are its file format.
 * <p>
 * Clients may implement this interface (a contributed kind of step brings its own parts).
 */
public interface ResultPart {

    /**
     * What the part says in a few lines of plain text, for the command line's summary. A part with
     * nothing to say on the command line returns an empty list; FilmLab's own parts are summarised
     * by the headless product itself and keep the default.
     */
    default List<String> summaryLines() {
        return List.of();
    }
}
