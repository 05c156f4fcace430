// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.filmlab.plugins.PluginException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * p2 opened on a product folder: a provisioning agent whose data area is the product's {@code p2/}
 * folder (not the running product's own, so the desktop and the command line can manage any
 * product folder, and a copy of one), with FilmLab's file-only transport and trust answers.
 * <p>
 * p2's bundles are installed in the products but started only here, transiently: a normal
 * {@code filmlab run} never starts them (they are lazy and nothing else loads their classes), nor,
 * in the headless product, the declarative services they need ({@link DeclarativeServices}).
 */
public final class P2Session implements AutoCloseable {

    private static final long SERVICE_WAIT_MS = 10_000;

    final Path product;
    final IProvisioningAgent agent;
    final String profileId;

    private P2Session(Path product, IProvisioningAgent agent, String profileId) {
        this.product = product;
        this.agent = agent;
        this.profileId = profileId;
    }

    static P2Session open(Path product, boolean trustUnsigned) throws PluginException {
        Path p2 = product.resolve("p2");
        if (!Files.isDirectory(p2.resolve("org.eclipse.equinox.p2.engine/profileRegistry"))) {
            throw new PluginException(product + " has no p2 profile (p2/org.eclipse.equinox.p2.engine/profileRegistry):"
                    + " plug-ins can be installed only into a product materialized by p2, as FilmLab's build makes");
        }
        BundleContext context = FrameworkUtil.getBundle(P2Session.class).getBundleContext();
        startP2(context);
        ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
                IProvisioningAgentProvider.class, null);
        tracker.open();
        try {
            IProvisioningAgentProvider provider = tracker.waitForService(SERVICE_WAIT_MS);
            if (provider == null) {
                throw new PluginException("p2's agent provider did not start in this product; is"
                        + " org.eclipse.equinox.p2.core installed?");
            }
            IProvisioningAgent agent = provider.createAgent(p2.toUri());
            agent.registerService(Transport.SERVICE_NAME, new FileTransport());
            agent.registerService(UIServices.SERVICE_NAME, new TrustAnswers(trustUnsigned));
            return new P2Session(product, agent, profileId(product));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException("interrupted while starting p2", e);
        } catch (ProvisionException e) {
            throw new PluginException("p2 cannot open " + p2 + ": " + e.getMessage(), e);
        } finally {
            tracker.close();
        }
    }

    /**
     * p2's bundles and those its Eclipse touchpoint needs to rewrite bundles.info, started for this
     * process only, with the declarative services that make their components (the agent provider).
     */
    private static void startP2(BundleContext context) throws PluginException {
        try {
            DeclarativeServices.start(context);
        } catch (BundleException e) {
            throw new PluginException("p2 cannot start in this product: " + DeclarativeServices.SCR + ": " + e.getMessage(), e);
        }
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && (name.startsWith("org.eclipse.equinox.p2.") || name.startsWith("org.eclipse.equinox.frameworkadmin")
                    || name.equals("org.eclipse.equinox.simpleconfigurator.manipulator"))
                    && (b.getHeaders().get("Fragment-Host") == null)) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    throw new PluginException("p2 cannot start in this product: " + name + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** The profile the product was materialized with ({@code eclipse.p2.profile} in config.ini). */
    private static String profileId(Path product) {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(product.resolve("configuration/config.ini"))) {
            config.load(in);
        } catch (IOException e) {
            // No config.ini: p2's default profile name.
        }
        return config.getProperty("eclipse.p2.profile", "DefaultProfile");
    }

    IProfileRegistry profiles() {
        return agent.getService(IProfileRegistry.class);
    }

    IProfile profile() throws PluginException {
        IProfile profile = profiles().getProfile(profileId);
        if (profile == null) {
            throw new PluginException(product + " has no p2 profile named " + profileId);
        }
        return profile;
    }

    <T> T service(Class<T> type) {
        return agent.getService(type);
    }

    @Override
    public void close() {
        agent.stop();
    }
}
