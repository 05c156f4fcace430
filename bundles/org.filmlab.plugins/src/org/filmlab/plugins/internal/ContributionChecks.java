// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.testkit.QuickChecks;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * What {@code filmlab plugins verify} checks in the running product, for each bundle of a plug-in:
 * that it resolves, and for each of its contributions to FilmLab's extension points that the
 * registry creates its class (under {@link SafeRunner}: a class that throws while loading is a
 * finding, not a crash) and that it passes the contract kit's {@link QuickChecks}; a contributed
 * workflow must read and prepare against what is installed.
 */
public final class ContributionChecks {

    /** One line of the verdict. */
    public record Finding(String subject, boolean ok, String detail) {
        @Override
        public String toString() {
            return (ok ? "ok    " : "FAIL  ") + subject + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    private final ContributionRegistry registry;

    public ContributionChecks(ContributionRegistry registry) {
        this.registry = registry;
    }

    public List<Finding> check(Collection<String> bundleNames) {
        List<Finding> findings = new ArrayList<>();
        for (String name : bundleNames) {
            Optional<Bundle> bundle = bundle(name);
            if (bundle.isEmpty()) {
                findings.add(new Finding(name, false, "not installed in this product's framework"));
                continue;
            }
            if (!resolved(bundle.get())) {
                findings.add(new Finding(name, false, "does not resolve: a bundle or package it imports is missing"
                        + " from the product"));
                continue;
            }
            int before = findings.size();
            for (ContributionKind kind : ContributionKind.values()) {
                for (ContributionDescriptor d : registry.list(kind)) {
                    if (d.bundle().equals(name)) {
                        findings.add(kind == ContributionKind.WORKFLOW ? workflow(d) : contribution(kind, d));
                    }
                }
            }
            if (findings.size() == before) {
                findings.add(new Finding(name + " " + bundle.get().getVersion(), true,
                        "resolves; contributes nothing to FilmLab's extension points"));
            }
        }
        return findings;
    }

    private Finding contribution(ContributionKind kind, ContributionDescriptor d) {
        String subject = kind.element() + " " + d.label();
        List<String> failures = new ArrayList<>();
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                Contribution created = registry.create(d, kind.type());
                Bundle of = FrameworkUtil.getBundle(created.getClass());
                failures.addAll(QuickChecks.all(created, d, of == null ? null : of.getSymbolicName()));
            }

            @Override
            public void handleException(Throwable e) {
                failures.add("cannot be created or checked: " + e);
            }
        });
        return new Finding(subject, failures.isEmpty(), String.join("; ", failures));
    }

    private Finding workflow(ContributionDescriptor d) {
        String subject = "workflow " + d.label();
        List<String> failures = new ArrayList<>();
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                WorkflowDocument doc;
                try (InputStream in = registry.openWorkflow(d)) {
                    doc = new WorkflowReader().read(in, d.id());
                }
                if (!doc.id().equals(d.id())) {
                    failures.add("the document's id is " + doc.id() + ", plugin.xml says " + d.id());
                }
                new WorkflowEngine(registry).prepare(doc);
            }

            @Override
            public void handleException(Throwable e) {
                failures.add(e.getMessage() == null ? e.toString() : e.getMessage().strip());
            }
        });
        return new Finding(subject, failures.isEmpty(), String.join("; ", failures));
    }

    private static Optional<Bundle> bundle(String name) {
        for (Bundle b : FrameworkUtil.getBundle(ContributionChecks.class).getBundleContext().getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static boolean resolved(Bundle bundle) {
        if ((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0) {
            return true;
        }
        return FrameworkUtil.getBundle(ContributionChecks.class).getBundleContext().getBundle(0)
                .adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
    }
}
