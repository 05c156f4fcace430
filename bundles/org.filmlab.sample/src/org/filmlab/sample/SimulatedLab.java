// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.sample;

import java.util.SplittableRandom;

import org.filmlab.sample.internal.SyntheticFilmGenerator;

/**
 * A simulated laboratory built on the model of the bundled sample: it "makes" a film at any
 * condition, measuring its properties with the same model and noise as the shipped data set, so
 * that a campaign of suggestions can be tried without a lab. Its films are <em>synthetic</em>.
 * <p>
 * This class is not intended to be instantiated or subclassed.
 */
public final class SimulatedLab {

    /** The header of the sample's CSV file: the columns {@link #film} writes, in order. */
    public static final String HEADER = "film,P (wt%),L:S (µL/mg),X:B (vol%),thickness (µm),density (g/cm³),"
            + "resistance (Ω),σN (mS/cm),DoT (µm),RD (%)";

    private SimulatedLab() {
    }

    /**
     * One film as a CSV line of the sample's layout ({@link #HEADER}), ending with {@code \n}: the
     * conditions as given in text, then the six properties measured with noise.
     *
     * @param p polymer content, wt%
     * @param ls liquid-to-solid ratio, µL/mg
     * @param xb xylene share of the cosolvent, vol%
     * @param conditions how the line writes P, L:S and X:B, comma-separated (the lab's own notation)
     * @param random the noise; each film draws the same number of values from it
     */
    public static String film(String id, double p, double ls, double xb, String conditions, SplittableRandom random) {
        StringBuilder line = new StringBuilder(96).append(id).append(',').append(conditions).append(',');
        SyntheticFilmGenerator.appendProperties(line, p, ls, xb, random);
        return line.toString();
    }

    /** σN (mS/cm) of a film at the condition without noise: what the model says it is. */
    public static double trueConductivity(double p, double ls, double xb) {
        return SyntheticFilmGenerator.model(p, ls, xb).conductivity();
    }

    /** RD (%) of a film at the condition without noise. */
    public static double trueRelativeDeviation(double p, double ls, double xb) {
        return SyntheticFilmGenerator.model(p, ls, xb).relativeDeviation();
    }
}
