// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;

/** Records what a step's configure says, for a step that uses no algorithm and no earlier part. */
final class FakeConfiguration implements StepConfiguration {

    private final Dataset data;
    private final ParameterValues settings;
    final Map<String, String> problems = new HashMap<>();
    final Map<String, PartSpec> produced = new HashMap<>();
    final List<String> skipped = new ArrayList<>();

    FakeConfiguration(Dataset data, ParameterValues settings) {
        this.data = data;
        this.settings = settings;
    }

    @Override
    public ParameterValues settings() {
        return settings;
    }

    @Override
    public Optional<Contribution> algorithm() {
        return Optional.empty();
    }

    @Override
    public ParameterValues algorithmParameters() {
        return settings;
    }

    @Override
    public Optional<Contribution> helper(String key) {
        return Optional.empty();
    }

    @Override
    public ParameterValues helperParameters(String key) {
        return settings;
    }

    @Override
    public Dataset data() {
        return data;
    }

    @Override
    public Optional<PartSpec> spec(PartType<?> type) {
        return Optional.empty();
    }

    @Override
    public List<Problems.Problem> checkAlgorithm(DataShape shape) {
        return List.of();
    }

    @Override
    public void produce(PartType<?> type, PartSpec spec) {
        produced.put(type.name(), spec);
    }

    @Override
    public void skip(String reason) {
        skipped.add(reason);
    }

    @Override
    public void problem(String setting, String message) {
        problems.put(setting, message);
    }

    @Override
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
