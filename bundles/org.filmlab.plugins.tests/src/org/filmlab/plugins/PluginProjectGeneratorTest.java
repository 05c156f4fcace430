// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated project: complete, every placeholder filled, FilmLab's wrapper, no registry host named. */
class PluginProjectGeneratorTest {

    @TempDir
    Path dir;

    private final PluginProjectGenerator generator = new PluginProjectGenerator();

    @Test
    void writesACompleteProjectWithEveryPlaceholderFilled() throws Exception {
        Path project = dir.resolve("acme");
        List<Path> files = generator.generate("org.acme.films", project, URI.create("file:/opt/filmlab/repository/"));
        for (String expected : List.of("pom.xml", "mvnw", ".mvn/jdk.sh", ".mvn/extensions.xml", ".mvn/maven.config",
                "target-platform/target-platform.target", "org.acme.films/META-INF/MANIFEST.MF",
                "org.acme.films/src/org/acme/films/internal/FarthestFirstClusterer.java",
                "org.acme.films.tests/src/org/acme/films/internal/FarthestFirstClustererTest.java",
                "org.acme.films.feature/feature.xml", "org.acme.films.repository/category.xml", "README.md",
                ".gitignore")) {
            assertTrue(Files.isRegularFile(project.resolve(expected)), expected + " missing; wrote " + files);
        }
        assertTrue(Files.isExecutable(project.resolve("mvnw")));
        assertTrue(Files.readString(project.resolve("target-platform/target-platform.target"))
                .contains("file:/opt/filmlab/repository/"));
        String mvnw = Files.readString(project.resolve("mvnw"));
        assertTrue(mvnw.contains(".mvn/jdk.sh") && !mvnw.contains("releng/scripts"), "the wrapper finds its JDK picker");
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("@ID@") || text.contains("@PACKAGE") || text.contains("@FILMLAB")
                        || text.contains("@MAVEN"), f + " keeps a placeholder");
                for (String host : List.of("repo.maven.apache.org", "repo1.maven.org", "download.eclipse.org",
                        "https://repo")) {
                    assertFalse(text.contains(host), f + " names a registry host");
                }
            }
        }
    }

    @Test
    void refusesNamesThatAreNotPluginIds() {
        for (String bad : List.of("acme", "Org.Acme", "org.acme-films", "org.filmlab.mine", "org..acme")) {
            assertThrows(PluginException.class, () -> generator.generate(bad, dir.resolve("p"), URI.create("file:/r/")),
                    bad);
        }
        assertTrue(Files.notExists(dir.resolve("p")));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(dir.resolve("mine.txt"), "keep me");
        PluginException e = assertThrows(PluginException.class,
                () -> generator.generate("org.acme.films", dir, URI.create("file:/r/")));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.count() == 1, "nothing written beside the user's file");
        }
    }
}
