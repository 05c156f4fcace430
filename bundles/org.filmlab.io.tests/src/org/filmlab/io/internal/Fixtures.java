// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Finds the fragment's fixture files and builds parameter values as a workflow would. */
final class Fixtures {

    private Fixtures() {
    }

    static Path file(String name) {
        Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
        // FileLocator.find searches the host's fragments too, where the fixtures live.
        URL url = FileLocator.find(bundle, new org.eclipse.core.runtime.Path("fixtures/" + name));
        if (url == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        try {
            return Path.of(FileLocator.toFileURL(url).toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot open fixture " + name, e);
        }
    }

    /** Resolves the given values against the declaration, failing the test on any problem. */
    static ParameterValues values(ParameterSet parameters, Map<String, ?> given) {
        Problems problems = new Problems();
        ParameterValues values = parameters.resolve(given, "test", problems);
        if (values == null) {
            throw new IllegalArgumentException(problems.toString());
        }
        return values;
    }

    static Table.Cell cell(Table table, int row, String header) {
        int j = table.headers().indexOf(header);
        if (j < 0) {
            throw new IllegalArgumentException("no column " + header + " in " + table.headers());
        }
        return table.rows().get(row).cells().get(j);
    }

    static double number(Table table, int row, String header) {
        Table.Cell c = cell(table, row, header);
        if (c instanceof Table.Number n) {
            return n.value();
        }
        throw new AssertionError("row " + row + " column " + header + " is not a number: " + c);
    }
}
