// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** A contributed section that fails half-way, as a faulty third-party renderer would. */
public final class ThrowingSection implements SectionRenderer {

    /** The part it is contributed for. */
    public record Boom(String why) implements ResultPart {
    }

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        out.title("Half a section");
        throw new IllegalStateException(((Boom) part).why());
    }
}
