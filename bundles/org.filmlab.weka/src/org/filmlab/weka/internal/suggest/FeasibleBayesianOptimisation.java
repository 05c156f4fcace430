// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.suggest.CandidateGrid;
import org.filmlab.suggest.Pick;
import org.filmlab.suggest.Suggester;
import org.filmlab.suggest.SuggestionRequest;
import org.filmlab.weka.internal.WekaRuntime;

import weka.core.Statistics;

/**
 * Feasibility-aware Bayesian optimisation, as Atlas does for unknown constraints: a Gaussian process
 * per property of interest (Weka's {@code GaussianProcesses}, hyperparameters by marginal
 * likelihood), the expected improvement of the objective over the best film of the good class,
 * weighted by the feasibility: the classifier's probability that a film made there falls in the good
 * class, times each property's probability of keeping within its limit. A limit is the one the lab
 * states or, for a property of interest the lab gave none, the good class's own: its median, on the
 * side where the good class lies (the paper's good class has a lower RD than the other films, so
 * "RD at most the good class's median"). The classifier alone draws the class's boundary with a
 * linear model of the conditions, which cannot follow a property that changes sharply (RD rises
 * steeply above L:S ≈ 1.1), and the class itself widens as a campaign adds films; the property's
 * own process can follow it.
 * <p>
 * A batch is made by a kriging believer: each pick is added to the objective's process at its
 * predicted value, which shrinks the uncertainty around it, so the next pick looks elsewhere; picks
 * are also kept the request's spacing apart.
 */
public final class FeasibleBayesianOptimisation implements Suggester {

    /** How much an improvement must exceed the incumbent, on the model's (log) scale: 1 %. */
    private static final double XI = 0.01;

    @Override
    public String method() {
        return "feasibility-aware Bayesian optimisation: expected improvement of the objective (Gaussian process,"
                + " Weka GaussianProcesses, hyperparameters by marginal likelihood) × the classifier's probability of the"
                + " good class × each property's chance of keeping within its limit (the stated one, else the good"
                + " class's median on the side the good class lies), a batch by kriging believer";
    }

    @Override
    public List<Pick> suggest(SuggestionRequest r, IProgressMonitor monitor) throws Exception {
        WekaRuntime.prepare();
        SubMonitor progress = SubMonitor.convert(monitor, 2 + r.count());
        CandidateGrid grid = r.candidates();
        double[][] x = new double[r.measured().length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = grid.scaled(r.measured()[i]);
        }
        Map<String, PropertyProcess> processes = new LinkedHashMap<>();
        SubMonitor fitting = progress.split(1).setWorkRemaining(r.properties().size());
        for (Map.Entry<String, double[]> p : r.properties().entrySet()) {
            processes.put(p.getKey(), PropertyProcess.fit(x, p.getValue(), fitting.split(1)));
        }
        PropertyProcess objective = processes.get(r.objective());
        double sign = r.higherIsBetter() ? 1 : -1;
        double incumbent = incumbent(r, objective, sign);

        List<Limit> limits = limits(r);
        double[][] scaled = new double[grid.size()][];
        for (int c = 0; c < grid.size(); c++) {
            scaled[c] = grid.scaled(grid.points()[c]);
        }
        double[] good = r.goodProbabilities();
        double[][] within = new double[grid.size()][];
        double[] feasible = new double[grid.size()];
        for (int c = 0; c < grid.size(); c++) {
            within[c] = withinLimits(limits, processes, scaled[c]);
            feasible[c] = good[c];
            for (double w : within[c]) {
                feasible[c] *= w;
            }
        }
        progress.split(1);

        PropertyProcess.Recipes candidates = objective.at(scaled);
        List<Integer> chosen = new ArrayList<>();
        List<Pick> picks = new ArrayList<>();
        boolean[] taken = new boolean[grid.size()];
        while (picks.size() < r.count()) {
            progress.split(1);
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            double bestEi = 0;
            // First the candidates far enough from the picks; if none is left, any candidate not taken.
            for (boolean spaced : new boolean[] {true, false}) {
                for (int c = 0; c < grid.size(); c++) {
                    if (taken[c] || (spaced && !grid.apart(c, chosen, r.spacing()))) {
                        continue;
                    }
                    PropertyProcess.Prediction p = candidates.predict(c);
                    double ei = expectedImprovement(sign * p.mean(), p.sd(), incumbent);
                    double value = ei * feasible[c];
                    if (value > bestValue) {
                        bestValue = value;
                        bestEi = ei;
                        best = c;
                    }
                }
                if (best >= 0) {
                    break;
                }
            }
            double[] at = scaled[best];
            Map<String, NextExperiment.Estimate> predicted = new LinkedHashMap<>();
            for (Map.Entry<String, PropertyProcess> e : processes.entrySet()) {
                predicted.put(e.getKey(), estimate(e.getValue(), e.getValue().predict(at)));
            }
            picks.add(new Pick(best, bestValue, predicted,
                    why(r, bestEi, good[best], limits, within[best], bestValue, predicted)));
            taken[best] = true;
            chosen.add(best);
            // Kriging believer: the process believes its own prediction at the pick (after the last, no pick follows).
            if (picks.size() < r.count()) {
                objective.add(at, objective.predict(at).mean());
                objective.refit();
            }
        }
        return picks;
    }

    /**
     * A limit on a property a film must keep within: {@code [low, high]}, an infinite end for none.
     *
     * @param stated whether the lab stated it; otherwise it is the good class's median
     */
    record Limit(String property, double low, double high, boolean stated) {

        /** "RD ≤ 4.41 (the good class's median)". */
        String describe() {
            String bound = low == Double.NEGATIVE_INFINITY ? " ≤ " + number(high)
                    : high == Double.POSITIVE_INFINITY ? " ≥ " + number(low) : " in " + number(low) + "–" + number(high);
            return property + bound + (stated ? "" : " (the good class's median)");
        }

        private static String number(double v) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
    }

    /**
     * The lab's stated limits, then, for each other property of interest without one, the good
     * class's median on its side: at most it when the good class's median lies below that of the
     * other films, at least it when above, none when they are equal or a side has no film.
     */
    static List<Limit> limits(SuggestionRequest r) {
        List<Limit> out = new ArrayList<>();
        r.limits().forEach((k, v) -> out.add(new Limit(k, v[0], v[1], true)));
        for (Map.Entry<String, double[]> p : r.properties().entrySet()) {
            if (p.getKey().equals(r.objective()) || r.limits().containsKey(p.getKey())) {
                continue;
            }
            List<Double> inside = new ArrayList<>();
            List<Double> outside = new ArrayList<>();
            for (int i = 0; i < p.getValue().length; i++) {
                (r.classes()[i] == r.goodClass() ? inside : outside).add(p.getValue()[i]);
            }
            if (inside.isEmpty() || outside.isEmpty()) {
                continue;
            }
            double median = median(inside);
            double others = median(outside);
            if (median < others) {
                out.add(new Limit(p.getKey(), Double.NEGATIVE_INFINITY, median, false));
            } else if (median > others) {
                out.add(new Limit(p.getKey(), median, Double.POSITIVE_INFINITY, false));
            }
        }
        return out;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
    }

    /** The chance that a film made here keeps within each limit, by the properties' processes. */
    private static double[] withinLimits(List<Limit> limits, Map<String, PropertyProcess> processes, double[] at) {
        double[] p = new double[limits.size()];
        for (int l = 0; l < p.length; l++) {
            Limit limit = limits.get(l);
            PropertyProcess process = processes.get(limit.property());
            PropertyProcess.Prediction q = process.predict(at);
            double sd = Math.max(q.sd(), 1e-12);
            p[l] = probabilityBelow(process, limit.high(), q.mean(), sd)
                    - probabilityBelow(process, limit.low(), q.mean(), sd);
        }
        return p;
    }

    /** P(value <= bound) under the process's normal prediction (on its own scale). */
    private static double probabilityBelow(PropertyProcess process, double bound, double mean, double sd) {
        if (bound == Double.NEGATIVE_INFINITY || (process.isLog() && bound <= 0)) {
            return 0;
        }
        if (bound == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double b = process.isLog() ? Math.log(bound) : bound;
        return Statistics.normalProbability((b - mean) / sd);
    }

    /** The best objective among the films of the good class (on the process's scale, signed so higher is better). */
    private static double incumbent(SuggestionRequest r, PropertyProcess objective, double sign) {
        double[] values = r.properties().get(r.objective());
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (r.classes()[i] == r.goodClass()) {
                best = Math.max(best, sign * (objective.isLog() ? Math.log(values[i]) : values[i]));
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            for (double v : values) {
                best = Math.max(best, sign * (objective.isLog() ? Math.log(v) : v));
            }
        }
        return best;
    }

    static double expectedImprovement(double mean, double sd, double incumbent) {
        double gain = mean - incumbent - XI;
        if (!(sd > 1e-12)) {
            return Math.max(gain, 0.0);
        }
        double z = gain / sd;
        return gain * Statistics.normalProbability(z) + sd * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    private static NextExperiment.Estimate estimate(PropertyProcess process, PropertyProcess.Prediction p) {
        if (!process.isLog()) {
            return new NextExperiment.Estimate(p.mean(), p.sd());
        }
        double median = Math.exp(p.mean());
        return new NextExperiment.Estimate(median, median * p.sd());
    }

    private static String why(SuggestionRequest r, double ei, double good, List<Limit> limits, double[] within,
            double value, Map<String, NextExperiment.Estimate> predicted) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "expected improvement of %s %.3g × P(good) %.2f",
                r.objective(), ei, good));
        for (int l = 0; l < limits.size(); l++) {
            s.append(String.format(Locale.ROOT, " × P(%s) %.2f", limits.get(l).describe(), within[l]));
        }
        s.append(String.format(Locale.ROOT, " = %.3g", value));
        predicted.forEach((k, e) -> s.append(String.format(Locale.ROOT, "; %s ≈ %.3g ± %.2g", k, e.value(), e.sd())));
        return s.toString();
    }
}
