// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.io.IOException;

/**
 * A results folder would replace something FilmLab did not write (a file, a folder of the user's own
 * files); the message says which and what to do, in the user's terms.
 *
 * @see ResultsWriter#checkReplaceable(java.nio.file.Path)
 * @since 1.3
 */
public class OutputFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputFolderException(String message) {
        super(message);
    }
}
