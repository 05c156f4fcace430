// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.sample.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.filmlab.sample.SampleData;

/**
 * Writes FilmLab's <em>synthetic</em> data set of 110 solid-state-electrolyte films. It has the
 * design of Chen, Duquesnoy et al. (ACS Energy Letters 2021) — polymer content P, liquid-to-solid
 * ratio L:S and xylene fraction X:B — but its six film properties come from the model below with
 * multiplicative noise, not from measurements. Every equation, constant and the reasons for them
 * are in {@code data/README.md}; keep the two in step.
 * <p>
 * The output depends only on the seed: the random numbers come from {@link SplittableRandom}'s
 * {@code nextLong()} (the SplitMix64 algorithm, fixed by its specification) through conversions
 * written here, the functions are {@link StrictMath}'s (whose results are specified bit for bit,
 * unlike {@link Math}'s), numbers are printed with {@link Locale#ROOT} and fixed decimals, and the
 * text is UTF-8 without a byte order mark, with {@code \n} line ends.
 * <p>
 * Depends on nothing but the JDK, so it runs outside OSGi:
 * {@code java -cp bin org.filmlab.sample.internal.SyntheticFilmGenerator --seed 2021 --out data/sse-films-synthetic.csv}.
 */
public final class SyntheticFilmGenerator {

    /*
     * SampleData's constants are compile-time constants, so javac copies their values here and the
     * generator never loads SampleData (whose OSGi imports are absent under plain java -cp).
     */
    static final long DEFAULT_SEED = SampleData.SEED;

    // ---- Design (the paper's factor levels) ----

    /** Polymer (binder) content, wt%. */
    static final int[] POLYMER_LEVELS = { 3, 5, 7, 10 };
    /** Liquid-to-solid ratio, µL/mg: discrete, so that the two-way ANOVA of X:B × L:S has levels. */
    static final double[] LIQUID_TO_SOLID_LEVELS = { 0.6, 0.8, 1.0, 1.2, 1.4 };
    /** Xylene fraction of the xylene/butyl butyrate cosolvent, vol%. */
    static final int[] XYLENE_LEVELS = { 0, 25, 50, 75, 100 };
    /** Combinations made twice, drawn without replacement with the seed: 100 + 10 = 110 films. */
    static final int REPLICATES = 10;

    // ---- Viscous-slurry index V(P, L:S, X:B) in [0, 1] ----

    /** L:S below which a slurry without xylene and with 5 wt% polymer is too viscous to cast evenly. */
    static final double VISCOUS_LS = 0.58;
    /** How far xylene (per unit fraction) raises that L:S threshold: xylene thickens the slurry. */
    static final double VISCOUS_LS_PER_XYLENE = 0.40;
    /** How far each wt% of polymer above 5 raises the threshold. */
    static final double VISCOUS_LS_PER_POLYMER = 0.02;
    /** Width of the transition, µL/mg: the regime changes within about one design step of L:S. */
    static final double VISCOUS_WIDTH = 0.04;

    // ---- Thickness, µm ----

    /** Thickness at P = 5 wt%, L:S = 1.0, no thick-film excess. */
    static final double THICKNESS_REFERENCE = 62.0;
    /** Log-thickness gain per wt% polymer: more binder, more solids left on the blade. */
    static final double THICKNESS_PER_POLYMER = 0.06;
    /** Log-thickness loss per µL/mg of L:S: a more dilute slurry leaves a thinner dry film. */
    static final double THICKNESS_PER_LIQUID = 0.45;
    /** Height of the thick-film excess at X:B = 100, L:S = 0.6 and P well above 5 wt%. */
    static final double THICK_EXCESS = 0.6;
    /** Decay length of that excess in L:S, µL/mg. */
    static final double THICK_EXCESS_LS_DECAY = 0.25;
    /** Polymer content at which the excess is half on, wt%: the paper sees it for P &gt; 5. */
    static final double THICK_EXCESS_POLYMER_MIDPOINT = 6.0;
    /** Width of that switch, wt%. */
    static final double THICK_EXCESS_POLYMER_WIDTH = 0.5;

    // ---- Density, g/cm³ ----

    /** Density at P = 3 wt% in a well-cast film. */
    static final double DENSITY_REFERENCE = 1.82;
    /** Log-density loss per wt% polymer above 3: the polymer is lighter than the electrolyte. */
    static final double DENSITY_PER_POLYMER = 0.018;
    /** Log-density loss of a fully viscous-slurry film: porosity from poor levelling. */
    static final double DENSITY_VISCOUS_LOSS = 0.20;

    // ---- Normalised ionic conductivity σN, mS/cm ----

    /** σN at P = 5 wt%, L:S = 1.0, outside the viscous regime. */
    static final double CONDUCTIVITY_REFERENCE = 0.60;
    /** Log-σN loss per wt% polymer: the binder is an ionic insulator between particles. */
    static final double CONDUCTIVITY_PER_POLYMER = 0.12;
    /** Log-σN gain per µL/mg of L:S up to {@link #CONDUCTIVITY_LS_SATURATION}: better dispersion. */
    static final double CONDUCTIVITY_PER_LIQUID = 1.2;
    /** L:S above which more liquid no longer improves σN. */
    static final double CONDUCTIVITY_LS_SATURATION = 1.2;
    /** Log-σN loss of a fully viscous-slurry film. */
    static final double CONDUCTIVITY_VISCOUS_LOSS = 1.3;

    // ---- Relative deviation of thickness RD, % ----

    /** RD at the best L:S with X:B = 50 vol%. */
    static final double RD_REFERENCE = 4.0;
    /** L:S with the most even films, µL/mg (the paper's optimum is near 0.92). */
    static final double RD_OPTIMAL_LS = 0.92;
    /** Curvature of log-RD below the optimum: stiff slurries level badly. */
    static final double RD_STIFF_CURVATURE = 5.0;
    /** Log-RD step of a dilute slurry, which flows and dries unevenly. */
    static final double RD_DILUTE_STEP = 1.3;
    /** L:S at the middle of that step. */
    static final double RD_DILUTE_LS = 1.1;
    /** Width of that step, µL/mg. */
    static final double RD_DILUTE_WIDTH = 0.04;
    /** X:B × L:S interaction: above the optimum L:S, xylene makes films less even; below, more. */
    static final double RD_XYLENE_LIQUID_INTERACTION = 2.0;

    // ---- Resistance, Ω ----

    /** Area of the blocking electrodes, cm² (a 10 mm disc). */
    static final double ELECTRODE_AREA = 0.785;

    // ---- Multiplicative noise: each measured value is the model value times exp(sd · z), z ~ N(0,1) ----

    static final double NOISE_THICKNESS = 0.06;
    static final double NOISE_DENSITY = 0.025;
    static final double NOISE_CONDUCTIVITY = 0.12;
    static final double NOISE_DEVIATION = 0.15;
    static final double NOISE_RESISTANCE = 0.04;

    static final String COMMENT = "# SYNTHETIC data generated by FilmLab's SyntheticFilmGenerator (seed %d);"
            + " not measurements. See data/README.md.";
    static final String HEADER = "film,P (wt%),L:S (µL/mg),X:B (vol%),thickness (µm),density (g/cm³),"
            + "resistance (Ω),σN (mS/cm),DoT (µm),RD (%)";

    private SyntheticFilmGenerator() {
    }

    /** One process condition of the design. */
    record Condition(int polymer, double liquidToSolid, int xylene) {
    }

    /**
     * The whole file for a seed.
     *
     * @return the CSV's bytes: UTF-8, no byte order mark, {@code \n} line ends
     */
    public static byte[] csv(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Condition> design = design(random);
        StringBuilder out = new StringBuilder(12_000);
        out.append(String.format(Locale.ROOT, COMMENT, seed)).append('\n');
        out.append(HEADER).append('\n');
        for (int i = 0; i < design.size(); i++) {
            appendFilm(out, String.format(Locale.ROOT, "S%03d", i + 1), design.get(i), random);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The full factorial in a fixed order (P, then L:S, then X:B), then the replicated combinations in draw order. */
    static List<Condition> design(SplittableRandom random) {
        List<Condition> full = new ArrayList<>();
        for (int p : POLYMER_LEVELS) {
            for (double s : LIQUID_TO_SOLID_LEVELS) {
                for (int x : XYLENE_LEVELS) {
                    full.add(new Condition(p, s, x));
                }
            }
        }
        // A partial Fisher-Yates shuffle: the first REPLICATES positions are a sample without replacement.
        int[] order = new int[full.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<Condition> films = new ArrayList<>(full);
        for (int i = 0; i < REPLICATES; i++) {
            int j = i + index(random, order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            films.add(full.get(order[i]));
        }
        return films;
    }

    private static void appendFilm(StringBuilder out, String id, Condition c, SplittableRandom random) {
        out.append(id).append(',')
                .append(c.polymer()).append(',')
                .append(fixed(c.liquidToSolid(), 1)).append(',')
                .append(c.xylene()).append(',');
        appendProperties(out, c.polymer(), c.liquidToSolid(), c.xylene(), random);
    }

    /**
     * The model's values of a film, before noise: what a perfectly repeatable lab would measure.
     *
     * @param thickness µm
     * @param density g/cm³
     * @param conductivity σN, mS/cm
     * @param relativeDeviation RD, %
     */
    public record Film(double thickness, double density, double conductivity, double relativeDeviation) {
    }

    /**
     * The model at a condition, without noise.
     *
     * @param p polymer content, wt%
     * @param s liquid-to-solid ratio, µL/mg
     * @param xylenePercent X:B, vol%
     */
    public static Film model(double p, double s, double xylenePercent) {
        double x = xylenePercent / 100.0;
        double viscous = logistic((VISCOUS_LS + VISCOUS_LS_PER_XYLENE * x + VISCOUS_LS_PER_POLYMER * (p - 5) - s)
                / VISCOUS_WIDTH);
        double thickExcess = THICK_EXCESS * x * x * StrictMath.exp(-(s - LIQUID_TO_SOLID_LEVELS[0]) / THICK_EXCESS_LS_DECAY)
                * logistic((p - THICK_EXCESS_POLYMER_MIDPOINT) / THICK_EXCESS_POLYMER_WIDTH);
        double thickness = THICKNESS_REFERENCE
                * StrictMath.exp(THICKNESS_PER_POLYMER * (p - 5) - THICKNESS_PER_LIQUID * (s - 1.0))
                * (1 + thickExcess);
        double density = DENSITY_REFERENCE
                * StrictMath.exp(-DENSITY_PER_POLYMER * (p - 3) - DENSITY_VISCOUS_LOSS * viscous);
        double conductivity = CONDUCTIVITY_REFERENCE
                * StrictMath.exp(-CONDUCTIVITY_PER_POLYMER * (p - 5)
                        + CONDUCTIVITY_PER_LIQUID * (Math.min(s, CONDUCTIVITY_LS_SATURATION) - 1.0)
                        - CONDUCTIVITY_VISCOUS_LOSS * viscous);
        double fromOptimum = s - RD_OPTIMAL_LS;
        double stiff = Math.min(fromOptimum, 0.0);
        double relativeDeviation = RD_REFERENCE * StrictMath.exp(RD_STIFF_CURVATURE * stiff * stiff
                + RD_DILUTE_STEP * logistic((s - RD_DILUTE_LS) / RD_DILUTE_WIDTH)
                + RD_XYLENE_LIQUID_INTERACTION * (x - 0.5) * fromOptimum);
        return new Film(thickness, density, conductivity, relativeDeviation);
    }

    /**
     * Appends the six measured properties of one film made at the condition (its model values with
     * noise, drawn from {@code random} in a fixed order), comma-separated, and the line end.
     */
    public static void appendProperties(StringBuilder out, double p, double s, double xylenePercent, SplittableRandom random) {
        Film m = model(p, s, xylenePercent);
        double thickness = m.thickness() * noise(random, NOISE_THICKNESS);
        double density = m.density() * noise(random, NOISE_DENSITY);
        double conductivity = m.conductivity() * noise(random, NOISE_CONDUCTIVITY);
        double deviation = m.relativeDeviation() * thickness / 100.0 * noise(random, NOISE_DEVIATION);

        // The printed values are the "measurements": derived columns are computed from them, as a lab would.
        String thicknessText = fixed(thickness, 1);
        String deviationText = fixed(deviation, 2);
        String conductivityText = fixed(conductivity, 3);
        double printedThickness = Double.parseDouble(thicknessText);
        double printedDeviation = Double.parseDouble(deviationText);
        double printedConductivity = Double.parseDouble(conductivityText);
        // R = L / (σ A): thickness µm → cm (1e-4), σN mS/cm → S/cm (1e-3).
        double resistance = printedThickness * 1e-4 / (printedConductivity * 1e-3 * ELECTRODE_AREA)
                * noise(random, NOISE_RESISTANCE);
        double printedRelativeDeviation = 100.0 * printedDeviation / printedThickness;

        out.append(thicknessText).append(',')
                .append(fixed(density, 3)).append(',')
                .append(fixed(resistance, 2)).append(',')
                .append(conductivityText).append(',')
                .append(deviationText).append(',')
                .append(fixed(printedRelativeDeviation, 2)).append('\n');
    }

    private static double logistic(double z) {
        return 1.0 / (1.0 + StrictMath.exp(-z));
    }

    /** exp(sd · z) with z standard normal: a multiplicative error with a median of 1. */
    private static double noise(SplittableRandom random, double sd) {
        return StrictMath.exp(sd * standardNormal(random));
    }

    /** Box-Muller from two uniforms; the second normal of the pair is not used, so each call costs two draws. */
    static double standardNormal(SplittableRandom random) {
        double u1 = 1.0 - uniform(random); // in (0, 1], so the logarithm is finite
        double u2 = uniform(random);
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Uniform in [0, 1) from the top 53 bits of one SplitMix64 output. */
    static double uniform(SplittableRandom random) {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound) by rejection on 31-bit draws, so that no index is favoured. */
    static int index(SplittableRandom random, int bound) {
        int limit = Integer.MAX_VALUE - Integer.MAX_VALUE % bound;
        while (true) {
            int r = (int) (random.nextLong() >>> 33);
            if (r < limit) {
                return r % bound;
            }
        }
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * {@code --seed N} (default {@value #DEFAULT_SEED}) and {@code --out FILE} (default: standard output).
     * Exit code 0 on success, 2 on a usage error, 1 if the file cannot be written.
     */
    public static void main(String[] args) {
        long seed = DEFAULT_SEED;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            if (a.equals("--seed") && hasValue) {
                try {
                    seed = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    usage("--seed needs a whole number, not '" + args[i] + "'");
                    return;
                }
            } else if (a.equals("--out") && hasValue) {
                out = Path.of(args[++i]);
            } else {
                usage("unknown or incomplete argument '" + a + "'");
                return;
            }
        }
        byte[] bytes = csv(seed);
        try {
            if (out == null) {
                OutputStream stdout = System.out;
                stdout.write(bytes);
                stdout.flush();
            } else {
                Files.write(out, bytes);
            }
        } catch (IOException e) {
            System.err.println("cannot write " + (out == null ? "standard output" : out) + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: SyntheticFilmGenerator [--seed N] [--out FILE]   (seed defaults to " + DEFAULT_SEED + ")");
        System.exit(2);
    }
}
