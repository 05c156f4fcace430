// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.filmlab.headless.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code --import KEY=VALUE}: the films of the bundled sample written into files that the importers'
 * defaults read wrongly (the films on a workbook's second sheet; a semicolon file with decimal
 * commas and a batch column of point numbers), read right once the option says how. The expected
 * values are the sample's own cells, split here from its CSV text, not anything FilmLab computed.
 */
class ImportOptionsTest {

    private static final double EXACT = 1e-12;

    @TempDir
    Path tmp;

    /** The sample's header cells and its rows of cells, comment line left out. */
    private static List<String> header;
    private static List<String[]> films;

    @BeforeAll
    static void readSample() throws IOException {
        List<String> lines = Files.readAllLines(SampleData.file(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        header = List.of(lines.get(0).split(","));
        films = lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
        assertEquals(110, films.size(), "the sample has the paper's 110 films");
        assertEquals("RD (%)", header.get(9));
    }

    private String rejects(String... args) {
        return CommandRun.rejects(tmp, args);
    }

    /** Runs, expects success, and checks results.json holds exactly the sample's films. */
    private void readsTheSampleFilms(String... args) throws IOException {
        Path out = tmp.resolve("ok");
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--no-report", "--out", out.toString()));
        CommandRun o = run(all.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        JsonNode data = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("data");
        assertEquals(films.size(), data.get("rows").asInt());
        for (int i = 0; i < films.size(); i++) {
            String[] film = films.get(i);
            assertEquals(film[0], data.at("/rowLabels/" + i).asText());
            assertEquals(Double.parseDouble(film[1]), data.at("/values/P/" + i).asDouble(), EXACT, film[0]);
            assertEquals(Double.parseDouble(film[2]), data.at("/values/LS/" + i).asDouble(), EXACT, film[0]);
            assertEquals(Double.parseDouble(film[7]), data.at("/values/sigmaN/" + i).asDouble(), EXACT, film[0]);
            assertEquals(Double.parseDouble(film[9]), data.at("/values/RD/" + i).asDouble(), EXACT, film[0]);
        }
    }

    /** A workbook whose first sheet holds a note and whose second, "Films", holds the sample. */
    private Path twoSheetWorkbook() throws IOException {
        Path file = tmp.resolve("films.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Films from the March batch; see the sheet Films.");
            Sheet sheet = wb.createSheet("Films");
            Row top = sheet.createRow(0);
            for (int j = 0; j < header.size(); j++) {
                top.createCell(j).setCellValue(header.get(j));
            }
            for (int i = 0; i < films.size(); i++) {
                Row row = sheet.createRow(i + 1);
                String[] film = films.get(i);
                row.createCell(0).setCellValue(film[0]);
                for (int j = 1; j < film.length; j++) {
                    row.createCell(j).setCellValue(Double.parseDouble(film[j]));
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void theSheetOptionReadsTheFilmsOnTheSecondSheet() throws IOException {
        Path workbook = twoSheetWorkbook();
        String first = rejects("run", "--data", workbook.toString());
        assertTrue(first.contains("films.xlsx") && first.contains("no data rows"),
                "by default the first sheet, which holds only a note, is read: " + first);
        readsTheSampleFilms("run", "--data", workbook.toString(), "--import", "sheet=Films");
        readsTheSampleFilms("run", "--data", workbook.toString(), "--import=sheet=Films");
    }

    @Test
    void anUnknownKeyNamesItAndTheImportersKeys() throws IOException {
        Path workbook = twoSheetWorkbook();
        String err = rejects("run", "--data", workbook.toString(), "--import", "delimiter=semicolon");
        assertTrue(err.contains("parameter 'delimiter'") && err.contains("unknown parameter"), err);
        assertTrue(err.contains("org.filmlab.io.xlsx") && err.contains("known parameters: sheet"), err);
    }

    @Test
    void aBadValueNamesTheParameterAndTheAllowedValues() throws IOException {
        Path csv = tmp.resolve("films.csv");
        Files.copy(SampleData.file(), csv);
        String err = rejects("run", "--data", csv.toString(), "--import", "delimiter=;");
        assertTrue(err.contains("parameter 'delimiter'") && err.contains("';'"), err);
        assertTrue(err.contains("org.filmlab.io.csv") && err.contains("one of auto, comma, semicolon, tab"), err);

        String clash = rejects("run", "--data", csv.toString(), "--import", "delimiter=comma", "--import",
                "decimal=comma");
        assertTrue(clash.contains("parameter 'decimal'") && clash.contains("delimiter other than comma"), clash);

        String missing = rejects("run", "--data", twoSheetWorkbook().toString(), "--import", "sheet=Film");
        assertTrue(missing.contains("no sheet 'Film'") && missing.contains("'Notes', 'Films'"),
                "the importer names the sheet it did not find and those it has: " + missing);
    }

    @Test
    void malformedImportOptionsAreRefused() {
        String noValue = rejects("run", "--import", "sheet");
        assertTrue(noValue.contains("'--import'") && noValue.contains("KEY=VALUE"), noValue);
        String twice = rejects("run", "--import", "decimal=point", "--import", "decimal=comma");
        assertTrue(twice.contains("'decimal' given twice"), twice);
        String noKey = rejects("run", "--import", "=comma");
        assertTrue(noKey.contains("KEY=VALUE"), noKey);
    }

    @Test
    void semicolonsAndDecimalCommasForcedWhereSniffingFails() throws IOException {
        // A batch column written like "2.1" next to measurements written like "0,6": decimal=auto
        // finds both marks and refuses to guess.
        StringBuilder text = new StringBuilder("# films with decimal commas\n");
        text.append(header.get(0)).append(";batch");
        for (String h : header.subList(1, header.size())) {
            text.append(';').append(h);
        }
        text.append('\n');
        for (int i = 0; i < films.size(); i++) {
            String[] film = films.get(i);
            text.append(film[0]).append(";2.").append(1 + i % 3);
            for (int j = 1; j < film.length; j++) {
                text.append(';').append(film[j].replace('.', ','));
            }
            text.append('\n');
        }
        Path csv = tmp.resolve("films-de.csv");
        Files.writeString(csv, text, StandardCharsets.UTF_8);

        String sniffed = rejects("run", "--data", csv.toString());
        assertTrue(sniffed.contains("both a decimal comma") && sniffed.contains("decimal point"), sniffed);
        readsTheSampleFilms("run", "--data", csv.toString(), "--import", "delimiter=semicolon", "--import",
                "decimal=comma");
    }

    @Test
    void compareHandsTheOptionsToTheImporterToo() throws IOException {
        String err = rejects("compare", "--workflows",
                "org.filmlab.workflow.chenDuquesnoy2021,org.filmlab.workflow.chenDuquesnoy2021.rbf", "--data",
                twoSheetWorkbook().toString(), "--import", "sheet=Film");
        assertTrue(err.contains("no sheet 'Film'"), err);
    }

    @Test
    void helpDocumentsEveryParameterOfTheInstalledImporters() throws Exception {
        CommandRun help = run("help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--import KEY=VALUE") && help.out().contains("--import sheet="), help.out());
        ContributionRegistry registry = ContributionRegistry.getDefault();
        List<ContributionDescriptor> importers = registry.list(ContributionKind.IMPORTER);
        assertFalse(importers.isEmpty());
        for (ContributionDescriptor d : importers) {
            for (String ext : d.extensions()) {
                assertTrue(help.out().contains("." + ext + " "), "extension ." + ext + " of " + d.id());
            }
            for (Parameter p : registry.create(d, DatasetImporter.class).parameters()) {
                assertTrue(help.out().contains(p.key() + "="), p.key() + " of " + d.id() + " undocumented");
                for (String choice : p.choices()) {
                    assertTrue(help.out().contains(choice), choice + " of " + p.key() + " undocumented");
                }
            }
        }
    }
}
