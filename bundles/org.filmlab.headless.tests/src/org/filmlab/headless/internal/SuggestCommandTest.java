// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.filmlab.headless.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filmlab suggest} and the simulated lab, as a user calls them. */
class SuggestCommandTest {

    @TempDir
    Path tmp;

    private Path sampleCopy() throws IOException {
        Path copy = tmp.resolve("films.csv");
        Files.copy(SampleData.file(), copy);
        return copy;
    }

    /** "P,LS,XB" of every film of a CSV of the sample's layout. */
    private static Set<String> recipes(Path file, int first) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).skip(1)
                .map(l -> l.split(",")).map(c -> Double.parseDouble(c[first]) + "," + Double.parseDouble(c[first + 1])
                        + "," + Double.parseDouble(c[first + 2]))
                .collect(Collectors.toSet());
    }

    @Test
    void writesTheBatchUnderTheInputsOwnHeadersTheSameBytesForTheSameSeed() throws Exception {
        Path data = sampleCopy();
        CommandRun a = run("suggest", "--data", data.toString(), "--batch", "5", "--out", tmp.resolve("a").toString());
        assertEquals(0, a.code(), a.err());
        CommandRun b = run("suggest", "--data", data.toString(), "--batch", "5", "--out", tmp.resolve("b").toString());
        assertEquals(0, b.code(), b.err());
        byte[] first = Files.readAllBytes(tmp.resolve("a/suggestions.csv"));
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("b/suggestions.csv")));
        List<String> lines = Files.readAllLines(tmp.resolve("a/suggestions.csv"));
        assertTrue(lines.get(0).startsWith("P (wt%),L:S (µL/mg),X:B (vol%),predicted class,P(good),CV models against,"
                + "predicted σN (mS/cm),sd of σN (mS/cm),predicted RD (%),sd of RD (%),acquisition,suggester,why"),
                lines.get(0));
        assertEquals(6, lines.size());
        Set<String> made = recipes(data, 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double ls = Double.parseDouble(c[1]);
            assertTrue(ls >= 0.6 - 1e-9 && ls <= 1.4 + 1e-9, line);
            assertFalse(made.contains(Double.parseDouble(c[0]) + "," + ls + "," + Double.parseDouble(c[2])),
                    "a recipe already made is not suggested: " + line);
            assertTrue(line.contains("org.filmlab.weka.feasibleBayesOpt") && line.contains("P(good)"), line);
        }
        CommandRun other = run("suggest", "--data", data.toString(), "--batch", "5", "--seed", "8", "--out",
                tmp.resolve("c").toString());
        assertEquals(0, other.code(), other.err());
    }

    @Test
    void aCampaignByHandMeasuresAppendsAndSuggestsOtherRecipes() throws Exception {
        Path data = sampleCopy();
        assertEquals(0, run("suggest", "--data", data.toString(), "--batch", "4", "--suggester",
                "org.filmlab.suggest.uncertainty", "--out", tmp.resolve("r1").toString()).code());
        Path suggested = tmp.resolve("r1/suggestions.csv");
        CommandRun measured = run("lab", "measure", "--recipes", suggested.toString(), "--data", data.toString(),
                "--seed", "3");
        assertEquals(0, measured.code(), measured.err());
        assertEquals(114, Files.readAllLines(data).stream().filter(l -> !l.startsWith("#")).count() - 1);
        Set<String> first = recipes(suggested, 0);
        assertTrue(recipes(data, 1).containsAll(first), "the films made are in the data");
        CommandRun again = run("suggest", "--data", data.toString(), "--batch", "4", "--suggester",
                "org.filmlab.suggest.uncertainty", "--out", tmp.resolve("r2").toString());
        assertEquals(0, again.code(), again.err());
        Set<String> second = new HashSet<>(recipes(tmp.resolve("r2/suggestions.csv"), 0));
        second.retainAll(first);
        assertTrue(second.isEmpty(), "recipes made are not suggested again: " + second);
    }

    @Test
    void aCampaignTracedShowsEachRoundsRecipesWithTheirTrueValuesAndTheSameTableTwice() throws Exception {
        CommandRun a = run("lab", "campaign", "--seeds", "1", "--strategy", "Bayesian optimisation (default)", "--trace");
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("Bayesian optimisation (default)") && !a.out().contains("Latin hypercube"), a.out());
        assertTrue(a.out().contains("Target for the default suggester"), a.out());
        assertTrue(a.err().contains("seed 1, round 1 (20 films made):"), a.err());
        assertTrue(a.err().contains("true RD") && a.err().contains("expected improvement of sigmaN"), a.err());
        assertTrue(a.err().contains("Bayesian optimisation (default), seed 1: "), a.err());
        CommandRun b = run("lab", "campaign", "--seeds", "1", "--strategy", "Bayesian optimisation (default)", "--trace");
        assertEquals(a.err().replaceAll("\\(\\d+ s\\)", ""), b.err().replaceAll("\\(\\d+ s\\)", ""),
                "the same seed, the same suggestions");
    }

    @Test
    void aCampaignOfAStrategyThatDoesNotExistIsRefusedNamingTheStrategies() {
        CommandRun o = run("lab", "campaign", "--seeds", "1", "--strategy", "simulated annealing");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--strategy") && o.err().contains("Latin hypercube"), o.err());
    }

    @Test
    void moreRecipesThanCandidatesIsRefusedAndNothingIsWritten() throws Exception {
        CommandRun o = run("suggest", "--data", sampleCopy().toString(), "--batch", "5000", "--out",
                tmp.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("only") && o.err().contains("candidate"), o.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aBatchBeyondTheCandidatesIsNamedAsTheOptionTheUserTyped() throws Exception {
        Path data = sampleCopy();
        CommandRun o = run("suggest", "--data", data.toString(), "--batch", "5000", "--out",
                tmp.resolve("out").toString());
        assertTrue(o.err().contains("--batch"), o.err());
        CommandRun beyondTheLimit = run("suggest", "--data", data.toString(), "--batch", "20000", "--out",
                tmp.resolve("out").toString());
        assertEquals(2, beyondTheLimit.code(), beyondTheLimit.err());
        assertTrue(beyondTheLimit.err().contains("--batch"), beyondTheLimit.err());
        assertFalse(beyondTheLimit.err().contains("nextExperiments"), "in the step's terms: " + beyondTheLimit.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aSuggesterNotInstalledIsNamedAsTheOptionTheUserTyped() throws Exception {
        CommandRun o = run("suggest", "--data", sampleCopy().toString(), "--batch", "3", "--suggester", "no.such",
                "--out", tmp.resolve("out").toString());
        assertEquals(2, o.code(), o.out() + o.err());
        assertTrue(o.err().contains("--suggester") && o.err().contains("'no.such'")
                && o.err().contains("org.filmlab.weka.feasibleBayesOpt"), o.err());
        assertFalse(o.err().contains("nextExperiments"), "in the step's terms: " + o.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aConditionThatDoesNotVaryIsRefusedAndNothingIsWritten() throws Exception {
        List<String> lines = Files.readAllLines(SampleData.file());
        List<String> five = lines.stream().filter(l -> l.startsWith("#") || l.startsWith("film") || l.split(",")[1]
                .equals("5")).toList();
        Path data = tmp.resolve("p5.csv");
        Files.write(data, five);
        CommandRun o = run("suggest", "--data", data.toString(), "--batch", "3", "--out", tmp.resolve("out").toString());
        assertEquals(2, o.code(), o.out() + o.err());
        // The data check before any step already refuses it, naming the column (the suggester's own check,
        // "is 5 in every film", covers conditions that reach it).
        assertTrue(o.err().contains("P (wt%)") && o.err().contains("constant"), o.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void withoutAGoodClassThereAreNoSuggestionsAndNothingIsWritten() throws Exception {
        Path workflow = tmp.resolve("no-good-class.json");
        Files.writeString(workflow, """
                {"format": "filmlab.workflow/2", "id": "test.noGoodClass", "name": "classes by size, no good class",
                 "version": "1", "seed": 1, "data": {"conditions": [], "properties": [], "ignore": []},
                 "steps": [
                  {"step": "reduce", "use": "org.filmlab.weka.pca",
                   "settings": {"variables": "conditions+properties", "exclude": "P"}},
                  {"step": "cluster", "use": "org.filmlab.weka.kmeans", "settings": {"components": 2}, "params": {"k": 3}},
                  {"step": "classes", "use": "org.filmlab.core.classes.bySize"},
                  {"step": "classify", "use": "org.filmlab.weka.smo", "settings": {"features": "P,LS,XB"}},
                  {"step": "nextExperiments"}]}""");
        CommandRun o = run("suggest", "--data", sampleCopy().toString(), "--workflow", workflow.toString(), "--batch",
                "3", "--out", tmp.resolve("out").toString());
        assertEquals(2, o.code(), o.out() + o.err());
        assertTrue(o.err().contains("no class is good"), o.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aBatchThatIsNoNumberIsRefused() throws Exception {
        CommandRun o = run("suggest", "--data", sampleCopy().toString(), "--batch", "none", "--out",
                tmp.resolve("out").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--batch"), o.err());
        assertNotEquals(0, o.err().length());
    }
}
