// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

/**
 * Random oversampling of minority classes (contribution {@code org.filmlab.weka.randomOversampling}):
 * every original row is kept, in its order, and rows drawn with replacement from each class smaller
 * than the largest are appended until that class has {@code ceil(ratio × largest)} rows. Classes are
 * topped up in label order, draws come from {@code SplittableRandom(seed)}, drawn rows keep their
 * weight, and a class absent from the training rows stays absent (there is nothing to draw from).
 * <p>
 * Plain Java, not Weka: Weka's {@code Resample} filter with a bias to uniform draws every row
 * (originals included) afresh and may drop originals, and {@code ClassBalancer} re-weights instead
 * of adding rows; neither is the plain oversampling that keeps every measured film. The bundle is
 * the home of the Weka classifier this resampler feeds. Stateless.
 */
public final class RandomOversampler implements Resampler {

    /** Parameter key: the size each smaller class is raised to, as a fraction of the largest class. */
    public static final String RATIO = "ratio";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.real(RATIO, "Target ratio",
                    "Each class smaller than the largest is topped up with random copies of its own rows until it"
                            + " has this fraction of the largest class's rows; 1 balances the classes. Must be"
                            + " greater than 0.",
                    1.0, 0.0, 1.0));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("N. Japkowicz, S. Stephen: The class imbalance problem: A systematic study. Intelligent Data"
                + " Analysis 6(5) (2002) 429-449. doi:10.3233/IDA-2002-6504");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        if (values.getDouble(RATIO) <= 0) {
            problems.add(RATIO, "the ratio must be greater than 0 (and at most 1)");
        }
    }

    @Override
    public LabeledSamples resample(LabeledSamples training, ParameterValues values, long seed,
            IProgressMonitor monitor) {
        double ratio = values.getDouble(RATIO);
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio);
        }
        int classes = training.classCount();
        SubMonitor progress = SubMonitor.convert(monitor, "Random oversampling", classes + 1);
        int[] sizes = training.classSizes();
        int largest = Arrays.stream(sizes).max().orElse(0);
        // The tolerance keeps ratio × largest = 3.0000000000000004 from asking for a fourth row.
        int target = (int) Math.ceil(ratio * largest - 1e-9);

        int[][] members = new int[classes][];
        int total = training.size();
        for (int c = 0; c < classes; c++) {
            members[c] = new int[sizes[c]];
            if (sizes[c] > 0 && sizes[c] < target) {
                total += target - sizes[c];
            }
        }
        int[] filled = new int[classes];
        for (int i = 0; i < training.size(); i++) {
            int c = training.y()[i];
            members[c][filled[c]++] = i;
        }

        double[][] x = new double[total][];
        int[] y = new int[total];
        double[] weights = new double[total];
        progress.split(1);
        int row = 0;
        for (int i = 0; i < training.size(); i++) {
            row = copy(training, i, x, y, weights, row);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < classes; c++) {
            progress.split(1);
            if (sizes[c] == 0) {
                continue;
            }
            for (int n = sizes[c]; n < target; n++) {
                row = copy(training, members[c][random.nextInt(sizes[c])], x, y, weights, row);
            }
        }
        return new LabeledSamples(training.features(), classes, x, y, weights);
    }

    private static int copy(LabeledSamples from, int i, double[][] x, int[] y, double[] weights, int row) {
        x[row] = from.x()[i].clone();
        y[row] = from.y()[i];
        weights[row] = from.weights()[i];
        return row + 1;
    }
}
