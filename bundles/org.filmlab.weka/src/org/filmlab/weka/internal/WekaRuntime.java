// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Keeps Weka's package manager offline and out of the user's home. Every entry point of this bundle
 * calls {@link #prepare()} before it touches a Weka class.
 * <p>
 * Why this is needed even though FilmLab never asks for packages: every Weka scheme checks its
 * {@code Capabilities}, whose static initialiser reads {@code Capabilities.props} through
 * {@code ResourceUtils.readProperties}, which asks {@code WekaPackageManager.PROPERTIES_DIR} for a
 * user override. Loading {@code WekaPackageManager} runs {@code establishWekaHome()}: it creates
 * {@code $WEKA_HOME} (by default {@code ~/wekafiles}) with {@code packages/}, {@code native/},
 * {@code repCache/} and {@code props/}, lets any {@code .props} file found there override Weka's
 * defaults, sets up the package repository (with {@code org.bounce.net}'s authenticator, hence the
 * bundle's import of that package) and, unless offline, would refresh its cache over the network.
 * No FilmLab class can avoid {@code Capabilities}, so instead this class sets, before Weka reads
 * them:
 * <ul>
 * <li>{@code weka.packageManager.offline=true}: no network, ever;</li>
 * <li>{@code weka.packageManager.loadPackages=false}: no code from a user's Weka packages;</li>
 * <li>{@code WEKA_HOME}: this bundle's private data area (or a temporary directory outside OSGi),
 * so nothing is written to {@code ~/wekafiles} and a user's Weka settings cannot change FilmLab's
 * results. A {@code WEKA_HOME} system property set by whoever launched the JVM is respected; a
 * {@code WEKA_HOME} environment variable is overridden on purpose, for the same reproducibility.</li>
 * </ul>
 * Weka's {@code Environment} copies the system properties once, when it is first loaded, and every
 * later Weka user in the JVM inherits that copy; this bundle is FilmLab's only Weka user, its
 * ARFF importer included.
 * <p>
 * At its first use Weka's class loader manager prints a warning on standard output ("core mtj jar
 * files are not available") unless {@code com.github.fommil.netlib.ARPACK} loads. This bundle
 * therefore imports netlib-java's {@code com.github.fommil.netlib} and F2J's
 * {@code org.netlib.arpack} although its own code uses neither: the imports put both bundles into
 * every product that has this one, and Weka's bundle finds them through its
 * {@code DynamicImport-Package: *}. The import asks for version 1.1.2 because netlib-java's native
 * loader bundles (1.1) export the same package without {@code ARPACK}. Loading {@code ARPACK} picks an implementation, by default
 * trying a native system library, then netlib's native reference build, each failure logged as a
 * warning, before F2J's pure Java. This class names the pure-Java implementations of ARPACK, BLAS
 * and LAPACK in the {@code com.github.fommil.netlib.*} properties (unless set already): no native
 * library of the machine can change FilmLab's numbers, and nothing is logged. (Weka also reads a {@code .props} file from the
 * working directory if one has the same name as its own; no system property turns that off.)
 */
public final class WekaRuntime {

    /** The system property naming Weka's home directory (Weka reads properties and environment alike). */
    static final String WEKA_HOME = "WEKA_HOME";

    private WekaRuntime() {
    }

    /** Sets Weka's system properties, once; cheap after the first call. */
    public static void prepare() {
        Prepared.touch();
    }

    /** The directory Weka uses as its home in this JVM. */
    public static File wekaHome() {
        return new File(Prepared.HOME);
    }

    /** Initialisation on demand: the JVM runs it once, thread-safely, at the first call. */
    private static final class Prepared {

        static final String HOME = configure();

        static void touch() {
            // Loading this class is the work.
        }

        private static String configure() {
            System.setProperty("weka.packageManager.offline", "true");
            System.setProperty("weka.packageManager.loadPackages", "false");
            for (String routines : new String[] { "ARPACK", "BLAS", "LAPACK" }) {
                String property = "com.github.fommil.netlib." + routines;
                if (System.getProperty(property) == null) {
                    System.setProperty(property, "com.github.fommil.netlib.F2j" + routines);
                }
            }
            String given = System.getProperty(WEKA_HOME);
            if (given != null && !given.isBlank()) {
                return given;
            }
            File home = privateHome();
            if (!home.isDirectory() && !home.mkdirs()) {
                throw new UncheckedIOException(new IOException("cannot create Weka's home directory " + home));
            }
            System.setProperty(WEKA_HOME, home.getAbsolutePath());
            return home.getAbsolutePath();
        }

        private static File privateHome() {
            Bundle bundle = FrameworkUtil.getBundle(WekaRuntime.class);
            File data = bundle == null ? null : bundle.getDataFile("weka-home");
            if (data != null) {
                return data;
            }
            try {
                return Files.createTempDirectory("filmlab-weka-home").toFile();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary home directory for Weka", e);
            }
        }
    }
}
