// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A run as the results.json tree {@code filmlab run} writes ({@link ResultsWriter#toJson}), made once
 * per run for all the views that show it. UI thread only, like the session.
 */
final class ResultsJson {

    private static RunResult lastRun;
    private static JsonNode lastJson;

    private ResultsJson() {
    }

    static JsonNode of(RunResult result) {
        if (result != lastRun) {
            lastJson = ResultsWriter.toJson(result);
            lastRun = result;
        }
        return lastJson;
    }
}
