// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a contribution declares in its {@code plugin.xml}, read without loading any of its code:
 * enough to list it, choose it and cite its bundle in a result.
 *
 * @param kind the extension point
 * @param id the stable id
 * @param name the human name
 * @param description what it does, or {@code ""}
 * @param bundle the symbolic name of the contributing bundle
 * @param bundleVersion that bundle's version
 * @param deprecated whether the contribution is kept only so old workflows still run
 * @param replacedBy the id that replaces a deprecated contribution, if any
 * @param extensions for importers, the file extensions read (lower case, no dot); else empty
 * @param file for workflows, the document's path inside the bundle; else {@code ""}
 * @param isDefault for workflows, whether it is the one run when none is named
 * @param word for kinds of step, the word workflow documents name it by ({@code "cluster"}); else {@code ""}
 */
public record ContributionDescriptor(ContributionKind kind, String id, String name, String description, String bundle,
        String bundleVersion, boolean deprecated, Optional<String> replacedBy, List<String> extensions, String file,
        boolean isDefault, String word) {

    public ContributionDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        extensions = List.copyOf(extensions);
        word = word == null ? "" : word;
    }

    /** {@code "org.filmlab.weka.kmeans (org.filmlab.weka 0.1.0)"}, for messages. */
    public String label() {
        return id + " (" + bundle + " " + bundleVersion + ")";
    }
}
