// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.SectionRenderer;

/**
 * The report's sections of parts: for every part of every step that ran, in run order, the renderers
 * contributed for its part type under {@code org.filmlab.report.sections}, each run through SafeRunner.
 */
final class Sections {

    static final String EXTENSION_POINT = "org.filmlab.report.sections";

    /** A contributed renderer, created when first needed. */
    private record Contributed(String id, String name, IConfigurationElement element) {
    }

    private Sections() {
    }

    /** By part type, the contributed renderers in registry order. */
    private static Map<String, List<Contributed>> installed() {
        Map<String, List<Contributed>> out = new LinkedHashMap<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return out;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if ("section".equals(e.getName())) {
                out.computeIfAbsent(e.getAttribute("partType"), k -> new ArrayList<>())
                        .add(new Contributed(e.getAttribute("id"), e.getAttribute("name"), e));
            }
        }
        return out;
    }

    /**
     * One section per part and renderer, or one note where a part cannot be drawn.
     *
     * @param done told of each section as soon as it is complete, in order
     */
    static List<HtmlSection> render(ResultsReader.Results results, Set<String> figureNames,
            Consumer<HtmlSection> done) {
        Map<String, List<Contributed>> installed = installed();
        List<HtmlSection> out = new ArrayList<>();
        for (ResultsReader.Step step : results.steps()) {
            for (ResultsReader.Part part : step.parts()) {
                String anchor = part.type() + "-" + (step.index() + 1);
                List<Contributed> renderers = installed.getOrDefault(part.type(), List.of());
                List<HtmlSection> sections = new ArrayList<>();
                if (renderers.isEmpty()) {
                    sections.add(note(anchor, figureNames, "No report section is installed for part type "
                            + part.type() + " (from " + step.label() + ")."));
                } else if (part.value() == null) {
                    sections.add(note(anchor, figureNames, "The " + part.type() + " of " + step.label()
                            + " cannot be drawn: no installed kind of step declares that part type."));
                } else {
                    renderers.forEach(r -> sections.add(render(r, results, step, part, anchor, figureNames)));
                }
                sections.forEach(done);
                out.addAll(sections);
            }
        }
        return out;
    }

    private static HtmlSection render(Contributed r, ResultsReader.Results results, ResultsReader.Step step,
            ResultsReader.Part part, String anchor, Set<String> figureNames) {
        HtmlSection section = new HtmlSection(anchor, figureNames);
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                SectionRenderer renderer = (SectionRenderer) r.element().createExecutableExtension("class");
                renderer.render(section, results, step, part.value());
            }

            @Override
            public void handleException(Throwable e) {
                failure[0] = e;
            }
        });
        if (failure[0] == null) {
            return section;
        }
        // What the renderer wrote before it failed may be half a table: the note replaces all of it.
        Throwable e = failure[0];
        return note(anchor, figureNames, "The section for " + part.type() + " (" + step.label() + ") could not be drawn"
                + " by " + r.name() + " (" + r.id() + "): " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private static HtmlSection note(String anchor, Set<String> figureNames, String text) {
        HtmlSection s = new HtmlSection(anchor, figureNames);
        s.note(text);
        s.notDrawn().add(text);
        return s;
    }
}
