// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;

/**
 * The checks of the contract kit that need neither JUnit nor a run of the algorithm: what a
 * contribution declares. {@link ContributionContract} asserts them in a plug-in's own tests, and
 * FilmLab runs them on every contribution of a plug-in it installs ({@code filmlab plugins install}
 * and {@code verify}), where no JUnit is present. Each check returns its failures as sentences,
 * empty when the contribution passes.
 * <p>
 * Not intended to be subclassed.
 */
public final class QuickChecks {

    /** The data the install-time checks describe to {@code validate}: the kit's films, reduced. */
    public static final DataShape TYPICAL_SHAPE = ContractData.shape(ContractData.ROWS, ContractData.REDUCED, 3);

    private QuickChecks() {
    }

    /** Every parameter has a stable camelCase key, a title, a description and an allowed default. */
    public static List<String> parametersDocumented(Contribution contribution) {
        List<String> failures = new ArrayList<>();
        for (Parameter p : contribution.parameters()) {
            if (!p.key().matches("[a-z][A-Za-z0-9]*")) {
                failures.add(p.key() + " is not a stable camelCase key");
            }
            if (p.title().isBlank()) {
                failures.add(p.key() + " has no title");
            }
            if (p.description().isBlank()) {
                failures.add(p.key() + " has no description");
            }
            Object coerced;
            try {
                coerced = p.coerce(p.defaultValue());
            } catch (RuntimeException e) {
                coerced = e;
            }
            if (!java.util.Objects.equals(p.defaultValue(), coerced)) {
                failures.add(p.key() + ": the default " + p.defaultValue() + " is not an allowed value");
            }
        }
        return failures;
    }

    /** The defaults resolve to {@code defaults()} and validate against {@code shape}. */
    public static List<String> defaultsValidate(Contribution contribution, String id, DataShape shape) {
        Problems problems = new Problems();
        ParameterValues defaults = contribution.parameters().resolve(Map.of(), id, problems);
        if (defaults == null) {
            return List.of("the defaults do not resolve: " + problems);
        }
        List<String> failures = new ArrayList<>();
        if (!contribution.parameters().defaults().equals(defaults)) {
            failures.add("resolving no values gives " + defaults + ", not the declared defaults");
        }
        contribution.validate(defaults, shape, problems);
        if (!problems.isEmpty()) {
            failures.add("the defaults do not validate on " + shape + ": " + problems);
        }
        return failures;
    }

    /** Values resolved again from their own map are equal, with the keys in declaration order. */
    public static List<String> parametersRoundTrip(Contribution contribution, String id, ParameterValues values) {
        Problems problems = new Problems();
        ParameterValues again = contribution.parameters().resolve(values.asMap(), id, problems);
        List<String> failures = new ArrayList<>();
        if (!problems.isEmpty()) {
            failures.add("its own values do not resolve again: " + problems);
        } else if (!values.equals(again)) {
            failures.add("values resolved again differ: " + values + " became " + again);
        }
        if (!List.copyOf(values.asMap().keySet()).equals(contribution.parameters().keys())) {
            failures.add("the values' keys " + values.asMap().keySet() + " are not the declared "
                    + contribution.parameters().keys());
        }
        return failures;
    }

    /** The contribution cites at least one source, and no blank one. */
    public static List<String> citesSources(Contribution contribution) {
        List<String> references = contribution.references();
        if (references == null || references.isEmpty()) {
            return List.of("cites nothing: references() must name the method's source");
        }
        return references.stream().anyMatch(r -> r == null || r.isBlank()) ? List.of("a blank reference")
                : List.of();
    }

    /**
     * {@code plugin.xml} gives a name and a description, and the declaring bundle is {@code bundle}
     * (the bundle of the class the registry created).
     */
    public static List<String> describedInPluginXml(ContributionDescriptor descriptor, String bundle) {
        List<String> failures = new ArrayList<>();
        if (descriptor.name() == null || descriptor.name().isBlank()) {
            failures.add(descriptor.id() + " has no name in plugin.xml");
        }
        if (descriptor.description() == null || descriptor.description().isBlank()) {
            failures.add(descriptor.id() + " has no description in plugin.xml");
        }
        if (bundle != null && !bundle.equals(descriptor.bundle())) {
            failures.add(descriptor.id() + " is declared by " + descriptor.bundle() + " but its class is in " + bundle);
        }
        return failures;
    }

    /**
     * All of the checks above, for a contribution the registry created from {@code descriptor}; the
     * citation only of a contribution that {@linkplain #implementsAMethod implements a method}.
     */
    public static List<String> all(Contribution contribution, ContributionDescriptor descriptor, String classBundle) {
        List<String> failures = new ArrayList<>();
        failures.addAll(describedInPluginXml(descriptor, classBundle));
        failures.addAll(parametersDocumented(contribution));
        failures.addAll(defaultsValidate(contribution, descriptor.id(), TYPICAL_SHAPE));
        if (failures.isEmpty()) {
            failures.addAll(parametersRoundTrip(contribution, descriptor.id(), contribution.parameters().defaults()));
        }
        if (implementsAMethod(descriptor.kind())) {
            failures.addAll(citesSources(contribution));
        }
        return failures;
    }

    /**
     * Whether contributions of {@code kind} implement a published method, whose source they must
     * cite. Kinds of step and quality rules need not: most steps hand the work to a contributed
     * method that cites its own (reduce, cluster, classify), and a rule may be a convention of the
     * lab's (classes by cluster size). They cite where they have a source.
     */
    private static boolean implementsAMethod(ContributionKind kind) {
        return kind != ContributionKind.STEP && kind != ContributionKind.QUALITY_RULE;
    }
}
