// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * OSGi Declarative Services (Apache Felix SCR) started where they are needed. The headless product
 * does not start SCR with the framework: of its bundles only p2's (for the plug-in commands) and
 * {@code org.eclipse.core.contenttype} (a content-type service nothing in FilmLab asks for) declare
 * components, and starting SCR (parsing their descriptors with a cold XML parser, activating the
 * content-type manager) was ~80 ms of every command's start. So it starts for p2's sessions, and at
 * the start of a product where an installed plug-in requires it: a bundle with components declares
 * {@code Require-Capability: osgi.extender;filter:="(osgi.extender=osgi.component)"} (bnd and PDE
 * write it), which the framework wires to SCR whether SCR runs or not. The desktop product starts SCR
 * with the framework (the workbench needs it), so there both calls find it running.
 */
public final class DeclarativeServices {

    /** Felix SCR's bundle, the DS implementation of the target platform. */
    static final String SCR = "org.apache.felix.scr";

    /** The products' own bundles that require DS for services FilmLab does not use. */
    private static final Set<String> UNUSED = Set.of("org.eclipse.core.contenttype");

    private static final String EXTENDER = "osgi.extender";

    private DeclarativeServices() {
    }

    /**
     * Starts SCR for this process if a bundle other than the products' own requires it.
     *
     * @return the problem, in the user's terms, if SCR was needed and did not start
     */
    public static Optional<String> startIfPluginsNeedThem(BundleContext context) {
        Optional<Bundle> scr = scr(context);
        if (scr.isEmpty() || scr.get().getState() == Bundle.ACTIVE) {
            return Optional.empty();
        }
        BundleWiring wiring = scr.get().adapt(BundleWiring.class);
        List<BundleWire> wires = wiring == null ? List.of() : wiring.getProvidedWires(EXTENDER);
        if (!needed(wires.stream().map(w -> w.getRequirer().getSymbolicName()).toList())) {
            return Optional.empty();
        }
        try {
            scr.get().start(Bundle.START_TRANSIENT);
            return Optional.empty();
        } catch (BundleException e) {
            return Optional.of("OSGi declarative services (" + SCR + "), which an installed plug-in needs, did not start: "
                    + e.getMessage());
        }
    }

    /**
     * Starts SCR for this process (p2's agent and its services are DS components).
     *
     * @throws BundleException if SCR is installed and does not start
     */
    static void start(BundleContext context) throws BundleException {
        Optional<Bundle> scr = scr(context);
        if (scr.isPresent()) {
            scr.get().start(Bundle.START_TRANSIENT);
        }
    }

    /** @param requirers the symbolic names of the bundles wired to SCR's extender capability */
    static boolean needed(Collection<String> requirers) {
        return requirers.stream().anyMatch(name -> !UNUSED.contains(name));
    }

    private static Optional<Bundle> scr(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if (SCR.equals(b.getSymbolicName())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
