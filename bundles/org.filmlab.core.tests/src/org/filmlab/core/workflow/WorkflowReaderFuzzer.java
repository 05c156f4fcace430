// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;

import org.filmlab.core.data.InputException;

/**
 * Jazzer fuzz target for {@link WorkflowReader}: the input's bytes as a workflow document. The
 * reader's documented error is {@link InputException} (naming the JSON path or the JSON line and
 * column); any other throwable escapes and is a finding. {@code fuzz/run workflow} fuzzes it; the
 * committed inputs in {@code fuzz-corpus/workflow/} are replayed by {@link FuzzCorpusTest}.
 */
public final class WorkflowReaderFuzzer {

    private WorkflowReaderFuzzer() {
    }

    /**
     * Called by Jazzer once before fuzzing: loading and instrumenting Jackson takes longer than the
     * 1 s an input may take, so that happens here, on one valid and one broken document.
     */
    public static void fuzzerInitialize() {
        outcome(("{\"format\":\"" + WorkflowDocument.FORMAT + "\",\"id\":\"warm-up\",\"seed\":1,\"data\":{},"
                + "\"steps\":[{\"step\":\"cluster\",\"use\":\"x\",\"params\":{\"k\":3,\"t\":0.5,\"b\":true}}]}")
                .getBytes(UTF_8));
        outcome("{\"format\": [".getBytes(UTF_8));
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(byte[] data) {
        outcome(data);
    }

    /** The document read (records compare and print by content), or the message. */
    static String outcome(byte[] data) {
        try {
            return "document " + new WorkflowReader().read(new ByteArrayInputStream(data), "input.json");
        } catch (InputException e) {
            return "InputException: " + e.getMessage();
        }
    }
}
