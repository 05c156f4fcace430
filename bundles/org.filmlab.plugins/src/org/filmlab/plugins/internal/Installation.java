// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.filmlab.plugins.InstallOutcome;
import org.filmlab.plugins.InstallPreview;
import org.filmlab.plugins.InstallVerifier;
import org.filmlab.plugins.InstalledPlugin;
import org.filmlab.plugins.PluginException;

/**
 * The plug-ins of one product folder, managed through p2's own API: the product's p2 profile
 * (which FilmLab's build materializes with the product) says what is installed; p2's planner
 * resolves an install against it, so a plug-in that needs what the product lacks is refused before
 * anything changes, naming what is missing; p2's engine does the install.
 * <p>
 * Every change is all or nothing: a {@link ProductSnapshot} is taken first and put back on any
 * failure, including a failure of the new bundles in a fresh start of the product
 * ({@link Verification}), which happens before the install is reported.
 */
public final class Installation {

    /** The profile property on an installed plug-in's root unit: its plug-in id. */
    static final String PLUGIN_ID = "org.filmlab.plugins.id";
    /** The profile property on an installed plug-in's root unit: where it came from. */
    static final String PLUGIN_SOURCE = "org.filmlab.plugins.source";

    private final Path product;
    private final InstallVerifier verifier;

    public Installation(Path product) {
        this(product, Verification::inFreshStart);
    }

    public Installation(Path product, InstallVerifier verifier) {
        this.product = product.toAbsolutePath().normalize();
        this.verifier = verifier;
    }

    /** The running product's folder ({@code osgi.install.area}). */
    public static Installation running() throws PluginException {
        try {
            return new Installation(Path.of(Platform.getInstallLocation().getURL().toURI()));
        } catch (URISyntaxException | NullPointerException e) {
            throw new PluginException("cannot tell where this product is installed (osgi.install.area)", e);
        }
    }

    public Path product() {
        return product;
    }

    /** The plug-ins installed with FilmLab's installer, by id. */
    public List<InstalledPlugin> list(IProgressMonitor monitor) throws PluginException {
        return transaction(false, false, p2 -> {
            IProfile profile = p2.profile();
            return roots(profile).stream().map(root -> describe(root, profile, installedFrom(profile, root)))
                    .toList();
        });
    }

    /**
     * What installing {@code source} would do, checked and nothing changed: p2's planner resolves it
     * against the product, and the jars' signatures are verified.
     *
     * @throws PluginException when it cannot be installed: nothing installable, a requirement the
     *         product and the source cannot satisfy (named), a signature that does not verify
     */
    public InstallPreview preview(PluginSource source, IProgressMonitor monitor) throws PluginException {
        return transaction(false, false, p2 -> plan(p2, source, SubMonitor.convert(monitor, "Checking "
                + source.described(), 1)).preview);
    }

    /**
     * Installs {@code source}: plans, refuses unsigned content without {@code trustUnsigned},
     * installs, then starts the product afresh to check the new bundles with FilmLab's contract kit.
     * On any failure the product is put back as it was.
     *
     * @return the plug-ins installed and the verification's report
     */
    public InstallOutcome install(PluginSource source, boolean trustUnsigned, IProgressMonitor monitor)
            throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, "Installing " + source.described(), 10);
        return transaction(trustUnsigned, true, p2 -> {
            Planned planned = plan(p2, source, progress.split(1));
            if (!planned.preview.unsigned().isEmpty() && !trustUnsigned) {
                throw new PluginException(source.described() + " holds unsigned content: "
                        + String.join(", ", planned.preview.unsigned()) + ". Nothing was installed. Install it only"
                        + " if you trust where it comes from, with --trust-unsigned");
            }
            if (relocate(p2, progress.split(1))) {
                planned = plan(p2, source, progress.split(1));
            }
            progress.setWorkRemaining(7);
            perform(p2, planned.plan, "install " + source.described(), progress.split(4));
            List<InstalledPlugin> installed = planned.preview.plugins();
            List<String> bundles = installed.stream().flatMap(p -> p.bundleNames().stream()).toList();
            List<String> checks = verifier.verify(product, bundles, progress.split(2));
            collectGarbage(p2);
            return new InstallOutcome(installed, checks);
        });
    }

    /** Removes the plug-in {@code id} (or the feature of that id) and the bundles only it needed. */
    public InstalledPlugin remove(String id, IProgressMonitor monitor) throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, "Removing " + id, 4);
        return transaction(false, true, p2 -> {
            IProfile profile = p2.profile();
            List<IInstallableUnit> roots = roots(profile);
            IInstallableUnit root = roots.stream().filter(r -> id.equals(profile.getInstallableUnitProperty(r, PLUGIN_ID))
                    || r.getId().equals(id) || r.getId().equals(id + ".feature.group")).findFirst().orElseThrow(
                            () -> new PluginException(id + " is not installed; installed plug-ins: " + (roots.isEmpty()
                                    ? "none" : String.join(", ", roots.stream().map(r -> profile
                                            .getInstallableUnitProperty(r, PLUGIN_ID)).toList()))));
            InstalledPlugin removed = describe(root, profile, installedFrom(profile, root));
            relocate(p2, progress.split(1));
            IPlanner planner = p2.service(IPlanner.class);
            IProfileChangeRequest request = planner.createChangeRequest(p2.profile());
            request.remove(root);
            IProvisioningPlan plan = planner.getProvisioningPlan(request, new ProvisioningContext(p2.agent),
                    progress.split(1));
            requireOk(plan.getStatus(), "remove " + id);
            perform(p2, plan, "remove " + id, progress.split(2));
            collectGarbage(p2);
            return removed;
        });
    }

    /** Work with p2 on the product. */
    @FunctionalInterface
    private interface P2Work<T> {
        T run(P2Session p2) throws PluginException;
    }

    /**
     * Runs {@code work} with p2 opened on the product, the product folder kept as it was unless
     * {@code keep} and the work succeeded: p2 writes its bookkeeping (known repositories, profile
     * states, caches) even when it only reads, and a failed install must leave no trace. The
     * session is closed before the folder is put back, since p2 saves some of it on closing.
     */
    private <T> T transaction(boolean trustUnsigned, boolean keep, P2Work<T> work) throws PluginException {
        ProductSnapshot snapshot = snapshot();
        boolean succeeded = false;
        try {
            T result;
            try (P2Session p2 = P2Session.open(product, trustUnsigned)) {
                result = work.run(p2);
            }
            succeeded = true;
            return result;
        } finally {
            try {
                if (!(succeeded && keep)) {
                    snapshot.restore();
                }
            } catch (IOException e) {
                throw new PluginException("putting " + product + " back as it was failed: " + e.getMessage()
                        + "; the copy is kept", e);
            }
            snapshot.close();
        }
    }

    /** What a planned install holds: p2's plan and what it means for the user. */
    private record Planned(IProvisioningPlan plan, InstallPreview preview) {
    }

    private Planned plan(P2Session p2, PluginSource source, IProgressMonitor monitor) throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        URI location = source.location();
        IMetadataRepository metadata;
        IArtifactRepository artifacts;
        IMetadataRepositoryManager metadataManager = p2.service(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifactManager = p2.service(IArtifactRepositoryManager.class);
        try {
            metadata = metadataManager.loadRepository(location, progress.split(1));
            artifacts = artifactManager.loadRepository(location, progress.split(1));
        } catch (ProvisionException e) {
            throw new PluginException(source.described() + " cannot be read as a p2 repository: " + e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw e;
        } finally {
            // Not remembered as a known repository of the product: the source may be a temporary folder.
            metadataManager.removeRepository(location);
            artifactManager.removeRepository(location);
        }
        IProfile profile = p2.profile();
        Set<IInstallableUnit> roots = offered(metadata);
        if (roots.isEmpty()) {
            throw new PluginException(source.described() + " offers nothing to install (no feature in a category)");
        }
        IPlanner planner = p2.service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        for (IInstallableUnit root : roots) {
            // A newer (or rebuilt) version replaces the one installed.
            profile.query(QueryUtil.createIUQuery(root.getId()), null).forEach(request::remove);
            request.add(root);
            request.setInstallableUnitInclusionRules(root, ProfileInclusionRules.createStrictInclusionRule(root));
            request.setInstallableUnitProfileProperty(root, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
            request.setInstallableUnitProfileProperty(root, PLUGIN_ID, pluginId(root));
            request.setInstallableUnitProfileProperty(root, PLUGIN_SOURCE, source.described());
        }
        ProvisioningContext context = new ProvisioningContext(p2.agent);
        context.setMetadataRepositories(location);
        context.setArtifactRepositories(location);
        IProvisioningPlan plan = p2.service(IPlanner.class).getProvisioningPlan(request, context, progress.split(1));
        requireOk(plan.getStatus(), "install " + source.described());
        IQueryable<IInstallableUnit> future = plan.getFutureState();
        List<InstalledPlugin> plugins = roots.stream().map(r -> describe(r, future, source.described())).toList();
        List<IInstallableUnit> added = new ArrayList<>(plan.getAdditions().query(QueryUtil.ALL_UNITS, null)
                .toUnmodifiableSet());
        added.sort(Comparator.comparing(IInstallableUnit::getId));
        List<String> unsigned = new ArrayList<>();
        List<String> signed = new ArrayList<>();
        List<String> contributions = new ArrayList<>();
        checkSignatures(added, artifacts, source, unsigned, signed, contributions);
        progress.split(1);
        return new Planned(plan, new InstallPreview(source.described(), plugins,
                added.stream().map(u -> u.getId() + " " + u.getVersion()).toList(), unsigned, signed,
                contributions));
    }

    /** The features the source offers in its categories (what Install New Software shows), newest only. */
    private static Set<IInstallableUnit> offered(IMetadataRepository metadata) {
        Set<IInstallableUnit> roots = new LinkedHashSet<>();
        for (IInstallableUnit category : metadata.query(QueryUtil.createIUCategoryQuery(), null)) {
            roots.addAll(metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUCategoryMemberQuery(category)),
                    null).toUnmodifiableSet());
        }
        roots.removeIf(r -> !QueryUtil.isGroup(r));
        List<IInstallableUnit> sorted = new ArrayList<>(roots);
        sorted.sort(Comparator.comparing(IInstallableUnit::getId));
        return new LinkedHashSet<>(sorted);
    }

    /** Verifies each added jar's signature; on the way, reads what it contributes (its plugin.xml). */
    private static void checkSignatures(List<IInstallableUnit> added, IArtifactRepository artifacts,
            PluginSource source, List<String> unsigned, List<String> signed, List<String> contributions)
            throws PluginException {
        for (IInstallableUnit unit : added) {
            for (IArtifactKey key : unit.getArtifacts()) {
                File file = artifacts instanceof IFileArtifactRepository files ? files.getArtifactFile(key) : null;
                String name = key.getId() + " " + key.getVersion();
                if (file == null || !file.isFile()) {
                    throw new PluginException(source.described() + " lists " + name + " but does not hold its file");
                }
                try {
                    Signatures.Verdict verdict = Signatures.of(file.toPath());
                    if (verdict.signed()) {
                        signed.add(name + ": " + verdict.signer().orElseThrow());
                    } else {
                        unsigned.add(name);
                    }
                    contributions.addAll(Contributions.declaredIn(file.toPath()));
                } catch (SecurityException e) {
                    throw new PluginException(name + " in " + source.described() + " is signed but its signature does"
                            + " not verify (" + e.getMessage() + "): it was changed after signing. Refused", e);
                } catch (IOException e) {
                    throw new PluginException(name + " in " + source.described() + " is not a readable jar: " + e, e);
                }
            }
        }
    }

    /** The root units FilmLab's installer installed (marked with {@link #PLUGIN_ID}). */
    private static List<IInstallableUnit> roots(IProfile profile) {
        List<IInstallableUnit> roots = new ArrayList<>(profile.query(new IUProfilePropertyQuery(PLUGIN_ID,
                IUProfilePropertyQuery.ANY), null).toUnmodifiableSet());
        roots.sort(Comparator.comparing(IInstallableUnit::getId));
        return roots;
    }

    /** Where an installed plug-in came from, as the profile remembers it ({@code ""} if it does not). */
    private static String installedFrom(IProfile profile, IInstallableUnit root) {
        return Optional.ofNullable(profile.getInstallableUnitProperty(root, PLUGIN_SOURCE)).orElse("");
    }

    /** A root unit as a plug-in: its bundles are the units it requires directly that are bundles. */
    private static InstalledPlugin describe(IInstallableUnit root, IQueryable<IInstallableUnit> units, String source) {
        List<String> bundles = new ArrayList<>();
        for (IRequirement requirement : root.getRequirements()) {
            for (IInstallableUnit unit : units.query(QueryUtil.createMatchQuery(requirement.getMatches()), null)) {
                if (isBundle(unit)) {
                    bundles.add(unit.getId() + " " + unit.getVersion());
                }
            }
        }
        bundles.sort(null);
        String name = Optional.ofNullable(root.getProperty(IInstallableUnit.PROP_NAME, null)).orElse(root.getId());
        String provider = Optional.ofNullable(root.getProperty(IInstallableUnit.PROP_PROVIDER, null)).orElse("");
        return new InstalledPlugin(pluginId(root), root.getVersion().toString(), name, provider, root.getId(), bundles,
                source);
    }

    private static boolean isBundle(IInstallableUnit unit) {
        for (IProvidedCapability c : unit.getProvidedCapabilities()) {
            if ("osgi.bundle".equals(c.getNamespace())) {
                return true;
            }
        }
        return false;
    }

    /** {@code org.acme.films.feature.feature.group} is the plug-in {@code org.acme.films}. */
    static String pluginId(IInstallableUnit root) {
        String id = root.getId().replaceFirst("\\.feature\\.group$", "");
        return id.endsWith(".feature") ? id.substring(0, id.length() - ".feature".length()) : id;
    }

    /**
     * A product copied or moved since it was built still names its old folder in its profile
     * (install folder, bundle pool); p2 would install into the old one. Points them here first.
     *
     * @return whether the profile changed
     */
    private boolean relocate(P2Session p2, IProgressMonitor monitor) throws PluginException {
        IProfile profile = p2.profile();
        String here = product.toString();
        if (here.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER))
                && here.equals(profile.getProperty(IProfile.PROP_CACHE))) {
            return false;
        }
        IEngine engine = p2.service(IEngine.class);
        IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(p2.agent));
        plan.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
        plan.setProfileProperty(IProfile.PROP_CACHE, here);
        perform(p2, plan, "point the profile at " + here, monitor);
        return true;
    }

    private static void perform(P2Session p2, IProvisioningPlan plan, String what, IProgressMonitor monitor)
            throws PluginException {
        IStatus status = p2.service(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        requireOk(status, what);
    }

    private static void requireOk(IStatus status, String what) throws PluginException {
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            throw new PluginException("cannot " + what + "; nothing was changed:\n" + Explain.status(status));
        }
    }

    /** Deletes the jars no installed unit needs any more (a removed plug-in's, a replaced version's). */
    private static void collectGarbage(P2Session p2) throws PluginException {
        GarbageCollector gc = (GarbageCollector) p2.agent.getService(GarbageCollector.SERVICE_NAME);
        if (gc != null) {
            gc.runGC(p2.profile());
        }
    }

    private ProductSnapshot snapshot() throws PluginException {
        try {
            return ProductSnapshot.take(product);
        } catch (IOException e) {
            throw new PluginException("cannot keep a copy of " + product + " to fall back to; nothing was changed: "
                    + e.getMessage(), e);
        }
    }
}
