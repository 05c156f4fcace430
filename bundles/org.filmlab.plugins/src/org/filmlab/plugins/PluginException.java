// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

/**
 * A plug-in operation that could not be done, with a message in the user's terms: what was asked,
 * what is missing or wrong, what to do. The product is as it was before the operation.
 */
public final class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
