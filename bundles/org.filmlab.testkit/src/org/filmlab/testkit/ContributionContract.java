// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterType;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What every contribution promises FilmLab, checked the same way for each (after Weka's
 * {@code AbstractClassifierTest}): a contribution's test extends the contract of its kind
 * ({@link ClustererContract}, {@link ClassifierContract}, ...), names the class and the id it has in
 * {@code plugin.xml}, and inherits these checks:
 * <ul>
 * <li>every parameter has a stable camelCase key, a title, a description and an allowed default;</li>
 * <li>the defaults validate against the contract's data, and resolving the values again gives the
 * same values (what a saved workflow does);</li>
 * <li>{@code validate} never throws, whatever the shape of the data and whatever allowed value each
 * parameter takes, and refuses each {@link #refusals() declared refusal} with a problem naming the
 * parameter;</li>
 * <li>the contribution cites its sources;</li>
 * <li>the same input and seed give the same result bit for bit ({@link Canonical}), a cancelled
 * monitor ends the run with {@link OperationCanceledException}, and the input is not modified;</li>
 * <li>the extension registry lists the id with a name and a description from {@code plugin.xml}
 * alone, attributed to the bundle of the class, so that a list, a menu or {@code filmlab list} never
 * needs an instance; and creating it through the registry gives the tested class.</li>
 * </ul>
 * The checks run inside OSGi (tycho-surefire), because the registry checks read the running
 * platform's extension registry. They are {@code public final} so that a check cannot be weakened by
 * overriding it; what a test may adapt are the protected hooks (data, values, refusals).
 * <p>
 * Clients may extend the contract of a kind; extending this class directly is meant for kinds of
 * contribution the kit does not cover yet.
 *
 * @param <C> the contribution type
 * @param <I> the type of the input the contribution works on
 */
public abstract class ContributionContract<C extends Contribution, I> {

    /** The seed the determinism checks use, the paper's default. */
    protected static final long SEED = 20210401L;

    /** A fresh instance of the contribution, created as the extension registry would create it. */
    protected abstract C contribution();

    /** The id of the contribution in its bundle's {@code plugin.xml}. */
    protected abstract String id();

    /** The extension point the contribution is declared for. */
    protected abstract ContributionKind kind();

    /** The data the contribution gets in these checks. Called once per use: return a fresh object. */
    protected abstract I input();

    /** The shape of {@link #input()} as the workflow engine would describe it before the run. */
    protected abstract DataShape shape();

    /**
     * Runs the contribution on {@code input} and returns what the checks compare (for a classifier,
     * the trained model's predictions of the training rows).
     */
    protected abstract Object run(C contribution, I input, ParameterValues values, long seed,
            IProgressMonitor monitor) throws Exception;

    /** The values the checks run with: the defaults, unless the contract's data need others. */
    protected ParameterValues values() {
        return contribution().parameters().defaults();
    }

    /**
     * The configurations the contribution declares it cannot take, each of which {@code validate}
     * must refuse with a problem on the named parameter. The contracts of the kinds add what their
     * interface documents (a clusterer with {@code k} refuses fewer rows than clusters); a test adds
     * its contribution's own limits.
     */
    protected List<Refusal> refusals() {
        return List.of();
    }

    /**
     * The input as text that is equal exactly when the input is, for the check that the run does
     * not modify it. Override when the input is not made of records, arrays, lists and maps.
     */
    protected String snapshot(I input) {
        return Canonical.of(input);
    }

    /** Values resolved from {@code given} over the defaults; fails the check if any is not allowed. */
    protected final ParameterValues valuesWith(Map<String, ?> given) {
        Problems problems = new Problems();
        ParameterValues values = contribution().parameters().resolve(given, id(), problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return values;
    }

    @Test
    public final void everyParameterIsDocumentedAndItsDefaultIsAllowed() {
        assertPasses(QuickChecks.parametersDocumented(contribution()));
    }

    @Test
    public final void defaultsValidate() {
        assertPasses(QuickChecks.defaultsValidate(contribution(), id(), shape()));
    }

    @Test
    public final void parametersRoundTrip() {
        assertPasses(QuickChecks.parametersRoundTrip(contribution(), id(), values()));
    }

    @Test
    public final void validateReportsProblemsAndNeverThrows() {
        C contribution = contribution();
        for (ParameterValues values : allowedExtremes(contribution)) {
            for (DataShape shape : degenerate(shape())) {
                Problems problems = new Problems();
                assertDoesNotThrow(() -> contribution.validate(values, shape, problems),
                        () -> "validate threw for " + values + " on " + shape
                                + "; report what does not fit as a problem instead");
            }
        }
    }

    @Test
    public final void refusesWhatItDeclaresItCannotTakeWithAProblem() {
        C contribution = contribution();
        for (Refusal refusal : refusals()) {
            ParameterValues values = valuesWith(refusal.parameters());
            Problems problems = new Problems();
            assertDoesNotThrow(() -> contribution.validate(values, refusal.shape(), problems),
                    () -> "validate threw for " + refusal + "; report it as a problem instead");
            assertTrue(problems.list().stream().anyMatch(p -> p.where().equals(refusal.parameter())),
                    () -> "no problem on '" + refusal.parameter() + "' for " + refusal + "; found: " + problems);
        }
    }

    @Test
    public final void citesItsSources() {
        assertPasses(QuickChecks.citesSources(contribution()));
    }

    @Test
    public final void sameSeedGivesTheSameResult() throws Exception {
        String first = Canonical.of(run(contribution(), input(), values(), SEED, null));
        String second = Canonical.of(run(contribution(), input(), values(), SEED, new NullProgressMonitor()));
        assertEquals(first, second, "a second run with the same input and seed differs");
    }

    @Test
    public final void cancelledMonitorStopsTheRun() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> run(contribution(), input(), values(), SEED, cancelled),
                "a cancelled monitor must end the run with OperationCanceledException");
    }

    @Test
    public final void inputIsNotModified() throws Exception {
        I input = input();
        String before = snapshot(input);
        assertNotNull(run(contribution(), input, values(), SEED, null), "a run returned null");
        assertEquals(before, snapshot(input), "the run modified its input; copy before changing it");
    }

    @Test
    public final void listedFromPluginXmlWithIdNameAndDescription() {
        Bundle bundle = FrameworkUtil.getBundle(contribution().getClass());
        assertNotNull(bundle, "not running inside OSGi");
        assertPasses(QuickChecks.describedInPluginXml(descriptor(), bundle.getSymbolicName()));
    }

    @Test
    public final void registryCreatesTheTestedClass() throws CoreException {
        Contribution created = ContributionRegistry.getDefault().create(descriptor(), kind().type());
        assertSame(contribution().getClass(), created.getClass(), "plugin.xml names another class for " + id());
    }

    /** Fails with every failure of a {@link QuickChecks} check, one per line. */
    private static void assertPasses(List<String> failures) {
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** The descriptor listing gives for {@link #id()}, read from plugin.xml without creating anything. */
    protected final ContributionDescriptor descriptor() {
        return ContributionRegistry.getDefault().find(kind(), id()).orElseGet(() -> fail(id()
                + " is not listed under " + kind().pointId() + "; declare it in plugin.xml"));
    }

    /** The defaults, and each parameter in turn at its bounds and at each of its choices. */
    private List<ParameterValues> allowedExtremes(C contribution) {
        List<ParameterValues> out = new ArrayList<>();
        out.add(contribution.parameters().defaults());
        for (Parameter p : contribution.parameters()) {
            List<Object> extremes = new ArrayList<>();
            if (p.type() == ParameterType.CHOICE) {
                extremes.addAll(p.choices());
            }
            for (Double bound : new Double[] { p.min(), p.max() }) {
                if (bound != null) {
                    extremes.add(p.type() == ParameterType.INTEGER ? (Object) bound.intValue() : bound);
                }
            }
            for (Object value : extremes) {
                Map<String, Object> given = new LinkedHashMap<>();
                given.put(p.key(), value);
                out.add(valuesWith(given));
            }
        }
        return out;
    }

    /** The data a workflow can hand over at the edges: none, one row, no variables, a single class. */
    private static List<DataShape> degenerate(DataShape shape) {
        return List.of(shape, new DataShape(0, List.of(), List.of(), List.of(), 0),
                new DataShape(1, shape.variables(), shape.conditions(), shape.properties(), Math.min(1, shape.classes())),
                new DataShape(shape.rows(), List.of(), List.of(), List.of(), shape.classes()),
                new DataShape(shape.rows(), shape.variables(), shape.conditions(), shape.properties(),
                        shape.classes() > 0 ? 1 : 0));
    }
}
