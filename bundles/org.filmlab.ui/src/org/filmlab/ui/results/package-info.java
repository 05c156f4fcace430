// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The API of the {@code org.filmlab.ui.resultViews} extension point: a
 * {@link org.filmlab.ui.results.ResultPresenter} shows a part of a finished run in a result view.
 */
package org.filmlab.ui.results;
