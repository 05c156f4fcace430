// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.plugins.internal.ContributionChecks.Finding;
import org.junit.jupiter.api.Test;

/**
 * What {@code filmlab plugins verify} says of bundles already in the product: FilmLab's own
 * contributions are the model plug-in authors copy, so they must pass the checks an installed
 * plug-in must pass.
 */
class ContributionChecksTest {

    private final ContributionChecks checks = new ContributionChecks(ContributionRegistry.getDefault());

    /**
     * The core's kinds of step (reduce, cluster, classify, …) delegate to contributed methods and
     * its quality rule by size is FilmLab's own convention: neither has a source to cite, and a
     * plug-in adding such a step or rule must not be refused for it.
     */
    @Test
    void theCoresOwnStepsAndRulePass() {
        List<Finding> findings = checks.check(List.of("org.filmlab.core"));
        assertTrue(findings.stream().anyMatch(f -> f.subject().startsWith("step ")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.subject().startsWith("qualityRule ")), findings.toString());
        assertEquals(List.of(), findings.stream().filter(f -> !f.ok()).toList());
    }

    @Test
    void aBundleThatIsNotInstalledIsAFinding() {
        List<Finding> findings = checks.check(List.of("org.example.absent"));
        assertEquals(1, findings.size());
        assertFalse(findings.get(0).ok());
        assertEquals("not installed in this product's framework", findings.get(0).detail());
    }
}
