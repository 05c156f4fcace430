// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.bench.jmh.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;

/**
 * One run of a workflow on a data file inside the framework, the path {@code filmlab run} takes
 * from the file to the results (FilmLabCommand.analyse): prepare, read, check, run. Writing
 * results.json and the summary is left out, as the peer leaves out its printing.
 * <p>
 * The benchmark outside the framework sees this class only as a {@link Callable} (a JDK type both
 * sides share); everything it touches is loaded by the bundles of the product.
 */
public final class WineChain implements Callable<Object> {

    private final ContributionRegistry registry = ContributionRegistry.getDefault();
    private final WorkflowDocument workflow;
    private final Path data;

    public WineChain(Path workflowFile, Path data) throws Exception {
        try (InputStream in = Files.newInputStream(workflowFile)) {
            this.workflow = new WorkflowReader().read(in, workflowFile.toString());
        }
        this.data = data;
    }

    @Override
    public RunResult call() throws Exception {
        WorkflowEngine engine = new WorkflowEngine(registry);
        PreparedWorkflow prepared = engine.prepare(workflow);
        Dataset dataset = new DatasetLoader(registry).load(data, workflow.data(), null);
        engine.check(prepared, dataset);
        return engine.run(prepared, dataset, null);
    }
}
