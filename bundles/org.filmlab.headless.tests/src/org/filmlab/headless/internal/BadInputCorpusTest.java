// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.filmlab.headless.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-input corpus ({@code corpus/}, made by {@code corpus/generate.py} from one
 * undamaged table) through the filmlab command: exit code 2, exactly one error line that names the
 * file and the place or cause written down for it in {@code corpus/expectations.csv}, and nothing
 * written, not even a partial folder. The expectations are written by hand from the defect each file
 * was given, not copied from FilmLab's output.
 */
class BadInputCorpusTest {

    private static final String ERROR = "filmlab: error: ";

    @TempDir
    Path tmp;

    /** One row of expectations.csv. */
    record Expectation(String file, List<String> args, boolean namesFile, String where, String cause) {
        @Override
        public String toString() {
            return file + (args.isEmpty() ? "" : " " + String.join(" ", args));
        }
    }

    private static Path corpus() throws IOException {
        // Through the class loader: the corpus is in this fragment, which Bundle.getEntry of the host does not see.
        URL url = BadInputCorpusTest.class.getClassLoader().getResource("corpus/expectations.csv");
        return Path.of(FileLocator.toFileURL(url).getPath()).getParent();
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> all = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(corpus().resolve("expectations.csv"), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord r : format.parse(in)) {
                List<String> args = r.get("args").isBlank() ? List.of() : Arrays.asList(r.get("args").strip().split(" +"));
                all.add(new Expectation(r.get("file"), args, "yes".equals(r.get("names_file")), r.get("where"),
                        r.get("cause")));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void badInputStopsWithOneMessageNamingFileAndPlaceAndWritesNothing(Expectation e) throws IOException {
        Path data = corpus().resolve(e.file());
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--data", data.toString(), "--out", out.toString()));
        args.addAll(e.args());
        CommandRun o = run(args);

        assertEquals(FilmLabCommand.EXIT_BAD_INPUT, o.code(), "exit code; stderr: " + o.err() + " stdout: " + o.out());
        List<String> errors = o.err().lines().filter(l -> l.startsWith(ERROR)).toList();
        assertEquals(1, errors.size(), "one error line: " + o.err());
        String line = errors.get(0);
        if (e.namesFile()) {
            assertTrue(line.contains(e.file()), "the error names the file: " + line);
        }
        assertTrue(line.contains(e.where()), "the error names '" + e.where() + "': " + line);
        // A workflow that cannot run on the data lists its problems on the lines after the error line.
        assertTrue(o.err().contains(e.cause()), "the error says '" + e.cause() + "': " + o.err());
        assertFalse(o.err().contains("internal error"), o.err());
        assertFalse(o.err().contains("steps["), "the user's terms, not JSON paths: " + o.err());
        assertFalse(Files.exists(out), "no output folder after bad input");
        try (Stream<Path> left = Files.list(tmp)) {
            List<String> debris = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.")).toList();
            assertEquals(List.of(), debris, "no partial or old folder left beside the output");
        }
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Expectation e : expectations()) {
            assertTrue(listed.add(e.file() + " " + e.args()), "listed twice: " + e);
        }
        Set<String> files = new TreeSet<>();
        for (Expectation e : expectations()) {
            files.add(e.file());
        }
        Set<String> unlisted = new TreeSet<>();
        try (Stream<Path> all = Files.list(corpus())) {
            all.map(p -> p.getFileName().toString())
                    .filter(n -> !Set.of("expectations.csv", "generate.py", "control.csv").contains(n))
                    .filter(n -> !files.contains(n)).forEach(unlisted::add);
        }
        assertEquals(Set.of(), unlisted, "corpus files without an expectation");
        assertTrue(files.size() >= 30, "the corpus holds " + files.size() + " bad inputs");
    }

    /** The table every damaged file was made from runs: so each refusal is due to the damage alone. */
    @Test
    void theUndamagedTableRuns() throws IOException {
        Path out = tmp.resolve("control");
        CommandRun o = run(List.of("run", "--no-report", "--data", corpus().resolve("control.csv").toString(), "--out",
                out.toString()));
        assertEquals(FilmLabCommand.EXIT_OK, o.code(), o.err());
        assertTrue(Files.isRegularFile(out.resolve("results.json")));
    }
}
