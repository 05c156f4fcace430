// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.engine.spark.SparkEngine;
import org.filmlab.sample.SampleData;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code run --engine}: the in-process engine (the default) or Apache Spark, with the options only
 * Spark takes refused for the other.
 */
final class Engines {

    static final String IN_PROCESS = "inprocess";
    static final String SPARK = "spark";

    private Engines() {
    }

    /**
     * A run's results, with what ran them when it was not the in-process engine, and results.json
     * when it was written while the steps ran (for the caller to finish).
     */
    record Ran(RunResult result, Optional<ObjectNode> provenance, Optional<String> describe,
            Optional<ResultsWriter.Streamed> results) {
    }

    static Ran analyse(ContributionRegistry registry, WorkflowDocument doc, Map<String, String> options,
            PrintStream err, Path streamTo) throws InputException, InvalidWorkflowException, StepFailedException,
            CoreException, IOException {
        String engine = options.getOrDefault("--engine", IN_PROCESS).strip();
        if (!engine.equals(SPARK)) {
            if (!engine.equals(IN_PROCESS)) {
                throw InputException.inParameter("--engine", "'" + engine + "' is not an engine; engines: "
                        + IN_PROCESS + " (the default), " + SPARK);
            }
            for (String sparkOnly : new String[] {"--master", "--spark-conf"}) {
                if (options.containsKey(sparkOnly)) {
                    throw InputException.inParameter(sparkOnly, "is for --engine spark");
                }
            }
            FilmLabCommand.Analysed analysed = FilmLabCommand.analyse(registry, doc, options, err, streamTo);
            return new Ran(analysed.result(), Optional.empty(), Optional.empty(), analysed.results());
        }
        if (options.containsKey("--import")) {
            throw InputException.inParameter("--import", "sets FilmLab's importers, which the Spark engine does not"
                    + " use: it reads CSV (comma-separated, a header row, '#' comment lines) and Parquet");
        }
        for (String kv : FilmLabCommand.repeated(options, "--spark-conf")) {
            if (kv.indexOf('=') <= 0) {
                throw InputException.inParameter("--spark-conf", "'" + kv + "' is not KEY=VALUE, such as"
                        + " spark.driver.memory=8g");
            }
        }
        Path data = options.containsKey("--data") ? Path.of(options.get("--data")) : SampleData.file();
        SparkEngine.Run run = SparkEngine.run(registry, doc, data, new SparkEngine.Options(
                options.getOrDefault("--master", ""), FilmLabCommand.repeated(options, "--spark-conf")),
                new ConsoleMonitor(err));
        return new Ran(run.result(), Optional.of(run.provenance()), Optional.of("\nEngine: " + run.describe()
                + " ran the steps; FilmLab itself ran the quality rule and, from Spark's results, the steps that"
                + " need no pass over the films (decision maps, σN-only maps, suggestions) and the tests it runs on"
                + " the films' values (two-way ANOVA)."), Optional.empty());
    }
}
