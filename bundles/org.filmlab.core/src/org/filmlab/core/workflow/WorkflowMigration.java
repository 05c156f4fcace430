// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the steps of a {@code filmlab.workflow/1} document as {@code /2} steps. In {@code /1} the
 * engine knew the paper: it numbered classes by the paper's rule or by size ({@code naming}), drew the
 * window for a fixed class and proposed next experiments inside the map step, and made the σN-only
 * maps whenever the classes were the paper's. In {@code /2} each of these is a step of its own that
 * names the contribution doing it, so an old document says explicitly what it always meant.
 */
final class WorkflowMigration {

    /** The paper's quality rule and σN-only maps, contributed by the paper's bundle. */
    static final String PAPER_RULE = "org.filmlab.workflow.chenDuquesnoy2021.quality";
    static final String SIGMA_ONLY_STEP = "sigmaOnlyMaps";
    /** Numbering by size, FilmLab's own rule. */
    static final String SIZE_RULE = "org.filmlab.core.classes.bySize";

    private WorkflowMigration() {
    }

    static List<StepSpec> fromFormat1(List<StepSpec> old) {
        List<StepSpec> out = new ArrayList<>();
        boolean hasClasses = old.stream().anyMatch(s -> s.step().equals("classes"));
        boolean paperRule = false;
        for (StepSpec s : old) {
            switch (s.step()) {
                case "cluster" -> {
                    out.add(s);
                    if (!hasClasses) {
                        out.add(classes("auto"));
                        paperRule = true;
                    }
                }
                case "classes" -> {
                    Object naming = s.settings().getOrDefault("naming", "auto");
                    out.add(classes(naming));
                    paperRule = !"size".equals(naming);
                }
                case "map" -> {
                    Map<String, Object> settings = new LinkedHashMap<>(s.settings());
                    settings.remove("windowClass");
                    Object count = settings.remove("nextExperiments");
                    Object spacing = settings.remove("spacing");
                    out.add(new StepSpec("map", s.use(), s.params(), settings, s.resample(), s.resampleParams()));
                    if (paperRule) {
                        out.add(StepSpec.of(SIGMA_ONLY_STEP, "", Map.of()));
                    }
                    if (!Integer.valueOf(0).equals(count)) {
                        Map<String, Object> next = new LinkedHashMap<>();
                        if (count != null) {
                            next.put("count", count);
                        }
                        if (spacing != null) {
                            next.put("spacing", spacing);
                        }
                        out.add(StepSpec.of("nextExperiments", "", next));
                    }
                }
                default -> out.add(s);
            }
        }
        return out;
    }

    private static StepSpec classes(Object naming) {
        if ("size".equals(naming)) {
            return StepSpec.of("classes", SIZE_RULE, Map.of());
        }
        return new StepSpec("classes", PAPER_RULE, Map.of("naming", naming), Map.of(), "", Map.of());
    }
}
