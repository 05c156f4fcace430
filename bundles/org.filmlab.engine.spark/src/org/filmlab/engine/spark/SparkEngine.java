// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.InvalidWorkflowException;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.StepRecord;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.engine.spark.internal.JobLauncher;
import org.filmlab.engine.spark.internal.JobSession;
import org.filmlab.engine.spark.internal.SparkResults;
import org.filmlab.engine.spark.internal.SparkSupport;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs a workflow document on Apache Spark: the same validation gates as the in-process engine,
 * then a refusal of any step Spark cannot run (naming it and its Spark alternative), then the Spark
 * job in a child process (see {@code engines/spark}), whose results become the same result parts.
 * Spark itself never enters this JVM.
 */
public final class SparkEngine {

    private SparkEngine() {
    }

    /**
     * @param master a Spark master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn},
     *        {@code k8s://...}); empty for {@code local[*]}
     * @param conf Spark properties as {@code K=V}, in the order given
     */
    public record Options(String master, List<String> conf) {
        public Options {
            conf = List.copyOf(conf);
        }
    }

    /** A finished Spark run: the results, and which Spark ran them where. */
    public record Run(RunResult result, String sparkVersion, String master) {

        /** For results.json's provenance. */
        public ObjectNode provenance() {
            return JsonNodeFactory.instance.objectNode().put("name", "spark").put("spark", sparkVersion)
                    .put("master", master);
        }

        /** For the summary: who ran it. */
        public String describe() {
            return "Apache Spark " + sparkVersion + " (master " + master + ")";
        }
    }

    /**
     * Checks the workflow (gate 1 and Spark's own refusals) before anything starts; checks the data
     * (gate 2) on the file's first rows before Spark reads the rest.
     */
    public static Run run(ContributionRegistry registry, WorkflowDocument doc, Path data, Options options,
            IProgressMonitor monitor) throws InputException, InvalidWorkflowException, StepFailedException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + doc.name() + " on Spark", 10);
        WorkflowEngine engine = new WorkflowEngine(registry);
        PreparedWorkflow prepared = engine.prepare(doc);
        List<StepRecord> records = engine.records(prepared);
        SparkSupport.check(doc.name(), records);
        if (!Files.exists(data)) {
            throw InputException.inFile(data.toString(), "no such file or folder");
        }
        Path work = Files.createTempDirectory("filmlab-spark-");
        try {
            List<String> command = JobLauncher.command(System.getenv(), data.toAbsolutePath(), work, options.master(),
                    options.conf());
            JobSession.Outcome outcome = new JobSession(registry, engine, prepared, records, doc.data(),
                    data.toAbsolutePath(), work).run(command, progress.split(9));
            RunResult result = SparkResults.assemble(doc, engine, prepared, records, outcome, progress.split(1));
            return new Run(result, outcome.sparkVersion(), outcome.master());
        } finally {
            ResultsWriter.deleteTree(work);
        }
    }

    /** Every contribution Spark can run, with what runs it. */
    public static Map<String, String> implementations() {
        return SparkSupport.implementations();
    }
}
