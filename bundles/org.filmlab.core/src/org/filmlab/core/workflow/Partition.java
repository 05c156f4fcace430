// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.step.ResultPart;

/**
 * The clusters a clusterer found on the leading components of a reduction.
 *
 * @param components how many leading components the clusterer received
 * @param clustering the clusters (indices {@code 0..k-1}, centroids in component space)
 */
public record Partition(int components, Clustering clustering) implements ResultPart {
}
