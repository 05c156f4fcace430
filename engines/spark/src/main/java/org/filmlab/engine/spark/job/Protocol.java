// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the job talks to FilmLab: one JSON object per line on standard output (events: progress,
 * questions, the end), answers from FilmLab one JSON object per line on standard input. Spark's own
 * logging goes to standard error, so standard output carries nothing else.
 */
final class Protocol {

    static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final BufferedReader in;

    Protocol(PrintStream out) {
        this.out = out;
        this.in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    ObjectNode event(String name) {
        return JSON.createObjectNode().put("event", name);
    }

    synchronized void send(ObjectNode event) {
        try {
            out.println(JSON.writeValueAsString(event));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    void progress(int step, String task) {
        send(event("progress").put("step", step).put("task", task));
    }

    /** Sends a question and waits for FilmLab's answer; FilmLab closing the pipe ends the job. */
    JsonNode ask(ObjectNode question) throws IOException {
        send(question);
        String line = in.readLine();
        if (line == null) {
            throw new IOException("FilmLab closed the connection (the run was cancelled)");
        }
        JsonNode answer = JSON.readTree(line);
        if (answer.has("cancel")) {
            throw new IOException("cancelled by FilmLab: " + answer.get("cancel").asText());
        }
        return answer;
    }
}
