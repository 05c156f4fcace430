// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.Partition;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** The clusters: which clusterer ran on how many components, and their sizes. */
public final class PartitionSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        Partition p = (Partition) part;
        int[] assignment = p.clustering().assignment();
        int k = p.clustering().centroids().length;
        out.title("Clusters: " + Steps.algorithm(producer));
        out.paragraph(Steps.algorithm(producer) + " found " + k + " clusters on the first " + p.components()
                + " components of the reduction; within-cluster sum of squares "
                + Html.number(p.clustering().withinSumOfSquares(), 4) + ".");
        int[] sizes = new int[k];
        for (int a : assignment) {
            sizes[a]++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            rows.add(List.of(Integer.toString(c), Integer.toString(sizes[c])));
        }
        out.table(List.of("cluster", "films"), rows);
    }
}
