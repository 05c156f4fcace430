// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.step.PartType;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * Writes a {@link RunResult} as {@code results.json}: every number, keys in a fixed order, nothing
 * that changes between runs (no time stamps, no absolute paths), so the same inputs and seed give
 * the same bytes. The output folder is written beside its final place and moved there at the end,
 * so a failed run leaves no half-written folder.
 */
public final class ResultsWriter {

    /** The format tag of results.json. */
    public static final String FORMAT = "filmlab.results/2";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ResultsWriter() {
    }

    /**
     * The results as a JSON tree: the data, then each step with what it produced, then provenance.
     * The tree of {@link #write(RunResult, Optional, OutputStream)}'s tokens, so the two never differ.
     */
    public static ObjectNode toJson(RunResult r) {
        TokenBuffer tokens = new TokenBuffer(ResultsReader.MAPPER, false);
        try {
            writeTokens(r, Optional.empty(), tokens);
            return ResultsReader.MAPPER.readTree(tokens.asParser());
        } catch (IOException e) {
            // A token buffer holds everything in memory: nothing here reads or writes a file.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the serializers of the parts {@code workflow}'s steps will produce, so that writing its
     * results does not: Jackson introspects each part's record classes the first time it writes
     * one. A cold process wrote the sample's results.json in 0.085 s without this, 0.058 s with it
     * (medians of 6, bench/results/perf.md, session 9).
     * Meant for a thread of its own while the data are read and the steps run (Jackson's caches
     * are thread-safe); a type it cannot prepare is left to the writing, which reports it.
     */
    public static void prepare(PreparedWorkflow workflow) {
        // As ObjectMapper.writeValue looks a value's serializer up: by its class, typed.
        SerializerProvider serializers = ResultsReader.MAPPER.getSerializerProviderInstance();
        for (PreparedWorkflow.Step step : workflow.steps()) {
            for (PartType<?> output : step.type().outputs()) {
                if (output.persistent()) {
                    try {
                        serializers.findTypedValueSerializer(output.type(), true, null);
                    } catch (JsonMappingException | RuntimeException e) {
                        // The same type fails again when its part is written, with the step named.
                    }
                }
            }
        }
    }

    /**
     * Writes {@code results.json} to {@code out} as it goes, part by part: nothing of the size of the
     * films is held a second time, so ten million films need the memory of their values, not of a
     * JSON tree of them (about ten times more). The bytes are those of {@link #writeJson} on
     * {@link #toJson} with the engine added to the provenance.
     *
     * @param engine what ran the steps (engine, version, master), when it was not the in-process engine
     */
    public static void write(RunResult r, Optional<? extends JsonNode> engine, OutputStream out) throws IOException {
        try (JsonGenerator g = writer().createGenerator(out)) {
            writeTokens(r, engine, g);
        }
        out.write('\n');
    }

    private static void writeTokens(RunResult r, Optional<? extends JsonNode> engine, JsonGenerator g)
            throws IOException {
        writeTokens(r.dataset(), r.steps(), () -> provenance(r, engine), g);
    }

    /** The tokens of results.json: the data, the steps as {@code steps} gives them, the provenance. */
    private static void writeTokens(Dataset d, Iterable<RunResult.StepOutcome> steps, Supplier<ObjectNode> provenance,
            JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeBooleanField("synthetic", d.isSynthetic());
        g.writeFieldName("data");
        DatasetJson.writeData(d, g);
        g.writeArrayFieldStart("steps");
        for (RunResult.StepOutcome outcome : steps) {
            step(outcome, g);
        }
        g.writeEndArray();
        g.writeFieldName("provenance");
        ResultsReader.MAPPER.writeTree(g, provenance.get());
        g.writeEndObject();
    }

    private static ObjectNode provenance(RunResult r, Optional<? extends JsonNode> engine) {
        ObjectNode provenance = provenance(r);
        engine.ifPresent(e -> provenance.set("engine", e));
        return provenance;
    }

    /**
     * results.json written while the steps run, into its folder as {@link #write(RunResult, Optional, Path)}
     * writes it, the same bytes: the data as soon as they are read, each step as soon as it and
     * the steps before it are done, the provenance at the end. A thread of its own writes, so the
     * writing (0.07 s of the sample's run, 0.11 s at 10⁴ films, all after the analysis before) takes
     * a core the steps leave idle: the first steps run one after the other, and the last ones end
     * unevenly.
     * <p>
     * Give it each step's outcome ({@link #step}, e.g. from
     * {@link WorkflowEngine#run(PreparedWorkflow, Dataset, IProgressMonitor, java.util.function.Consumer)}),
     * then either {@link #finish} or, when the run fails, {@link #abandon}: the folder is then as it
     * was before.
     *
     * @since 1.2
     */
    public static final class Streamed {

        private final List<CompletableFuture<RunResult.StepOutcome>> steps = new ArrayList<>();
        private final CompletableFuture<ObjectNode> provenance = new CompletableFuture<>();
        private final CompletableFuture<Void> written = new CompletableFuture<>();

        private Streamed(Path dir, Dataset data, int stepCount) {
            for (int i = 0; i < stepCount; i++) {
                steps.add(new CompletableFuture<>());
            }
            Iterable<RunResult.StepOutcome> inOrder = () -> steps.stream().map(CompletableFuture::join).iterator();
            Thread writer = new Thread(() -> {
                try {
                    writeFolder(dir, tmp -> {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp.resolve("results.json")))) {
                            try (JsonGenerator g = writer().createGenerator(out)) {
                                writeTokens(data, inOrder, provenance::join, g);
                            }
                            out.write('\n');
                        }
                    });
                    written.complete(null);
                } catch (IOException | RuntimeException | Error e) {
                    written.completeExceptionally(e);
                }
            }, "filmlab results.json");
            // A run that fails abandons it; nothing else may keep the JVM alive for it.
            writer.setDaemon(true);
            writer.start();
        }

        /**
         * Starts writing results.json of a run of {@code data} into {@code dir}.
         *
         * @param stepCount the steps of the workflow's document, each of which will have an outcome
         */
        public static Streamed start(Path dir, Dataset data, int stepCount) {
            return new Streamed(dir, data, stepCount);
        }

        /** A step's outcome; any thread, any order. */
        public void step(RunResult.StepOutcome outcome) {
            steps.get(outcome.record().index()).complete(outcome);
        }

        /**
         * Writes the provenance of the finished run and waits until the folder is in place.
         *
         * @param engine what ran the steps, when it was not the in-process engine
         */
        public void finish(RunResult r, Optional<? extends JsonNode> engine) throws IOException {
            provenance.complete(provenance(r, engine));
            try {
                written.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e.getCause() instanceof RuntimeException run ? run : e;
            }
        }

        /** Stops writing: the unfinished folder is removed and an earlier run's left as it was. */
        public void abandon() {
            CancellationException stop = new CancellationException("the run did not finish");
            steps.forEach(f -> f.completeExceptionally(stop));
            provenance.completeExceptionally(stop);
            written.exceptionally(e -> null).join();
        }
    }

    /** One step: what it was, whether it ran (or why not) and its parts, each by Jackson data binding. */
    private static void step(RunResult.StepOutcome outcome, JsonGenerator g) throws IOException {
        StepRecord s = outcome.record();
        g.writeStartObject();
        g.writeNumberField("index", s.index());
        g.writeStringField("step", s.step());
        g.writeStringField("stepName", s.stepName());
        g.writeStringField("contribution", s.contribution());
        g.writeStringField("contributionName", s.contributionName());
        g.writeStringField("status", outcome.ran() ? "ran" : "skipped");
        if (!outcome.ran()) {
            g.writeStringField("reason", outcome.skipped());
        }
        g.writeArrayFieldStart("parts");
        for (RunResult.Produced p : outcome.parts()) {
            if (p.persistent()) {
                g.writeStartObject();
                g.writeStringField("type", p.type());
                g.writeFieldName("value");
                ResultsReader.MAPPER.writeValue(g, p.part());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static ObjectNode provenance(RunResult r) {
        ObjectNode o = F.objectNode();
        o.set("workflow", WorkflowWriter.toJson(r.workflow()));
        o.put("seed", r.workflow().seed());
        o.set("input", DatasetJson.input(r.dataset()));
        ArrayNode steps = o.putArray("steps");
        Map<String, String> bundles = new TreeMap<>();
        for (RunResult.StepOutcome outcome : r.steps()) {
            StepRecord s = outcome.record();
            ObjectNode so = steps.addObject();
            so.put("index", s.index());
            so.put("step", s.step());
            so.put("contribution", s.contribution());
            so.put("bundle", s.bundle());
            so.put("version", s.version());
            so.put("seed", s.seed());
            so.set("params", WorkflowWriter.values(s.params()));
            so.set("settings", WorkflowWriter.values(s.settings()));
            bundles.put(s.bundle(), s.version());
        }
        Bundle core = Platform.getBundle("org.filmlab.core");
        bundles.put("org.filmlab.core", core.getVersion().toString());
        ObjectNode b = o.putObject("bundles");
        bundles.forEach(b::put);
        return o;
    }

    /**
     * Writes {@code results.json} alone into {@code dir}, streamed as by
     * {@link #write(RunResult, Optional, OutputStream)}, replacing an earlier run's folder only once
     * the new one is complete.
     */
    public static void write(RunResult r, Optional<? extends JsonNode> engine, Path dir) throws IOException {
        writeFolder(dir, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp.resolve("results.json")))) {
                write(r, engine, out);
            }
        });
    }

    /** Writes a JSON tree with two-space indentation and "\n" line ends, whatever the platform. */
    public static void writeJson(ObjectNode json, OutputStream out) throws IOException {
        writer().writeValue(out, json);
        out.write('\n');
    }

    private static ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return mapper.writer(printer);
    }

    /** Fills a folder's contents. */
    @FunctionalInterface
    public interface FolderContents {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Writes a folder atomically: into a hidden sibling first, then renamed into place. If
     * {@code dir} exists it is replaced only after the new contents are complete.
     * <p>
     * A run killed at any moment (SIGKILL, power cut of the process) leaves {@code dir} either as it
     * was or complete, never half-written; what it may leave beside it is cleaned up by the next
     * write to the same folder: a {@code .<name>.partial-<pid>-*} sibling (the unfinished new folder)
     * is deleted, and a {@code .<name>.old-<pid>-*} sibling (the previous folder, moved aside just
     * before the new one was to be moved in) is moved back if {@code dir} is missing, else deleted.
     * Siblings whose process is still alive belong to a concurrent write and are left alone.
     */
    public static void writeFolder(Path dir, FolderContents contents) throws IOException {
        checkReplaceable(dir);
        Path target = prepare(dir);
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        String owner = Long.toString(ProcessHandle.current().pid());
        Path tmp = newSibling(parent, "." + name + PARTIAL + owner + "-", true);
        Path old = null;
        try {
            contents.writeInto(tmp);
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + name + OLD + owner + "-");
                Files.delete(old);
                move(target, old);
            }
            move(tmp, target);
        } catch (IOException | RuntimeException e) {
            // This process stays alive (a desktop session, say), so recovery would not put it back.
            if (old != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(old, target);
            }
            deleteTree(tmp);
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * What the top of a folder FilmLab wrote may hold: a run's results and report, a comparison. The
     * records file browsers leave in a folder someone looked at do not make it the user's.
     */
    private static final Set<String> OURS = Set.of("results.json", "report.html", "figures", "compare.json",
            ".DS_Store", "Thumbs.db", "desktop.ini");

    /** How many of the user's files an {@link OutputFolderException} names. */
    private static final int NAMED = 3;

    /**
     * Throws unless {@link #writeFolder} may write {@code dir}: absent, an empty folder, or a folder of
     * FilmLab's own output (an earlier run's, which the new one replaces). Anything else is the user's
     * and is never replaced: {@code --out} naming the data file, or a folder of notes, deleted them.
     * Commands call this before their analysis, so a refused folder costs no run.
     *
     * @since 1.3
     */
    public static void checkReplaceable(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException(target + " is a file, not a folder: FilmLab writes its results into a"
                    + " folder, and replaces only a folder of its own results; name a new folder");
        }
        List<String> others = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!OURS.contains(name)) {
                    others.add(name);
                }
            }
        }
        if (!others.isEmpty()) {
            others.sort(null);
            String named = String.join(", ", others.subList(0, Math.min(NAMED, others.size())))
                    + (others.size() > NAMED ? " and " + (others.size() - NAMED) + " more" : "");
            throw new OutputFolderException(target + " holds files FilmLab did not write (" + named + "): FilmLab"
                    + " replaces only an empty folder or one of its own results (results.json, report.html,"
                    + " figures); name a new folder, or move those files");
        }
    }

    /** What {@link #writeFile} writes: the whole file, to the stream given. */
    @FunctionalInterface
    public interface FileContents {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically: into a hidden sibling ({@code .<name>.partial-<pid>-<n>}), renamed
     * into place once complete, so a reader never sees half a file and a failed write leaves the
     * previous file as it was; siblings a killed write left are cleaned up as by {@link #writeFolder}.
     * Like the folders written there, the file gets the permissions any new file in its folder gets
     * (the user's umask), not the owner-only ones of a temporary file.
     */
    public static void writeFile(Path file, FileContents contents) throws IOException {
        Path target = prepare(file);
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path tmp = newSibling(parent, "." + name + PARTIAL + ProcessHandle.current().pid() + "-", false);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                contents.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The absolute target of a write, its folder made and what a killed write to it left cleaned up. */
    private static Path prepare(Path path) throws IOException {
        Path target = path.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        recoverKilledWrite(target.getParent(), target.getFileName().toString());
        return target;
    }

    /**
     * A new, empty sibling named {@code prefix<n>}. Made as any file or folder is, so that it has the
     * umask's permissions when renamed into place ({@code Files.createTemp*} would make it owner-only).
     */
    private static Path newSibling(Path parent, String prefix, boolean folder) throws IOException {
        for (int n = 0;; n++) {
            Path p = parent.resolve(prefix + n);
            try {
                return folder ? Files.createDirectory(p) : Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                // Another write of this process to the same name is under way: the next number.
            }
        }
    }

    private static final String PARTIAL = ".partial-";
    private static final String OLD = ".old-";

    /**
     * Cleans up after a write to {@code parent/name} that was killed: see {@link #writeFolder}.
     * Package-visible for tests, which simulate the leftovers on disk.
     */
    static void recoverKilledWrite(Path parent, String name) throws IOException {
        List<Path> partials = new ArrayList<>();
        List<Path> olds = new ArrayList<>();
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : siblings) {
                String rest = p.getFileName().toString().substring(name.length() + 1);
                if (rest.startsWith(PARTIAL) && isStale(rest.substring(PARTIAL.length()))) {
                    partials.add(p);
                } else if (rest.startsWith(OLD) && isStale(rest.substring(OLD.length()))) {
                    olds.add(p);
                }
            }
        }
        Path target = parent.resolve(name);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            // Killed between moving the previous folder aside and moving the new one in: the
            // previous folder is the last complete one. Of several (more than one killed run), the newest.
            olds.sort(Comparator.comparing(ResultsWriter::modified).thenComparing(Path::toString));
            move(olds.remove(olds.size() - 1), target);
        }
        for (Path p : partials) {
            deleteTree(p);
        }
        for (Path p : olds) {
            deleteTree(p);
        }
    }

    /** Whether the process that made a sibling ({@code <pid>-<random>}) is gone. */
    private static boolean isStale(String suffix) {
        int dash = suffix.indexOf('-');
        if (dash <= 0) {
            return true;
        }
        try {
            return ProcessHandle.of(Long.parseLong(suffix.substring(0, dash))).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder and everything below it (or a single file); nothing if {@code p} does not
     * exist. Links are deleted, not followed. For temporary folders: the one place that removes a
     * tree, used here and by the engines' scratch folders.
     */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
