// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.filmlab.core.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowDocumentTest {

    private static WorkflowDocument read(String json) throws InputException {
        return new WorkflowReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "wf.json");
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> read("{\n \"format\": \"filmlab.workflow/1\",\n"
                + " \"id\": \"x\" \"seed\": 1}"));
        assertTrue(e.getMessage().startsWith("wf.json: not valid JSON at line 3"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsDescribedInTheUsersTermsNotTheParsers() {
        InputException e = assertThrows(InputException.class, () -> read("{\"format\": \"filmlab.workflow/2\", \"steps\": ["));
        assertEquals("wf.json: not valid JSON at line 1, column 44: the file ends before the list opened at line 1,"
                + " column 43 is closed", e.getMessage());
    }

    @Test
    void structureErrorsNameTheJsonPath() {
        InputException unknownKey = assertThrows(InputException.class, () -> read(
                "{\"format\": \"filmlab.workflow/1\", \"id\": \"x\", \"seed\": 1, \"steps\": [{\"step\": \"reduce\","
                        + " \"use\": \"a\", \"parms\": {}}]}"));
        assertEquals("steps[0].parms", unknownKey.parameter().orElseThrow());
        InputException seed = assertThrows(InputException.class, () -> read(
                "{\"format\": \"filmlab.workflow/1\", \"id\": \"x\", \"seed\": 1.5, \"steps\": []}"));
        assertEquals("seed", seed.parameter().orElseThrow());
        InputException format = assertThrows(InputException.class, () -> read(
                "{\"format\": \"filmlab.workflow/9\", \"id\": \"x\", \"seed\": 1, \"steps\": []}"));
        assertTrue(format.getMessage().contains("filmlab.workflow/9"));
        InputException duplicate = assertThrows(InputException.class, () -> read(
                "{\"format\": \"filmlab.workflow/1\", \"id\": \"x\", \"id\": \"y\", \"seed\": 1, \"steps\": []}"));
        assertTrue(duplicate.getMessage().contains("Duplicate field"), duplicate.getMessage());
    }

    @Test
    void aFailedFolderWriteLeavesThePreviousFolderAndNoDebris(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        ResultsWriter.writeFolder(out, dir -> Files.writeString(dir.resolve("results.json"), "first"));
        assertThrows(IOException.class, () -> ResultsWriter.writeFolder(out, dir -> {
            Files.writeString(dir.resolve("results.json"), "half");
            throw new IOException("disk full");
        }));
        assertEquals("first", Files.readString(out.resolve("results.json")));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList());
        }
        ResultsWriter.writeFolder(out, dir -> Files.writeString(dir.resolve("results.json"), "second"));
        assertEquals("second", Files.readString(out.resolve("results.json")));
        assertFalse(Files.exists(tmp.resolve("results.json")));
    }
}
