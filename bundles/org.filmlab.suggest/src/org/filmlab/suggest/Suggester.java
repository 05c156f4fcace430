// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Chooses what to make next: {@link SuggestionRequest#count()} recipes from the request's candidate
 * grid. Contributed through the extension point {@code org.filmlab.suggest.suggesters} and named by
 * the {@code nextExperiments} step's {@code suggester} setting.
 * <p>
 * Clients may implement this interface. Implementations need a public no-argument constructor, must
 * be stateless, and must give the same picks for the same request (its seed included).
 */
public interface Suggester {

    /** How it chooses and what its acquisition value means, in a sentence the report prints. */
    String method();

    /**
     * @param request the films, the models, the candidates and how many to pick
     * @param monitor progress and cancellation
     * @return exactly {@code request.count()} picks of distinct candidates, best first
     * @throws Exception when it cannot suggest; the step fails with the message, naming the suggester
     */
    List<Pick> suggest(SuggestionRequest request, IProgressMonitor monitor) throws Exception;
}
