// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The API of contributed report sections: a bundle that adds a kind of result part adds a
 * {@link org.filmlab.report.sections.SectionRenderer} for it under the extension point
 * {@code org.filmlab.report.sections}.
 */
package org.filmlab.report.sections;
