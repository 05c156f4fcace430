// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.registry;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.internal.ExtensionContributionRegistry;

/**
 * The installed contributions of every FilmLab extension point. Listing reads only the attributes
 * of {@code plugin.xml}; contributed code is loaded when {@link #create} is called.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface ContributionRegistry {

    /** The registry of the running platform. */
    static ContributionRegistry getDefault() {
        return ExtensionContributionRegistry.getDefault();
    }

    /** The contributions to one extension point, sorted by id. */
    List<ContributionDescriptor> list(ContributionKind kind);

    /** The contribution with this id, if installed. */
    Optional<ContributionDescriptor> find(ContributionKind kind, String id);

    /**
     * Creates the contributed object, loading its bundle if needed. Failures of the contributed
     * code (a missing class, a throwing constructor, the wrong type) are caught and returned as a
     * {@link CoreException} naming the contribution and its bundle.
     */
    <T extends Contribution> T create(ContributionDescriptor descriptor, Class<T> type) throws CoreException;

    /** Opens a contributed workflow document. */
    InputStream openWorkflow(ContributionDescriptor workflow) throws CoreException;
}
