// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.filmlab.core.params.Problems;
import org.junit.jupiter.api.Test;

import weka.core.WekaPackageManager;

/**
 * What holds for the bundle as a whole. What each contribution promises (its plugin.xml entry among it)
 * is checked by the contract kit, in the test of each contribution.
 */
class ContributionsTest {

    @Test
    void noWekaTypeInAnyPublicSignature() {
        // Callers see FilmLab's core API only, so that Weka can be replaced without touching them.
        for (Class<?> type : List.of(ArffImporter.class, PrincipalComponentAnalysis.class, NoReduction.class,
                PartialLeastSquares.class,
                KMeansClusterer.class, GaussianMixtureClusterer.class, WardClusterer.class,
                SupportVectorClassifier.class, LogisticClassifier.class, DecisionTreeClassifier.class,
                RandomForestClassifier.class, NearestNeighbourClassifier.class, RandomOversampler.class,
                ClassWeights.class, NoResampling.class, WekaRuntime.class)) {
            for (Method m : type.getMethods()) {
                List<Class<?>> used = new ArrayList<>(List.of(m.getParameterTypes()));
                used.add(m.getReturnType());
                for (Class<?> u : used) {
                    assertFalse(u.getName().startsWith("weka."), type.getSimpleName() + "." + m.getName() + " uses "
                            + u.getName());
                }
            }
            for (Field f : type.getFields()) {
                assertFalse(f.getType().getName().startsWith("weka."), type.getSimpleName() + "." + f.getName());
            }
        }
    }

    @Test
    void wekaStaysOfflineAndOutOfTheUsersHome() {
        // Any Weka scheme loads Capabilities and, through it, WekaPackageManager: K-means does.
        new KMeansClusterer().cluster(new double[][] { { 0 }, { 1 }, { 5 }, { 6 } },
                new KMeansClusterer().parameters().resolve(Map.of("k", 2), "kmeans", new Problems()), 1, null);
        File wekaHome = WekaPackageManager.WEKA_HOME.getAbsoluteFile();
        assertEquals(WekaRuntime.wekaHome().getAbsoluteFile(), wekaHome);
        assertFalse(new File(System.getProperty("user.home"), "wekafiles").exists(), "~/wekafiles was created");
        assertTrue(WekaPackageManager.m_offline, "Weka's package manager is online");
    }

    @Test
    void wekaFindsNetlibsPureJavaArpackSoItPrintsNoWarning() throws Exception {
        WekaRuntime.prepare();
        // What WekaPackageClassLoaderManager.injectMTJCoreClasses tries before it prints its warning:
        // Class.forName from Weka's own class loader.
        ClassLoader wekaLoader = WekaPackageManager.class.getClassLoader();
        Class<?> arpack = Class.forName("com.github.fommil.netlib.ARPACK", true, wekaLoader);
        Object instance = arpack.getMethod("getInstance").invoke(null);
        assertEquals("com.github.fommil.netlib.F2jARPACK", instance.getClass().getName(),
                "netlib must use its pure-Java ARPACK, not a native library of the machine");
    }
}
