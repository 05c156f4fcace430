// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps of the measured data over the plane of the decision maps (or the paper's L:S × X:B per P%):
 * the DoT map (Figure 3) and the property maps. They draw the data, not a part, so every report has them.
 */
final class DataMaps {

    /** The properties the paper maps over the plane (Movies S1–S3). */
    private static final List<String> MAPPED_PROPERTIES = List.of("thickness", "DoT", "sigmaN");

    private DataMaps() {
    }

    static HtmlSection section(Study study, Set<String> figureNames) {
        HtmlSection out = new HtmlSection("data-maps", figureNames);
        Optional<MapFigures.Plane> plane = MapFigures.Plane.of(study);
        if (plane.isEmpty()) {
            String why = "the results name no plane to map (no decision maps, and no P, LS and XB columns)";
            out.notDrawn("fig3-dot-map", why);
            MAPPED_PROPERTIES.forEach(p -> out.notDrawn("property-map-" + Html.id(p), why));
            return out;
        }
        out.title("Property maps");
        if (study.findColumn("DoT").isEmpty()) {
            out.notDrawn("fig3-dot-map", "the data have no DoT column");
        } else {
            out.figure(MapFigures.dotMap(study, plane.get(), "DoT"));
        }
        for (String property : MAPPED_PROPERTIES) {
            if (study.findColumn(property).isEmpty()) {
                out.notDrawn("property-map-" + Html.id(property), "the data have no " + property + " column");
            } else {
                out.figure(MapFigures.propertyMaps(study, plane.get(), property));
                Study.Column column = study.column(property);
                Study.Column panel = study.column(plane.get().panel());
                String name = "movie-" + Html.id(property);
                out.frames(name, "Movie: " + column.symbol() + " across " + panel.symbol(), "The maps above one "
                        + panel.symbol() + " at a time (the paper's Movies S1–S3): press Play, or move the slider.",
                        panel.symbol(), MapFigures.propertyFrames(study, plane.get(), property, name,
                                column.symbol() + " over the plane"),
                        java.util.Arrays.stream(MapFigures.measuredLevels(study, plane.get()))
                                .mapToObj(l -> panel.symbol() + " = " + Html.level(l) + " " + panel.unit()).toList());
            }
        }
        return out;
    }
}
