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
 * {@link PairwiseCoupling#ofThree} instead of Weka's general method: the same distribution to the
 * bit (CoupledSMOTest), in about half the time where the coupling is most of a prediction (the
 * decision maps).
 * <p>
 * {@link #distributionForInstance} is SMO's own for calibrated three-class models: SMO's filters,
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
        // SMO's filters, as SMO.distributionForInstance applies them.
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
        double[][] r = new double[3][3];
        double[][] n = new double[3][3];
        calibrate(pairs[0], inst, r, n, 0, 1);
        calibrate(pairs[1], inst, r, n, 0, 2);
        calibrate(pairs[2], inst, r, n, 1, 2);
        return PairwiseCoupling.ofThree(n, r);
    }

    /** A trained pair's calibrated probability of class {@code i} rather than {@code j}, as SMO computes it. */
    private static void calibrate(Pair pair, Instance inst, double[][] r, double[][] n, int i, int j)
            throws Exception {
        if (pair.machine() == null) {
            return;
        }
        double[] output = {pair.machine().SVMOutput(-1, inst), Utils.missingValue()};
        DenseInstance d = new DenseInstance(1, output);
        d.setDataset(pair.header());
        r[i][j] = pair.calibrator().distributionForInstance(d)[0];
        n[i][j] = pair.weight();
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
