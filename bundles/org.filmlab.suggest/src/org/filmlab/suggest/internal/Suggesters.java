// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.filmlab.suggest.Suggester;

/**
 * The suggesters installed through {@code org.filmlab.suggest.suggesters}. Listing reads only the
 * attributes of {@code plugin.xml}; a suggester's code is loaded when a step names it.
 */
public final class Suggesters {

    public static final String POINT = "org.filmlab.suggest.suggesters";

    /** The suggester a step uses when its document names none: the one that finds good films soonest (bench/campaign). */
    public static final String DEFAULT = "org.filmlab.weka.feasibleBayesOpt";

    /**
     * @param id what the step's {@code suggester} setting names
     * @param bundle the contributing bundle
     */
    public record Descriptor(String id, String name, String description, String bundle,
            IConfigurationElement element) {

        /**
         * The most films the suggester declares it can fit ({@code maxFilms}); unlimited when it
         * declares none or something that is not a whole number above zero.
         */
        public int maxFilms() {
            String declared = element == null ? null : element.getAttribute("maxFilms");
            try {
                int n = declared == null ? Integer.MAX_VALUE : Integer.parseInt(declared.strip());
                return n > 0 ? n : Integer.MAX_VALUE;
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }

        /** {@code "Uncertainty sampling (org.filmlab.suggest.uncertainty)"}. */
        public String label() {
            return name + " (" + id + ")";
        }
    }

    private Suggesters() {
    }

    /** Every installed suggester, sorted by id. */
    public static List<Descriptor> list() {
        List<Descriptor> out = new ArrayList<>();
        if (Platform.getExtensionRegistry() == null) {
            return out;
        }
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            if ("suggester".equals(e.getName()) && e.getAttribute("id") != null) {
                out.add(new Descriptor(e.getAttribute("id"), orEmpty(e.getAttribute("name")),
                        orEmpty(e.getAttribute("description")), e.getContributor().getName(), e));
            }
        }
        out.sort(Comparator.comparing(Descriptor::id));
        return out;
    }

    public static Optional<Descriptor> find(String id) {
        return list().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The installed ids, for messages. */
    public static String installed() {
        List<String> ids = list().stream().map(Descriptor::id).toList();
        return ids.isEmpty() ? "none is installed" : "installed: " + String.join(", ", ids);
    }

    /**
     * Creates the suggester. Its class loading and constructor are foreign code: whatever they throw
     * comes back as a {@link CoreException} naming the suggester and its bundle.
     */
    public static Suggester create(Descriptor d) throws CoreException {
        Object[] created = new Object[1];
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                created[0] = d.element().createExecutableExtension("class");
            }

            @Override
            public void handleException(Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] != null) {
            throw new CoreException(Status.error("could not create suggester " + d.label() + " of bundle "
                    + d.bundle() + ": " + failure[0], failure[0]));
        }
        if (!(created[0] instanceof Suggester s)) {
            throw new CoreException(Status.error("suggester " + d.label() + ": class " + created[0].getClass().getName()
                    + " does not implement " + Suggester.class.getName()));
        }
        return s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
