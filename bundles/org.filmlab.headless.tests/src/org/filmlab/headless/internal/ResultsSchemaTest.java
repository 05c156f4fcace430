// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every results.json the command writes conforms to the published schema of filmlab.results/2
 * ({@code schema/} in this fragment, so that it travels in the test bundle's jar;
 * {@code docs/schema/filmlab.results-2.schema.json} is a link to it, so there is one copy). The runs
 * together produce every standard part type and skipped steps.
 */
class ResultsSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Schema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() throws IOException {
        // Through the class loader: the file is in this fragment, which Bundle.getEntry of the host does not see.
        try (InputStream in = ResultsSchemaTest.class.getClassLoader()
                .getResourceAsStream("schema/filmlab.results-2.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(MAPPER.readTree(in));
        }
    }

    private static Path fixture(String name) throws IOException {
        URL url = ResultsSchemaTest.class.getClassLoader().getResource("fixtures/" + name);
        return Path.of(FileLocator.toFileURL(url).getPath());
    }

    /** Runs {@code filmlab run} in-process with these arguments and returns the results.json it wrote. */
    private JsonNode run(String... args) throws IOException {
        Path out = tmp.resolve("out");
        List<String> all = new ArrayList<>(List.of("run", "--no-report", "--out", out.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = FilmLabCommand.execute(all.toArray(String[]::new),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return MAPPER.readTree(out.resolve("results.json").toFile());
    }

    private static List<String> violations(JsonNode results) {
        return schema.validate(results).stream().map(Error::toString).toList();
    }

    private static Set<String> partTypes(JsonNode results) {
        Set<String> types = new TreeSet<>();
        results.path("steps").forEach(s -> s.path("parts").forEach(p -> types.add(p.path("type").asText())));
        return types;
    }

    private static final Set<String> DEFAULT_PARTS = Set.of("reduction", "partition", "classes", "test",
            "classifierEvaluation", "decisionMaps", "sigmaOnlyDecisionMaps", "nextExperiments");

    static Stream<Arguments> runs() throws IOException {
        return Stream.of(
                Arguments.of("the default workflow on the sample", List.of(), DEFAULT_PARTS, false),
                Arguments.of("the EM workflow", List.of("--workflow", "org.filmlab.workflow.chenDuquesnoy2021.em"),
                        DEFAULT_PARTS, false),
                Arguments.of("the property-maps workflow",
                        List.of("--workflow", "org.filmlab.workflow.chenDuquesnoy2021.propertyMaps"),
                        union(DEFAULT_PARTS, Set.of("propertyMaps")), false),
                Arguments.of("the default workflow on data without conditions",
                        List.of("--data", fixture("wine.csv").toString(), "--ignore", "class"),
                        Set.of("reduction", "partition", "classes", "test"), true));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyWrittenResultsFileConformsToTheSchema(String name, List<String> args, Set<String> parts,
            boolean skips) throws IOException {
        JsonNode results = run(args.toArray(String[]::new));
        // The files must hold what the schema checks, or passing would prove little.
        assertEquals(new TreeSet<>(parts), partTypes(results));
        boolean skipped = false;
        for (JsonNode s : results.path("steps")) {
            skipped |= s.path("status").asText().equals("skipped");
        }
        assertEquals(skips, skipped, "whether a step was skipped");
        assertEquals(List.of(), violations(results));
    }

    /** The schema is not vacuous: taking required things away from a real file makes it fail. */
    @Test
    void aFileMissingWhatTheSchemaRequiresFails() throws IOException {
        JsonNode results = run();
        assertEquals(List.of(), violations(results));

        ObjectNode noLoadings = results.deepCopy();
        ObjectNode reduction = (ObjectNode) firstPart(noLoadings, "reduction");
        reduction.remove("loadings");
        List<String> errors = violations(noLoadings);
        assertFalse(errors.isEmpty(), "a reduction without loadings passed");
        assertTrue(errors.stream().anyMatch(e -> e.contains("loadings")), errors.toString());

        ObjectNode noWindowReason = results.deepCopy();
        ((ObjectNode) firstPart(noWindowReason, "sigmaOnlyDecisionMaps")).put("noWindow", "");
        assertFalse(violations(noWindowReason).isEmpty(), "maps with neither a window nor why passed");

        ObjectNode skippedWithoutReason = results.deepCopy();
        ((ObjectNode) skippedWithoutReason.path("steps").get(0)).put("status", "skipped");
        assertFalse(violations(skippedWithoutReason).isEmpty(), "a skipped step without a reason passed");

        ObjectNode matrixOfStrings = results.deepCopy();
        ((ObjectNode) firstPart(matrixOfStrings, "partition").path("clustering")).putArray("centroids").addArray()
                .add("1.0");
        assertFalse(violations(matrixOfStrings).isEmpty(), "centroids as strings passed");
    }

    /** A contributed step's part type is its own business: any object value is accepted, nothing else. */
    @Test
    void anUnknownPartTypeNeedsOnlyAnObjectValue() throws IOException {
        ObjectNode results = (ObjectNode) run();
        ObjectNode part = ((ArrayNode) results.path("steps").get(0).path("parts")).addObject();
        part.put("type", "org.example.mine");
        part.putObject("value").put("anything", 1);
        assertEquals(List.of(), violations(results));
        part.put("value", 1);
        assertFalse(violations(results).isEmpty(), "a part value that is not an object passed");
    }

    private static JsonNode firstPart(JsonNode results, String type) {
        for (JsonNode s : results.path("steps")) {
            for (JsonNode p : s.path("parts")) {
                if (p.path("type").asText().equals(type)) {
                    return p.path("value");
                }
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
