// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.lang.reflect.Field;

import weka.classifiers.Classifier;
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

    /** A pair's trained machine, its calibration model and that model's header, and its rows' weight. */
    private record Pair(BinarySMO machine, Classifier calibrator, Instances header, double weight) {
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
                double[] output = {pair.machine().SVMOutput(-1, inst), Utils.missingValue()};
                DenseInstance d = new DenseInstance(1, output);
                d.setDataset(pair.header());
                r[p] = pair.calibrator().distributionForInstance(d)[0];
            }
        }
        return r;
    }

    private Pair pair(int i, int j) throws IllegalAccessException {
        BinarySMO machine = m_classifiers[i][j];
        if (FIELDS.alpha.get(machine) == null && FIELDS.sparseWeights.get(machine) == null) {
            return new Pair(null, null, null, 0);   // no rows of this pair: SMO leaves r and n at 0
        }
        return new Pair(machine, (Classifier) FIELDS.calibrator.get(machine),
                (Instances) FIELDS.calibrationHeader.get(machine), FIELDS.sumOfWeights.getDouble(machine));
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
