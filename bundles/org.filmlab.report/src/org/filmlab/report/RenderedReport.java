// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import java.time.Duration;
import java.util.List;

/**
 * What {@link ReportRenderer#render} wrote.
 *
 * @param files   the files written, relative to the report folder with {@code /} separators, in
 *                writing order ({@code figures/fig2a-correlation-circle.svg}, ..., {@code report.html})
 * @param skipped one sentence per figure that was not drawn because the results lack its inputs
 *                (for example a workflow without a classifier has no decision maps); the report
 *                repeats these sentences
 * @param elapsed the wall time of the rendering
 */
public record RenderedReport(List<String> files, List<String> skipped, Duration elapsed) {

    public RenderedReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
