// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Contribution;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.analysis.Reducer;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.junit.jupiter.api.Test;

import weka.core.WekaPackageManager;

/** What plugin.xml contributes, read through the extension registry as the workbench reads it. */
class ContributionsTest {

    private record Expected(String point, String element, String id, Class<? extends Contribution> type) {
    }

    private static final List<Expected> CONTRIBUTIONS = List.of(
            new Expected("org.filmlab.core.importers", "importer", "org.filmlab.weka.arff", DatasetImporter.class),
            new Expected("org.filmlab.core.reducers", "reducer", "org.filmlab.weka.pca", Reducer.class),
            new Expected("org.filmlab.core.clusterers", "clusterer", "org.filmlab.weka.kmeans", Clusterer.class),
            new Expected("org.filmlab.core.classifiers", "classifier", "org.filmlab.weka.smo", Classifier.class),
            new Expected("org.filmlab.core.resamplers", "resampler", "org.filmlab.weka.randomOversampling",
                    Resampler.class),
            new Expected("org.filmlab.core.reducers", "reducer", "org.filmlab.weka.noReduction", Reducer.class),
            new Expected("org.filmlab.core.reducers", "reducer", "org.filmlab.weka.pls", Reducer.class),
            new Expected("org.filmlab.core.clusterers", "clusterer", "org.filmlab.weka.em", Clusterer.class),
            new Expected("org.filmlab.core.clusterers", "clusterer", "org.filmlab.weka.ward", Clusterer.class),
            new Expected("org.filmlab.core.classifiers", "classifier", "org.filmlab.weka.logistic", Classifier.class),
            new Expected("org.filmlab.core.classifiers", "classifier", "org.filmlab.weka.j48", Classifier.class),
            new Expected("org.filmlab.core.classifiers", "classifier", "org.filmlab.weka.randomForest",
                    Classifier.class),
            new Expected("org.filmlab.core.classifiers", "classifier", "org.filmlab.weka.ibk", Classifier.class),
            new Expected("org.filmlab.core.resamplers", "resampler", "org.filmlab.weka.classWeights", Resampler.class),
            new Expected("org.filmlab.core.resamplers", "resampler", "org.filmlab.weka.noResampling",
                    Resampler.class));

    private static IConfigurationElement find(Expected e) {
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(e.point())) {
            if (e.id().equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }

    @Test
    void eachContributionCreatesItsInterfaceWithResolvableDefaults() throws CoreException {
        DataShape conditions = new DataShape(110, List.of("P", "LS", "XB"), List.of("P", "LS", "XB"),
                List.of("RD"), 3);
        // What the paper's workflow reduces: conditions and properties, σN (the PLS response) among them.
        DataShape reduced = new DataShape(110, List.of("LS", "XB", "thickness", "density", "resistance", "sigmaN",
                "DoT", "RD"), List.of("P", "LS", "XB"), List.of("thickness", "density", "resistance", "sigmaN", "DoT",
                        "RD"), 0);
        for (Expected e : CONTRIBUTIONS) {
            IConfigurationElement element = find(e);
            assertNotNull(element, e.id() + " is not in the registry");
            assertEquals(e.element(), element.getName());
            assertEquals("org.filmlab.weka", element.getContributor().getName());
            assertFalse(element.getAttribute("name").isBlank());
            assertFalse(element.getAttribute("description").isBlank());
            Object created = element.createExecutableExtension("class");
            assertTrue(e.type().isInstance(created), e.id() + " is a " + created.getClass());
            Contribution contribution = (Contribution) created;
            Problems problems = new Problems();
            ParameterValues defaults = contribution.parameters().resolve(Map.of(), e.id(), problems);
            assertNotNull(defaults, problems::toString);
            assertEquals(contribution.parameters().defaults(), defaults);
            contribution.validate(defaults, e.type() == Reducer.class ? reduced : conditions, problems);
            assertTrue(problems.isEmpty(), problems::toString);
            assertFalse(contribution.references().isEmpty(), e.id() + " cites nothing");
        }
    }

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
