// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.filmlab.testkit.FuzzCorpus;
import org.filmlab.testkit.FuzzCorpus.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer's regression mode for the workflow-document fuzz target, inside the normal build: every
 * committed input of {@code fuzz-corpus/workflow/} goes through the method the fuzzer calls. It must
 * give a document or an {@code InputException} (anything else escapes and fails the test), the same
 * outcome twice, and take at most 1 s, the fuzzer's per-input limit ({@link FuzzCorpus}).
 */
class FuzzCorpusTest {

    static List<Input> workflow() {
        return FuzzCorpus.inputs(FuzzCorpusTest.class, "workflow");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflow")
    void documentIsReadOrRefusedWithAnInputException(Input input) {
        byte[] bytes = input.bytes();
        FuzzCorpus.replay(() -> WorkflowReaderFuzzer.outcome(bytes));
    }

    @Test
    void corpusHoldsTheBundledWorkflows() {
        // A corpus folder missing from the fragment would otherwise pass with nothing replayed.
        List<String> names = FuzzCorpus.names(workflow());
        assertTrue(names.contains("seed-chen-duquesnoy-2021.json"), names.toString());
        // The seeds must be readable documents, or the fuzzer starts from nothing but errors.
        Input seed = workflow().stream().filter(i -> i.name().equals("seed-chen-duquesnoy-2021.json")).findFirst()
                .orElseThrow();
        assertTrue(WorkflowReaderFuzzer.outcome(seed.bytes()).startsWith("document "));
    }
}
