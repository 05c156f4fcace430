// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

class DeclarativeServicesTest {

    @Test
    void theProductsOwnRequirersDoNotStartThem() {
        assertFalse(DeclarativeServices.needed(List.of()));
        assertFalse(DeclarativeServices.needed(List.of("org.eclipse.core.contenttype")));
    }

    @Test
    void aPluginThatRequiresThemStartsThem() {
        assertTrue(DeclarativeServices.needed(List.of("org.eclipse.core.contenttype", "org.example.films.ds")));
    }

    /** What p2's sessions call: afterwards SCR runs (in this test runtime it may have run before). */
    @Test
    void startLeavesThemRunning() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        DeclarativeServices.start(context);
        Bundle scr = List.of(context.getBundles()).stream().filter(b -> DeclarativeServices.SCR.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        assertEquals(Bundle.ACTIVE, scr.getState());
    }
}
