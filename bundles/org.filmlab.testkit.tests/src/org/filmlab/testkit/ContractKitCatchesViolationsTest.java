// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The kit against contributions that each break one promise of {@link QuantileClusterer}: every
 * check must fail (with an assertion error, not by crashing) on the contribution that breaks it.
 * Together with {@link QuantileClustererContractTest}, where the same checks pass, this shows that
 * each check tells a kept promise from a broken one.
 */
class ContractKitCatchesViolationsTest {

    private static final String LISTED = "org.filmlab.testkit.tests.quantiles";

    /**
     * The kit's checks on any clusterer under any id. A nested class, so that tycho-surefire does not
     * run it on its own.
     */
    private static final class Checks extends ClustererContract<Clusterer> {
        private final Supplier<Clusterer> create;
        private final String id;

        Checks(Supplier<Clusterer> create, String id) {
            this.create = create;
            this.id = id;
        }

        Checks(Supplier<Clusterer> create) {
            this(create, LISTED);
        }

        @Override
        protected Clusterer contribution() {
            return create.get();
        }

        @Override
        protected String id() {
            return id;
        }
    }

    private static void caught(Executable check) {
        assertThrows(AssertionError.class, check);
    }

    @Test
    void aParameterWithoutDescription() {
        caught(new Checks(() -> new QuantileClusterer() {
            @Override
            public ParameterSet parameters() {
                return ParameterSet.of(Parameter.integer(K, "Clusters (k)", " ", 3, 1, 10));
            }
        })::everyParameterIsDocumentedAndItsDefaultIsAllowed);
    }

    @Test
    void aDefaultThatDoesNotFitTheData() {
        caught(new Checks(() -> new QuantileClusterer() {
            @Override
            public ParameterSet parameters() {
                return ParameterSet.of(Parameter.integer(K, "Clusters (k)", "How many groups.", 100, 1, 100));
            }
        })::defaultsValidate);
    }

    @Test
    void aValidateThatThrowsInsteadOfReportingAProblem() {
        Checks checks = new Checks(() -> new QuantileClusterer() {
            @Override
            public void validate(ParameterValues values, DataShape data, Problems problems) {
                if (data.rows() < values.getInt(K)) {
                    throw new IllegalArgumentException("too few rows");
                }
            }
        });
        caught(checks::validateReportsProblemsAndNeverThrows);
        caught(checks::refusesWhatItDeclaresItCannotTakeWithAProblem);
    }

    @Test
    void tooFewRowsAccepted() {
        caught(new Checks(() -> new QuantileClusterer() {
            @Override
            public void validate(ParameterValues values, DataShape data, Problems problems) {
                // accepts anything: the engine would then run it on fewer rows than clusters
            }
        })::refusesWhatItDeclaresItCannotTakeWithAProblem);
    }

    @Test
    void noReferences() {
        caught(new Checks(() -> new QuantileClusterer() {
            @Override
            public List<String> references() {
                return List.of();
            }
        })::citesItsSources);
    }

    @Test
    void aResultThatDependsOnMoreThanTheSeed() {
        AtomicInteger calls = new AtomicInteger();
        caught(new Checks(() -> new QuantileClusterer() {
            @Override
            public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
                // State kept across runs, as a shared Random would be.
                return Clustering.of(points, cut(order(points), 2 + calls.getAndIncrement() % 2));
            }
        })::sameSeedGivesTheSameResult);
    }

    @Test
    void aCancelThatIsIgnored() {
        caught(new Checks(() -> new QuantileClusterer() {
            @Override
            public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
                return Clustering.of(points, cut(order(points), values.getInt(K)));
            }
        })::cancelledMonitorStopsTheRun);
    }

    @Test
    void anInputSortedInPlace() {
        caught(new Checks(() -> new QuantileClusterer() {
            @Override
            public Clustering cluster(double[][] points, ParameterValues values, long seed, IProgressMonitor monitor) {
                Arrays.sort(points, (a, b) -> Double.compare(a[0], b[0]));
                return super.cluster(points, values, seed, monitor);
            }
        })::inputIsNotModified);
    }

    @Test
    void aBatchOfPredictionsWithAGap() {
        TrainedModel gap = new TrainedModel() {
            @Override
            public Prediction predict(double[] features) {
                return new Prediction(0, new double[] {1, 0});
            }

            @Override
            public Prediction[] predictAll(double[][] rows) {
                Prediction[] out = TrainedModel.super.predictAll(rows);
                out[1] = null;
                return out;
            }

            @Override
            public int[] labelAll(double[][] rows) {
                return new int[rows.length];
            }
        };
        LabeledSamples samples = LabeledSamples.of(List.of("a", "b"), 2, new double[][] {{0, 1}, {1, 0}, {2, 2}},
                new int[] {0, 1, 0});
        caught(() -> ClassifierContract.assertBatchAsRows(gap, samples));
    }

    @Test
    void anIdThatPluginXmlDoesNotDeclare() {
        Checks checks = new Checks(QuantileClusterer::new, "org.filmlab.testkit.tests.undeclared");
        caught(checks::listedFromPluginXmlWithIdNameAndDescription);
        caught(checks::registryCreatesTheTestedClass);
    }

    @Test
    void aPluginXmlEntryWithoutNameOrDescription() {
        caught(new Checks(QuantileClusterer::new, "org.filmlab.testkit.tests.nameless")
                ::listedFromPluginXmlWithIdNameAndDescription);
    }

    @Test
    void aPluginXmlEntryNamingAnotherClass() {
        caught(new Checks(() -> new QuantileClusterer() {
            // an anonymous subclass: not the class plugin.xml names
        })::registryCreatesTheTestedClass);
    }
}
