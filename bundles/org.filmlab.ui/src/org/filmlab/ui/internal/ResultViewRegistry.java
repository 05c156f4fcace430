// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * The contributions to {@code org.filmlab.ui.resultViews}, read from their attributes once and kept
 * until a bundle adds or removes some; no contributed code is loaded here.
 */
final class ResultViewRegistry {

    static final String POINT = "org.filmlab.ui.resultViews";
    /** The form {@code org.filmlab.core.step.PartType} requires of a name. */
    private static final String PART_TYPE_NAME = "[A-Za-z][A-Za-z0-9.]*";

    private static final ResultViewRegistry INSTANCE = new ResultViewRegistry();

    private List<ResultViewDescriptor> cached;
    private boolean listening;

    private ResultViewRegistry() {
    }

    static ResultViewRegistry get() {
        return INSTANCE;
    }

    /** The contributions shown in the view with this id, by contribution id. */
    synchronized List<ResultViewDescriptor> forView(String viewId) {
        return all().stream().filter(d -> d.viewId().equals(viewId)).toList();
    }

    /** Every valid contribution, by contribution id; invalid ones are logged once per read. */
    synchronized List<ResultViewDescriptor> all() {
        if (cached == null) {
            cached = read();
        }
        return cached;
    }

    private List<ResultViewDescriptor> read() {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (!listening) {
            registry.addListener(new IRegistryEventListener() {
                @Override
                public void added(IExtension[] extensions) {
                    evict();
                }

                @Override
                public void removed(IExtension[] extensions) {
                    evict();
                }

                @Override
                public void added(IExtensionPoint[] points) {
                    evict();
                }

                @Override
                public void removed(IExtensionPoint[] points) {
                    evict();
                }
            }, POINT);
            listening = true;
        }
        List<ResultViewDescriptor> out = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(POINT)) {
            String bundle = e.getContributor().getName();
            String id = e.getAttribute("id");
            String view = e.getAttribute("view");
            String label = e.getAttribute("label");
            String parts = e.getAttribute("parts");
            if (!"resultView".equals(e.getName()) || id == null || view == null || label == null
                    || e.getAttribute("class") == null) {
                ILog.of(getClass()).log(Status.error("A result view contributed by " + bundle + " lacks one of id,"
                        + " view, label and class; it is ignored."));
                continue;
            }
            List<String> needs = new ArrayList<>();
            boolean ok = true;
            for (String type : parts == null ? new String[0] : parts.trim().split("[\\s,]+")) {
                if (type.isEmpty()) {
                    continue;
                }
                // Kinds of step are contributed and declare their own part types, so only the form of a
                // name can be checked here; a name no step produces leaves the view saying it is missing.
                if (type.matches(PART_TYPE_NAME)) {
                    needs.add(type);
                } else {
                    ILog.of(getClass()).log(Status.error("The result view " + id + " (" + bundle + ") needs '" + type
                            + "', which is not a part type name (letters, digits and dots, such as reduction,"
                            + " classes, test, decisionMaps). It is ignored."));
                    ok = false;
                }
            }
            if (ok) {
                out.add(new ResultViewDescriptor(id, view, label, List.copyOf(needs), bundle, e));
            }
        }
        out.sort(Comparator.comparing(ResultViewDescriptor::id));
        return List.copyOf(out);
    }

    private synchronized void evict() {
        cached = null;
    }
}
