// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.List;

/**
 * The shape of the data a step will receive, known before it runs: how many rows, which columns
 * (by key) and, for steps after clustering, how many classes. Lets contributions check their
 * configuration without the data.
 *
 * @param rows number of rows
 * @param variables the keys of the input variables, in order
 * @param conditions keys of the data set's conditions
 * @param properties keys of the data set's properties
 * @param classes number of classes, or 0 before classes exist
 */
public record DataShape(int rows, List<String> variables, List<String> conditions, List<String> properties,
        int classes) {

    public DataShape {
        variables = List.copyOf(variables);
        conditions = List.copyOf(conditions);
        properties = List.copyOf(properties);
    }
}
