// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import java.io.IOException;

/**
 * A results.json tree lacks a key the report needs, or holds a value of the wrong kind there.
 * {@link #key()} is the dotted path of the offending key (for example {@code steps[0].parts[0].value} for a part
 * that does not read as its record, or {@code format} for a results file of another format),
 * so the message can tell which file to regenerate or which writer to fix.
 */
public final class MalformedResultsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public MalformedResultsException(String key, String problem) {
        super("results.json: " + key + ": " + problem);
        this.key = key;
    }

    /** The dotted path of the missing or malformed key. */
    public String key() {
        return key;
    }
}
