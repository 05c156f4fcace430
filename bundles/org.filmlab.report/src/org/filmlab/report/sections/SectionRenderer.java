// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.sections;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ResultsReader;

/**
 * Draws the report section of one kind of result part. Contributed through the extension point
 * {@code org.filmlab.report.sections}, one per part type, so that a bundle that brings a kind of step
 * brings its section too. The report calls it once per part, in run order, through {@code SafeRunner}:
 * an exception replaces the section by a note naming the part, and the rest of the report is drawn.
 * <p>
 * Clients may implement this interface. Implementations need a public no-argument constructor and
 * must not keep state between calls (a report may be drawn on any thread).
 */
public interface SectionRenderer {

    /**
     * @param out where the section is written
     * @param results the whole results file (the data, the other steps and their parts)
     * @param producer the step that produced {@code part}: its names belong in the section's title
     * @param part the part, as the record its part type declares
     * @throws Exception when the part cannot be drawn; the report says so in its place
     */
    void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part)
            throws Exception;
}
