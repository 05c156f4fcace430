// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
}
