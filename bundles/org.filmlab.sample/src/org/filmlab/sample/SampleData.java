// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.sample;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * FilmLab's bundled example data set: 110 <em>synthetic</em> Li<sub>6</sub>PS<sub>5</sub>Cl films
 * laid out like the design of Chen, Duquesnoy et al. (ACS Energy Letters 2021), whose measured
 * table is not public. The values come from a documented model with noise (see
 * {@code data/README.md} in this bundle), not from a laboratory: use the file to try FilmLab, to
 * test workflows and in tutorials, never as evidence about real films.
 * <p>
 * This class is not intended to be instantiated or subclassed.
 */
public final class SampleData {

    /** The seed that generated the shipped file; regenerating with it reproduces the file byte for byte. */
    public static final long SEED = 2021L;

    /** The name of the shipped CSV file, in the bundle's {@code data/} folder. */
    public static final String FILE_NAME = "sse-films-synthetic.csv";

    private static final String ENTRY = "data/" + FILE_NAME;

    private SampleData() {
    }

    /**
     * The shipped CSV as a file on disk, extracted from the bundle if the bundle is a jar.
     *
     * @return the path of a readable UTF-8 CSV file
     * @throws IOException if this class is not running inside an OSGi framework, or the file
     *         cannot be found or extracted
     */
    public static Path file() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(SampleData.class);
        if (bundle == null) {
            throw new IOException("SampleData.file() needs an OSGi framework; outside one, read " + ENTRY
                    + " from the org.filmlab.sample bundle or regenerate it with SyntheticFilmGenerator --seed " + SEED);
        }
        URL entry = bundle.getEntry(ENTRY);
        if (entry == null) {
            throw new FileNotFoundException(ENTRY + " is missing from bundle " + bundle.getSymbolicName() + " "
                    + bundle.getVersion() + "; the bundle was built without data/ in its bin.includes");
        }
        URL local = FileLocator.toFileURL(entry);
        try {
            return Path.of(URIUtil.toURI(local));
        } catch (URISyntaxException e) {
            throw new IOException("cannot turn " + local + " into a file path", e);
        }
    }
}
