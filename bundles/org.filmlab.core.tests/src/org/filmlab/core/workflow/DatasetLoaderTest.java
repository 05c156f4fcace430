// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DatasetLoader} with importer parameters given as text: they reach the importer resolved to
 * their types, and a wrong key or value is refused before the importer reads anything. The core has
 * no importer of its own, so a small one is registered here through a registry of the test's own.
 */
class DatasetLoaderTest {

    private static final double EXACT = 1e-12;

    /** Counts reads, so a test can tell that a refused configuration never reached the file. */
    static final AtomicInteger READS = new AtomicInteger();

    /**
     * Reads lines of numbers separated by a comma or a bar, after {@code skip} lines of preamble.
     * Stateless; the counter is the test's instrument, not the importer's state.
     */
    public static final class BarImporter implements DatasetImporter {

        static final ParameterSet PARAMETERS = ParameterSet.of(
                Parameter.choice("separator", "Separator", "Between cells.", "comma", "comma", "bar"),
                Parameter.integer("skip", "Skip", "Lines above the header.", 0, 0, 5),
                Parameter.text("note", "Note", "A word kept as the data set's note.", ""));

        public BarImporter() {
        }

        @Override
        public ParameterSet parameters() {
            return PARAMETERS;
        }

        @Override
        public void validate(ParameterValues values, DataShape data, Problems problems) {
            String separator = "bar".equals(values.getString("separator")) ? "|" : ",";
            if (values.getString("note").contains(separator)) {
                problems.add("note", "the note cannot contain the separator '" + separator + "'");
            }
        }

        @Override
        public Table read(Path file, ParameterValues values, IProgressMonitor monitor) throws InputException {
            READS.incrementAndGet();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw InputException.inFile(file.toString(), e.getMessage(), e);
            }
            String separator = "bar".equals(values.getString("separator")) ? "\\|" : ",";
            int skip = values.getInt("skip");
            List<String> headers = List.of(lines.get(skip).split(separator));
            List<Table.Row> rows = new ArrayList<>();
            for (int i = skip + 1; i < lines.size(); i++) {
                List<Table.Cell> cells = new ArrayList<>();
                for (String raw : lines.get(i).split(separator, -1)) {
                    try {
                        cells.add(new Table.Number(Double.parseDouble(raw), raw));
                    } catch (NumberFormatException e) {
                        cells.add(new Table.Text(raw));
                    }
                }
                rows.add(new Table.Row(i + 1, cells));
            }
            String note = values.getString("note");
            return new Table(file.getFileName().toString(), headers, rows, note.isEmpty() ? List.of() : List.of(note));
        }
    }

    private static final ContributionDescriptor BAR = new ContributionDescriptor(ContributionKind.IMPORTER,
            "org.filmlab.core.tests.bar", "Bar-separated numbers", "", "org.filmlab.core.tests", "0.1.0", false,
            Optional.empty(), List.of("bar"), "", false, "");

    /** Knows only the bar importer; enough for the loader, which lists importers and creates one. */
    private static final ContributionRegistry REGISTRY = new ContributionRegistry() {
        @Override
        public List<ContributionDescriptor> list(ContributionKind kind) {
            return kind == ContributionKind.IMPORTER ? List.of(BAR) : List.of();
        }

        @Override
        public Optional<ContributionDescriptor> find(ContributionKind kind, String id) {
            return list(kind).stream().filter(d -> d.id().equals(id)).findFirst();
        }

        @Override
        public <T extends Contribution> T create(ContributionDescriptor descriptor, Class<T> type) {
            return type.cast(new BarImporter());
        }

        @Override
        public InputStream openWorkflow(ContributionDescriptor workflow) {
            throw new UnsupportedOperationException("no workflows here");
        }
    };

    /** P and thickness are recognised FilmLab headers, so the automatic mapping gives a condition and a property. */
    private static final DatasetMapping MAPPING = new DatasetMapping(List.of("P"), List.of("thickness"), List.of());

    @TempDir
    Path dir;

    private Path films;

    @BeforeEach
    void writeFile() throws IOException {
        READS.set(0);
        films = dir.resolve("films.bar");
        Files.writeString(films, """
                made 2024-05-02, line 3
                P (wt%)|thickness (µm)
                3|72.5
                5|64.25
                7|58
                """, StandardCharsets.UTF_8);
    }

    @Test
    void givenValuesReachTheImporterAsTheirTypes() throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("separator", "bar");
        given.put("skip", " 1 ");
        given.put("note", "batch-7");
        Dataset d = new DatasetLoader(REGISTRY).load(films, given, MAPPING, null);
        assertEquals(1, READS.get());
        assertEquals(3, d.rowCount());
        // The values typed in the file above.
        assertArrayEquals(new double[] { 3, 5, 7 }, d.column("P").orElseThrow().values(), EXACT);
        assertArrayEquals(new double[] { 72.5, 64.25, 58 }, d.column("thickness").orElseThrow().values(), EXACT);
        assertEquals(List.of("batch-7"), d.notes());
        // How the file was read is recorded for the results' provenance: every value, typed, in the
        // importer's declared order.
        assertEquals("org.filmlab.core.tests.bar", d.importer());
        assertEquals(List.of("separator", "skip", "note"), List.copyOf(d.importParameters().keySet()));
        assertEquals(1, d.importParameters().get("skip"));
        assertEquals("batch-7", d.importParameters().get("note"));
    }

    @Test
    void theOldApiUsesTheDefaults() throws Exception {
        Path plain = dir.resolve("plain.bar");
        Files.writeString(plain, "P (wt%),thickness (µm)\n3,70\n5,60\n", StandardCharsets.UTF_8);
        Dataset d = new DatasetLoader(REGISTRY).load(plain, MAPPING, null);
        assertEquals(1, READS.get());
        assertArrayEquals(new double[] { 70, 60 }, d.column("thickness").orElseThrow().values(), EXACT);
        assertEquals(List.of(), d.notes());
    }

    @Test
    void anUnknownKeyIsRefusedBeforeReadingNamingTheImportersKeys() {
        InputException e = assertThrows(InputException.class,
                () -> new DatasetLoader(REGISTRY).load(films, Map.of("sheet", "Films"), MAPPING, null));
        assertEquals(0, READS.get(), "nothing read");
        assertEquals(Optional.of("sheet"), e.parameter());
        String m = e.getMessage();
        assertTrue(m.contains("unknown parameter") && m.contains("separator, skip, note"), m);
        assertTrue(m.contains("org.filmlab.core.tests.bar") && m.contains("films.bar"), m);
    }

    @Test
    void aValueOutsideTheChoicesIsRefusedNamingTheAllowedValues() {
        InputException e = assertThrows(InputException.class,
                () -> new DatasetLoader(REGISTRY).load(films, Map.of("separator", ";"), MAPPING, null));
        assertEquals(0, READS.get());
        assertEquals(Optional.of("separator"), e.parameter());
        assertTrue(e.getMessage().contains("one of comma, bar") && e.getMessage().contains("org.filmlab.core.tests.bar"),
                e.getMessage());
    }

    @Test
    void aNumberOutOfRangeIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> new DatasetLoader(REGISTRY).load(films, Map.of("skip", "9"), MAPPING, null));
        assertEquals(0, READS.get());
        assertEquals(Optional.of("skip"), e.parameter());
        assertTrue(e.getMessage().contains("an integer in [0, 5]"), e.getMessage());
    }

    @Test
    void valuesThatDoNotFitTogetherAreRefusedByTheImportersOwnCheck() {
        InputException e = assertThrows(InputException.class, () -> new DatasetLoader(REGISTRY).load(films,
                Map.of("separator", "bar", "note", "a|b"), MAPPING, null));
        assertEquals(0, READS.get());
        assertEquals(Optional.of("note"), e.parameter());
        assertTrue(e.getMessage().contains("separator '|'"), e.getMessage());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("sheet", "x");
        given.put("skip", "many");
        InputException e = assertThrows(InputException.class,
                () -> new DatasetLoader(REGISTRY).load(films, given, MAPPING, null));
        assertTrue(e.getMessage().contains("'sheet'") && e.getMessage().contains("'skip'")
                && e.getMessage().contains("many"), e.getMessage());
    }
}
