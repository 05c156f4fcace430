// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One call of the filmlab command, run in-process as a user would type it: its exit code and what it
 * printed on stdout and stderr. The tests of this fragment share it, so that they all call the command
 * the same way.
 */
record CommandRun(int code, String out, String err) {

    /** Runs {@code filmlab} with these arguments and captures its exit code and output. */
    static CommandRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = FilmLabCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CommandRun run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    /**
     * Runs with bad input, writing to {@code dir/out}, and checks the refusal as a user meets it: exit
     * code 2, one error message, no output folder and no partial one beside it. Returns stderr.
     */
    static String rejects(Path dir, String... args) {
        Path out = dir.resolve("out");
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--out", out.toString()));
        CommandRun o = run(all);
        assertEquals(2, o.code(), "exit code; stderr: " + o.err() + " stdout: " + o.out());
        List<String> errors = o.err().lines().filter(l -> l.startsWith("filmlab: error: ")).toList();
        assertEquals(1, errors.size(), "one error message: " + o.err());
        assertFalse(Files.exists(out), "no output folder after bad input");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".out.")), "no partial folder");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return o.err();
    }
}
