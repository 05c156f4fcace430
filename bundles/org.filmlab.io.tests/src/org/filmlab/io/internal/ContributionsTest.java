// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.junit.jupiter.api.Test;

/** What plugin.xml promises, checked against the running registry. */
class ContributionsTest {

    private static List<IConfigurationElement> contributions() {
        List<IConfigurationElement> mine = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.filmlab.core.importers")) {
            if ("org.filmlab.io".equals(e.getContributor().getName())) {
                mine.add(e);
            }
        }
        return mine;
    }

    @Test
    void theTwoImportersAreContributed() {
        Set<String> ids = new TreeSet<>();
        for (IConfigurationElement e : contributions()) {
            assertEquals("importer", e.getName());
            ids.add(e.getAttribute("id"));
        }
        assertEquals(Set.of("org.filmlab.io.csv", "org.filmlab.io.xlsx"), ids);
    }

    @Test
    void everyContributionNamesAWorkingImporter() throws Exception {
        for (IConfigurationElement e : contributions()) {
            String id = e.getAttribute("id");
            assertFalse(e.getAttribute("name").isBlank(), id);
            assertFalse(e.getAttribute("description").isBlank(), id);
            String extensions = e.getAttribute("extensions");
            assertNotNull(extensions, id);
            for (String ext : extensions.split(",")) {
                assertTrue(ext.matches("[a-z0-9]+"), id + ": extension '" + ext + "' must be lower case, no dot");
            }
            Object created = e.createExecutableExtension("class");
            DatasetImporter importer = assertInstanceOf(DatasetImporter.class, created, id);
            Problems problems = new Problems();
            ParameterValues values = importer.parameters().resolve(Map.of(), id, problems);
            assertNotNull(values, id + ": " + problems);
            assertEquals(importer.parameters().defaults(), values, id);
            importer.validate(values, new DataShape(0, List.of(), List.of(), List.of(), 0), problems);
            assertTrue(problems.isEmpty(), id + ": " + problems);
            assertFalse(importer.references().isEmpty(), id);
        }
    }

    @Test
    void eachExtensionHasOneImporter() {
        Set<String> seen = new TreeSet<>();
        for (IConfigurationElement e : contributions()) {
            for (String ext : e.getAttribute("extensions").split(",")) {
                assertTrue(seen.add(ext.strip().toLowerCase(Locale.ROOT)), "extension claimed twice: " + ext);
            }
        }
        assertEquals(Set.of("csv", "tsv", "txt", "xlsx"), seen);
    }
}
