// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * What FilmLab's importers share with the importers of other bundles: strict reading of text files.
 * Versioned in the bundle's manifest; consumers import it by range {@code [1.0.0,2.0.0)}.
 */
package org.filmlab.io;
