// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.List;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Problems;
import org.filmlab.core.step.StepConfiguration;

/** What the standard steps share when they configure: the data's keys by role, problems passed on. */
final class Shapes {

    private Shapes() {
    }

    static List<String> conditions(Dataset data) {
        return data.conditions().stream().map(Column::key).toList();
    }

    static List<String> properties(Dataset data) {
        return data.properties().stream().map(Column::key).toList();
    }

    /** Reports what an algorithm found, each under its parameter. */
    static void report(StepConfiguration c, List<Problems.Problem> found) {
        found.forEach(p -> c.problem(p.where(), p.message()));
    }
}
