// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.lang.reflect.Field;
import java.util.Arrays;

import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SMO;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Weka's {@link SMO}, trained by Weka, whose three-class probabilities are coupled by
 * {@link PairwiseCoupling#ofThree} instead of Weka's general method: the same distributions to the
 * bit (CoupledSMOTest), several times as fast where the coupling is most of a prediction (the
 * decision maps, which ask for a panel's grid points in one batch, Weka's
 * {@link #distributionsForInstances}).
 * <p>
 * A row's distribution is computed as SMO's own for calibrated three-class models: SMO's filters,
 * then per pair of classes its machine's output, calibrated by the pair's logistic model, and
 * the weight of its training rows. Those last two are protected fields of SMO's pair machines,
 * which no subclass can reach, so they are read by reflection once, after training; if a Weka
 * release renames them, {@link #coupled()} says so (CoupledSMOTest fails) and predictions take
 * Weka's path, with the same results.
 */
final class CoupledSMO extends SMO {

    private static final long serialVersionUID = 1L;
    private static final PairFields FIELDS = PairFields.find();

    /** The pairs (0, 1), (0, 2), (1, 2) once trained with logistic models for three classes, or null. */
    private transient Pair[] pairs;

    /**
     * A pair's trained machine, its calibration model and that model's header, its rows' weight,
     * and the calibration's coefficients when it is Weka's Logistic on the machine's output (else null).
     */
    private record Pair(BinarySMO machine, Classifier calibrator, Instances header, double weight,
            double[][] logistic) {

        /**
         * The calibrated probability of the pair's first class at the machine's output, as SMO
         * computes it. For Weka's Logistic, its arithmetic without its filters (a third of a map's
         * time once the coupling was fast): Logistic.evaluateProbability of two classes on its row
         * (1, output), the same operations in the same order. A missing output, which Logistic's
         * filters would replace, takes Weka's path.
         */
        double firstClass(double output) throws Exception {
            if (logistic != null && !Double.isNaN(output)) {
                double v = 0;
                v += logistic[0][0] * 1.0;
                v += logistic[1][0] * output;
                double sum = 0;
                sum += Math.exp(v - v);
                return 1 / (sum + Math.exp(-v));
            }
            DenseInstance d = new DenseInstance(1, new double[] {output, Utils.missingValue()});
            d.setDataset(header);
            return calibrator.distributionForInstance(d)[0];
        }
    }

    @Override
    public void buildClassifier(Instances insts) throws Exception {
        pairs = null;
        super.buildClassifier(insts);
        if (FIELDS != null && m_fitCalibratorModels && m_classifiers != null && m_classifiers.length == 3) {
            pairs = new Pair[] {pair(0, 1), pair(0, 2), pair(1, 2)};
        }
    }

    /** Whether predictions take {@link PairwiseCoupling#ofThree}. */
    boolean coupled() {
        return pairs != null;
    }

    /** Whether every trained pair's calibration is evaluated without Weka's Logistic ({@link Pair#firstClass}). */
    boolean calibratesDirectly() {
        return pairs != null && Arrays.stream(pairs).allMatch(p -> p.machine() == null || p.logistic() != null);
    }

    @Override
    public double[] distributionForInstance(Instance inst) throws Exception {
        if (pairs == null || inst.numClasses() != 3) {
            return super.distributionForInstance(inst);
        }
        return PairwiseCoupling.ofThree(weights(), new double[][] {calibrated(inst)})[0];
    }

    @Override
    public boolean implementsMoreEfficientBatchPrediction() {
        return pairs != null || super.implementsMoreEfficientBatchPrediction();
    }

    /** The rows' distributions, each as {@link #distributionForInstance} gives it, coupled in one batch. */
    @Override
    public double[][] distributionsForInstances(Instances insts) throws Exception {
        if (pairs == null || insts.numClasses() != 3) {
            return super.distributionsForInstances(insts);
        }
        double[][] r = new double[insts.numInstances()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = calibrated(insts.instance(i));
        }
        return PairwiseCoupling.ofThree(weights(), r);
    }

    /**
     * The rows' labels, each the class of the highest probability {@link #distributionForInstance}
     * gives it (the first of equal ones), found by {@link PairwiseCoupling#labelsOfThree}: where the
     * pairs were trained on equal weights, most rows need no coupling. Only once {@link #coupled()}.
     */
    int[] labelsForInstances(Instances insts) throws Exception {
        if (pairs == null) {
            throw new IllegalStateException(
                    "labels alone are given once trained with logistic models for three classes");
        }
        double[][] r = new double[insts.numInstances()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = calibrated(insts.instance(i));
        }
        return PairwiseCoupling.labelsOfThree(weights(), r);
    }

    /** Per pair (0, 1), (0, 2), (1, 2), the weight of its training rows (0 for an untrained pair, as SMO's n). */
    private double[] weights() {
        return new double[] {pairs[0].weight(), pairs[1].weight(), pairs[2].weight()};
    }

    /**
     * Per pair, the calibrated probability of its first class for a row, as SMO computes it: SMO's
     * filters, the pair machine's output, the pair's logistic model (0 for an untrained pair).
     */
    private double[] calibrated(Instance inst) throws Exception {
        if (!m_checksTurnedOff) {
            m_Missing.input(inst);
            m_Missing.batchFinished();
            inst = m_Missing.output();
        }
        if (m_NominalToBinary != null) {
            m_NominalToBinary.input(inst);
            m_NominalToBinary.batchFinished();
            inst = m_NominalToBinary.output();
        }
        if (m_Filter != null) {
            m_Filter.input(inst);
            m_Filter.batchFinished();
            inst = m_Filter.output();
        }
        double[] r = new double[3];
        for (int p = 0; p < 3; p++) {
            Pair pair = pairs[p];
            if (pair.machine() != null) {
                r[p] = pair.firstClass(pair.machine().SVMOutput(-1, inst));
            }
        }
        return r;
    }

    private Pair pair(int i, int j) throws IllegalAccessException {
        BinarySMO machine = m_classifiers[i][j];
        if (FIELDS.alpha.get(machine) == null && FIELDS.sparseWeights.get(machine) == null) {
            return new Pair(null, null, null, 0, null);   // no rows of this pair: SMO leaves r and n at 0
        }
        Classifier calibrator = (Classifier) FIELDS.calibrator.get(machine);
        Instances header = (Instances) FIELDS.calibrationHeader.get(machine);
        return new Pair(machine, calibrator, header, FIELDS.sumOfWeights.getDouble(machine),
                logistic(calibrator, header));
    }

    /**
     * The coefficients of SMO's default calibration, Weka's Logistic of two classes on one input:
     * an intercept row and the output's row (RemoveUseless drops the output when it was constant
     * in training; that model, and any other calibrator, is asked through Weka).
     */
    private static double[][] logistic(Classifier calibrator, Instances header) {
        if (calibrator.getClass() != Logistic.class || header.numAttributes() != 2 || header.numClasses() != 2) {
            return null;
        }
        double[][] par = ((Logistic) calibrator).coefficients();
        return par.length == 2 && par[0].length >= 1 && par[1].length >= 1 ? par : null;
    }

    /** The protected fields of SMO's pair machine that its distribution reads. */
    private record PairFields(Field alpha, Field sparseWeights, Field calibrator, Field calibrationHeader,
            Field sumOfWeights) {

        static PairFields find() {
            try {
                return new PairFields(field("m_alpha"), field("m_sparseWeights"), field("m_calibrator"),
                        field("m_calibrationDataHeader"), field("m_sumOfWeights"));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        private static Field field(String name) throws NoSuchFieldException {
            Field f = BinarySMO.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        }
    }
}
