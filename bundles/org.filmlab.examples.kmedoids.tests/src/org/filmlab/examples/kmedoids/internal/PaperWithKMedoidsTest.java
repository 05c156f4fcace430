// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.examples.kmedoids.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepRecord;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.Test;

/**
 * The plug-in as FilmLab sees it: found through the extension registry, its workflow document read
 * from the bundle, and the paper's chain run on the bundled (synthetic) sample with PAM in place of
 * K-means, through the engine's three gates.
 */
class PaperWithKMedoidsTest {

    private static final String CLUSTERER = "org.filmlab.examples.kmedoids";
    private static final String WORKFLOW = "org.filmlab.examples.workflow.kmedoids";
    private static final String PAPER_WORKFLOW = "org.filmlab.workflow.chenDuquesnoy2021";

    private final ContributionRegistry registry = ContributionRegistry.getDefault();

    private WorkflowDocument document(String id) throws Exception {
        ContributionDescriptor d = registry.find(ContributionKind.WORKFLOW, id).orElseThrow(
                () -> new AssertionError("workflow " + id + " is not installed"));
        try (InputStream in = registry.openWorkflow(d)) {
            return new WorkflowReader().read(in, d.id());
        }
    }

    private RunResult run(WorkflowDocument doc) throws Exception {
        WorkflowEngine engine = new WorkflowEngine(registry);
        PreparedWorkflow prepared = engine.prepare(doc);
        Dataset films = new DatasetLoader(registry).load(SampleData.file(), doc.data(), null);
        engine.check(prepared, films);
        return engine.run(prepared, films, null);
    }

    @Test
    void theContributionsAreListedFromPluginXml() {
        ContributionDescriptor pam = registry.find(ContributionKind.CLUSTERER, CLUSTERER).orElseThrow();
        assertEquals("org.filmlab.examples.kmedoids", pam.bundle());
        assertEquals("k-medoids (PAM)", pam.name());
        assertFalse(pam.deprecated());
        ContributionDescriptor workflow = registry.find(ContributionKind.WORKFLOW, WORKFLOW).orElseThrow();
        assertEquals("workflows/paper-with-kmedoids.json", workflow.file());
        assertFalse(workflow.isDefault(), "the paper's workflow stays the default");
        assertTrue(registry.list(ContributionKind.WORKFLOW).stream().filter(ContributionDescriptor::isDefault)
                .map(ContributionDescriptor::id).toList().equals(List.of(PAPER_WORKFLOW)));
    }

    @Test
    void theDocumentIsThePapersChainWithPam() throws Exception {
        WorkflowDocument ours = document(WORKFLOW);
        WorkflowDocument paper = document(PAPER_WORKFLOW);
        assertEquals(WORKFLOW, ours.id(), "the document's id is the one plugin.xml declares");
        assertEquals(paper.seed(), ours.seed());
        assertEquals(paper.steps().size(), ours.steps().size());
        for (int i = 0; i < paper.steps().size(); i++) {
            var a = paper.steps().get(i);
            var b = ours.steps().get(i);
            assertEquals(a.step(), b.step(), "step " + i);
            if (a.use().equals("org.filmlab.weka.kmeans")) {
                assertEquals(CLUSTERER, b.use());
                assertEquals(a.settings(), b.settings(), "the clusterer sees the same components");
                assertEquals(a.params().get("k"), b.params().get("k"));
            } else {
                assertEquals(a.use(), b.use(), "step " + i);
                assertEquals(a.params(), b.params(), "step " + i);
                assertEquals(a.settings(), b.settings(), "step " + i);
            }
        }
    }

    @Test
    void runsOnTheSampleAndGivesThePapersThreeClasses() throws Exception {
        long start = System.nanoTime();
        RunResult r = run(document(WORKFLOW));
        double seconds = (System.nanoTime() - start) / 1e9;

        StepRecord cluster = r.steps().stream().map(RunResult.StepOutcome::record).filter(s -> s.step().equals("cluster"))
                .findFirst().orElseThrow();
        assertEquals(CLUSTERER, cluster.contribution());
        assertEquals("org.filmlab.examples.kmedoids", cluster.bundle());
        assertEquals(3, cluster.params().get("k"));
        assertEquals(100, cluster.params().get("maxSwaps"));

        // The centroids are films: each is the (PC1, PC2) of a film of its own cluster.
        double[][] scores = r.first(Parts.REDUCTION).orElseThrow().scores();
        Clustering c = r.first(Parts.PARTITION).orElseThrow().clustering();
        assertEquals(3, c.clusterCount());
        double sse = 0;
        for (int m = 0; m < 3; m++) {
            boolean found = false;
            for (int i = 0; i < scores.length && !found; i++) {
                found = c.assignment()[i] == m && scores[i][0] == c.centroids()[m][0]
                        && scores[i][1] == c.centroids()[m][1];
            }
            assertTrue(found, "centroid " + m + " is a film of cluster " + m);
        }
        for (int i = 0; i < scores.length; i++) {
            double[] medoid = c.centroids()[c.assignment()[i]];
            sse += (scores[i][0] - medoid[0]) * (scores[i][0] - medoid[0])
                    + (scores[i][1] - medoid[1]) * (scores[i][1] - medoid[1]);
        }
        assertEquals(sse, c.withinSumOfSquares(), 1e-9 * sse);

        QualityClasses classes = r.first(Parts.CLASSES).orElseThrow();
        assertEquals("paper", classes.naming());
        assertEquals(3, classes.count());
        assertEquals(110, classes.assignment().length);
        int[] counted = new int[3];
        for (int a : classes.assignment()) {
            assertTrue(a >= 1 && a <= 3, "class " + a);
            counted[a - 1]++;
        }
        assertArrayEquals(counted, classes.sizes());
        for (int size : counted) {
            assertTrue(size >= 10, "every class has films: " + java.util.Arrays.toString(counted));
        }
        // The paper's rule: classes 1 and 2 conduct well, 3 poorly; 1 is even, 2 uneven.
        double[] sigma = classes.medians().get("sigmaN");
        double[] rd = classes.medians().get("RD");
        assertTrue(sigma[0] > sigma[2] && sigma[1] > sigma[2], "σN medians " + java.util.Arrays.toString(sigma));
        assertTrue(rd[0] < rd[1], "RD medians " + java.util.Arrays.toString(rd));
        assertTrue(r.first(Parts.EVALUATION).isPresent() && r.first(Parts.DECISION_MAPS).isPresent());

        RunResult kMeans = run(document(PAPER_WORKFLOW));
        int same = 0;
        for (int i = 0; i < 110; i++) {
            if (classes.assignment()[i] == kMeans.first(Parts.CLASSES).orElseThrow().assignment()[i]) {
                same++;
            }
        }
        System.out.printf("PAM workflow on the sample: classes %s (K-means %s), σN medians %s, RD medians %s,"
                + " same class as K-means for %d of 110 films, CV macro-F1 %.3f, %.2f s%n",
                java.util.Arrays.toString(classes.sizes()),
                java.util.Arrays.toString(kMeans.first(Parts.CLASSES).orElseThrow().sizes()),
                java.util.Arrays.toString(sigma), java.util.Arrays.toString(rd), same,
                r.first(Parts.EVALUATION).orElseThrow().cv().f1MacroMean(), seconds);
        // Both clusterers minimise a within-cluster spread on the same two components of data made
        // from three film populations, and the classes are named by the same rule: they must agree on
        // most films (PAM's absolute distances weigh outlying films less than K-means' squares).
        assertTrue(same >= 88, same + " of 110 films in the same class as with K-means");
    }

    @Test
    void runningTwiceGivesTheSameClasses() throws Exception {
        WorkflowDocument doc = document(WORKFLOW);
        RunResult first = run(doc);
        RunResult second = run(doc.withSeed(7));
        // PAM uses no seed, and PCA none either: a new master seed leaves the classes unchanged.
        assertArrayEquals(first.first(Parts.CLASSES).orElseThrow().assignment(),
                second.first(Parts.CLASSES).orElseThrow().assignment());
        assertArrayEquals(first.first(Parts.PARTITION).orElseThrow().clustering().centroids(),
                second.first(Parts.PARTITION).orElseThrow().clustering().centroids());
    }

    @Test
    void theSampleIsFoundThroughTheImporterRegistry() throws Exception {
        Path sample = SampleData.file();
        Dataset films = new DatasetLoader(registry).load(sample, document(WORKFLOW).data(), null);
        assertEquals(110, films.rowCount());
        assertTrue(films.isSynthetic());
    }
}
