// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.osgi.framework.Bundle;

/**
 * The contribution registry backed by the Eclipse extension registry. Descriptors of a point are
 * read once and cached; a registry listener drops the cache of a point whose extensions are added
 * or removed, so bundles installed at run time (dropins, p2) are seen without a restart.
 */
public final class ExtensionContributionRegistry implements ContributionRegistry {

    public static final String PLUGIN_ID = "org.filmlab.core";

    private static volatile ExtensionContributionRegistry instance;

    private final IExtensionRegistry registry;
    private final Map<ContributionKind, List<Entry>> cache = new EnumMap<>(ContributionKind.class);

    private record Entry(ContributionDescriptor descriptor, IConfigurationElement element) {
    }

    private final IRegistryEventListener listener = new IRegistryEventListener() {
        @Override
        public void added(IExtension[] extensions) {
            forget(extensions);
        }

        @Override
        public void removed(IExtension[] extensions) {
            forget(extensions);
        }

        @Override
        public void added(IExtensionPoint[] points) {
            // New points are not FilmLab's: its points are declared by this bundle.
        }

        @Override
        public void removed(IExtensionPoint[] points) {
            // See added(IExtensionPoint[]).
        }
    };

    ExtensionContributionRegistry(IExtensionRegistry registry) {
        this.registry = registry;
        for (ContributionKind k : ContributionKind.values()) {
            registry.addListener(listener, k.pointId());
        }
    }

    public static ExtensionContributionRegistry getDefault() {
        ExtensionContributionRegistry r = instance;
        if (r == null) {
            synchronized (ExtensionContributionRegistry.class) {
                r = instance;
                if (r == null) {
                    IExtensionRegistry platform = Platform.getExtensionRegistry();
                    if (platform == null) {
                        throw new IllegalStateException("FilmLab needs the Eclipse extension registry: run it inside"
                                + " the FilmLab product (Equinox with org.eclipse.equinox.registry)");
                    }
                    r = new ExtensionContributionRegistry(platform);
                    instance = r;
                }
            }
        }
        return r;
    }

    private void forget(IExtension[] extensions) {
        synchronized (cache) {
            for (IExtension e : extensions) {
                for (ContributionKind k : ContributionKind.values()) {
                    if (k.pointId().equals(e.getExtensionPointUniqueIdentifier())) {
                        cache.remove(k);
                    }
                }
            }
        }
    }

    @Override
    public List<ContributionDescriptor> list(ContributionKind kind) {
        return entries(kind).stream().map(Entry::descriptor).toList();
    }

    @Override
    public Optional<ContributionDescriptor> find(ContributionKind kind, String id) {
        return entries(kind).stream().map(Entry::descriptor).filter(d -> d.id().equals(id)).findFirst();
    }

    private List<Entry> entries(ContributionKind kind) {
        synchronized (cache) {
            return cache.computeIfAbsent(kind, this::read);
        }
    }

    private List<Entry> read(ContributionKind kind) {
        List<Entry> out = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(kind.pointId())) {
            if (!kind.element().equals(e.getName()) || e.getAttribute("id") == null) {
                continue;
            }
            String bundleName = e.getContributor().getName();
            Bundle bundle = Platform.getBundle(bundleName);
            String version = bundle == null ? "unknown" : bundle.getVersion().toString();
            String extensions = e.getAttribute("extensions");
            List<String> ext = extensions == null ? List.of()
                    : Arrays.stream(extensions.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                            .filter(s -> !s.isEmpty()).toList();
            ContributionDescriptor d = new ContributionDescriptor(kind, e.getAttribute("id"),
                    orEmpty(e.getAttribute("name")), orEmpty(e.getAttribute("description")), bundleName, version,
                    Boolean.parseBoolean(e.getAttribute("deprecated")),
                    Optional.ofNullable(e.getAttribute("replacedBy")), ext, orEmpty(e.getAttribute("file")),
                    Boolean.parseBoolean(e.getAttribute("default")), orEmpty(e.getAttribute("word")));
            out.add(new Entry(d, e));
        }
        out.sort(Comparator.comparing(en -> en.descriptor().id()));
        return List.copyOf(out);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private IConfigurationElement element(ContributionDescriptor d) throws CoreException {
        for (Entry e : entries(d.kind())) {
            if (e.descriptor().equals(d)) {
                return e.element();
            }
        }
        throw new CoreException(Status.error(d.label() + " is no longer installed"));
    }

    @Override
    public <T extends Contribution> T create(ContributionDescriptor d, Class<T> type) throws CoreException {
        IConfigurationElement element = element(d);
        Object[] created = new Object[1];
        IStatus[] failure = new IStatus[1];
        // createExecutableExtension runs the contributor's class loading and constructor: foreign code.
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                created[0] = element.createExecutableExtension("class");
            }

            @Override
            public void handleException(Throwable t) {
                failure[0] = new Status(IStatus.ERROR, PLUGIN_ID, "could not create " + d.label() + ": " + t, t);
            }
        });
        if (failure[0] != null) {
            throw new CoreException(failure[0]);
        }
        if (!type.isInstance(created[0])) {
            throw new CoreException(Status.error(d.label() + ": class " + created[0].getClass().getName()
                    + " does not implement " + type.getName()));
        }
        return type.cast(created[0]);
    }

    @Override
    public InputStream openWorkflow(ContributionDescriptor workflow) throws CoreException {
        Bundle bundle = Platform.getBundle(workflow.bundle());
        URL url = bundle == null ? null : bundle.getEntry(workflow.file());
        if (url == null) {
            throw new CoreException(Status.error(workflow.label() + ": workflow file '" + workflow.file()
                    + "' is missing from its bundle"));
        }
        try {
            return url.openStream();
        } catch (IOException e) {
            throw new CoreException(Status.error(workflow.label() + ": cannot read " + workflow.file(), e));
        }
    }
}
