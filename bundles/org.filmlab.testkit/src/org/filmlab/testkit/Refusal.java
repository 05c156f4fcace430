// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import java.util.Map;

import org.filmlab.core.analysis.DataShape;

/**
 * A configuration a contribution declares it cannot take: allowed parameter values that do not fit
 * the data (more clusters than rows, a column the data set lacks). {@code validate} must refuse it
 * with a problem on {@code parameter}, before any data is touched, and must not throw.
 *
 * @param parameters the values that differ from the defaults, each allowed on its own
 * @param shape the data they do not fit
 * @param parameter the key the problem must name
 */
public record Refusal(Map<String, ?> parameters, DataShape shape, String parameter) {

    public Refusal {
        parameters = Map.copyOf(parameters);
    }
}
