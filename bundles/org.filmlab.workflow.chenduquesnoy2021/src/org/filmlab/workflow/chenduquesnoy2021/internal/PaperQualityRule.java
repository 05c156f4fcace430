// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.workflow.chenduquesnoy2021.internal;

import java.util.ArrayList;
import java.util.List;

import org.filmlab.core.analysis.ClassRuling;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.QualityRule;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * The quality classes of Chen, Duquesnoy et al. (2021), read from the cluster medians: the cluster
 * with the lowest median σN is class 3 (poor conductors); of the other two, the one with the lower
 * median RD is class 1 (conductive and even: the goal) and the other class 2 (conductive but uneven).
 * <p>
 * Good is a stated criterion, not a class number: <em>the class with the highest median σN among
 * the classes whose median RD is below the median RD of all films</em>. On the paper's three classes
 * that is class 1 whenever class 1 is even; with another number of clusters (Ward with k = 4, say)
 * classes are numbered by size and the same criterion picks the good one, or none.
 */
public final class PaperQualityRule implements QualityRule {

    static final String SIGMA_N = "sigmaN";
    static final String RD = "RD";
    static final List<String> LABELS = List.of("high σN, low RD", "high σN, high RD", "low σN");

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.choice("naming", "Class naming", "How clusters become numbered classes: 'paper' numbers three"
                    + " clusters as Chen, Duquesnoy et al. (1 = high σN and low RD, 2 = high σN and high RD, 3 = low"
                    + " σN, from the cluster medians); 'size' numbers them largest first; 'auto' uses 'paper' when"
                    + " there are three clusters and both σN and RD are properties, else 'size'.", "auto", "auto",
                    "paper", "size"));

    static final String CRITERION = "the class with the highest median σN among the classes whose median RD is"
            + " below the median RD of all films (Chen, Duquesnoy et al. 2021: conductive and even films)";

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("Y.-T. Chen, M. Duquesnoy et al.: Fabrication of High-Quality Thin Solid-State Electrolyte"
                + " Films Assisted by Machine Learning. ACS Energy Letters 6 (2021) 1639-1648."
                + " doi:10.1021/acsenergylett.1c00332");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        boolean sigmaAndRd = data.properties().contains(SIGMA_N) && data.properties().contains(RD);
        if ("paper".equals(values.getString("naming"))) {
            if (!sigmaAndRd) {
                problems.add("naming", "the paper's naming needs the properties σN (sigmaN) and RD; bind them with"
                        + " --map sigmaN=COLUMN --map RD=COLUMN, or use naming 'size' or 'auto'");
            } else if (data.classes() != 0 && data.classes() != 3) {
                problems.add("naming", "the paper's naming needs 3 clusters, but the clusterer makes "
                        + data.classes() + "; use naming 'size' or 'auto'");
            }
        }
    }

    @Override
    public ClassRuling rule(Dataset data, Clustering clustering, ParameterValues values) {
        int k = clustering.clusterCount();
        int[] assignment = clustering.assignment();
        boolean sigmaAndRd = isProperty(data, SIGMA_N) && isProperty(data, RD);
        boolean paper = switch (values.getString("naming")) {
            case "paper" -> true;
            case "size" -> false;
            default -> k == 3 && sigmaAndRd;
        };
        int[] order = paper ? paperOrder(data, assignment) : ClassRuling.sizeOrder(assignment, k);
        List<String> labels = new ArrayList<>();
        int[] sizes = new int[k];
        for (int a : assignment) {
            sizes[order[a] - 1]++;
        }
        for (int c = 0; c < k; c++) {
            labels.add(paper ? LABELS.get(c) : "cluster " + (c + 1) + " by size (" + sizes[c] + " films)");
        }
        if (!sigmaAndRd) {
            return new ClassRuling(paper ? "paper" : "size", order, labels, List.of(), CRITERION
                    + "; the data has no σN and RD properties, so no class is called good");
        }
        return new ClassRuling(paper ? "paper" : "size", order, labels, good(data, assignment, order), CRITERION);
    }

    private static boolean isProperty(Dataset data, String key) {
        return data.column(key).map(c -> c.role() == ColumnRole.PROPERTY).orElse(false);
    }

    /** The paper's numbering of three clusters from their σN and RD medians. */
    private static int[] paperOrder(Dataset data, int[] assignment) {
        double[] sigma = ClassRuling.clusterMedians(data.column(SIGMA_N).orElseThrow().values(), assignment, 3);
        double[] rd = ClassRuling.clusterMedians(data.column(RD).orElseThrow().values(), assignment, 3);
        int low = 0;
        for (int c = 1; c < 3; c++) {
            if (sigma[c] < sigma[low]) {
                low = c;
            }
        }
        int a = low == 0 ? 1 : 0;
        int b = 3 - low - a;
        int[] map = new int[3];
        map[low] = 3;
        map[rd[a] <= rd[b] ? a : b] = 1;
        map[rd[a] <= rd[b] ? b : a] = 2;
        return map;
    }

    /** The classes meeting {@link #CRITERION}: at most one, the best. */
    private static List<Integer> good(Dataset data, int[] assignment, int[] order) {
        int k = order.length;
        double[] rdValues = data.column(RD).orElseThrow().values();
        double[] sigma = ClassRuling.clusterMedians(data.column(SIGMA_N).orElseThrow().values(), assignment, k);
        double[] rd = ClassRuling.clusterMedians(rdValues, assignment, k);
        double allRd = ClassRuling.median(java.util.Arrays.stream(rdValues).sorted().toArray());
        int best = -1;
        for (int c = 0; c < k; c++) {
            if (rd[c] < allRd && (best < 0 || sigma[c] > sigma[best])) {
                best = c;
            }
        }
        return best < 0 ? List.of() : List.of(order[best]);
    }
}
