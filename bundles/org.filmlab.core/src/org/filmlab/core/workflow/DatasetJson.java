// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.InputException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * A data set as JSON, both ways: the {@code data} section of {@code results.json} (the films as
 * analysed: columns with their roles and units, row labels, values) and the {@code input} of its
 * provenance (file, SHA-256, importer and its parameters). A desktop project stores its data sets
 * this way too, with the row numbers in the file added, so that reopening one needs neither the
 * original file nor the importer that read it.
 */
public final class DatasetJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DatasetJson() {
    }

    /** The films as {@code results.json} writes them under {@code data}. */
    public static ObjectNode data(Dataset d) {
        TokenBuffer tokens = new TokenBuffer(ResultsReader.MAPPER, false);
        try {
            writeData(d, tokens);
            return ResultsReader.MAPPER.readTree(tokens.asParser());
        } catch (IOException e) {
            // A token buffer holds everything in memory: nothing here reads or writes a file.
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #data}, written as it goes (ResultsWriter streams results.json of millions of films). */
    static void writeData(Dataset d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", d.source());
        g.writeNumberField("rows", d.rowCount());
        writeStrings(g, "notes", d.notes());
        g.writeArrayFieldStart("columns");
        for (Column c : d.columns()) {
            g.writeStartObject();
            g.writeStringField("key", c.key());
            g.writeStringField("symbol", c.symbol());
            g.writeStringField("header", c.header());
            g.writeStringField("role", c.role().name().toLowerCase(Locale.ROOT));
            g.writeStringField("unit", c.unit());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeStrings(g, "rowLabels", d.rowLabels());
        g.writeObjectFieldStart("values");
        for (Column c : d.columns()) {
            g.writeArrayFieldStart(c.key());
            for (double x : c.values()) {
                g.writeNumber(x);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (String text : list) {
            g.writeString(text);
        }
        g.writeEndArray();
    }

    /** Where the films came from, as the provenance of {@code results.json} records it. */
    public static ObjectNode input(Dataset d) {
        ObjectNode input = F.objectNode().put("file", d.source()).put("sha256", d.sha256());
        if (!d.importer().isEmpty()) {
            input.put("importer", d.importer());
            ObjectNode parameters = input.putObject("importParameters");
            d.importParameters().forEach((key, value) -> {
                switch (value) {
                    case Integer i -> parameters.put(key, i);
                    case Double x -> parameters.put(key, x);
                    case Boolean b -> parameters.put(key, b);
                    default -> parameters.put(key, String.valueOf(value));
                }
            });
        }
        return input;
    }

    /** {@link #data} with each row's number in the file: everything a data set is, for storing it whole. */
    public static ObjectNode whole(Dataset d) {
        ObjectNode data = data(d);
        ArrayNode rows = data.putArray("sourceRows");
        for (int i = 0; i < d.rowCount(); i++) {
            rows.add(d.sourceRow(i));
        }
        data.set("input", input(d));
        return data;
    }

    /**
     * Reads what {@link #whole} wrote, or a {@code results.json}'s {@code data} with the {@code input}
     * of its provenance. Where the row numbers in the file were not stored (results.json does not
     * store them) rows are numbered in order from 1.
     *
     * @param data the {@code data} object
     * @param input the {@code input} object, or {@code null} to take the one inside {@code data}
     * @param source the file being read, for messages
     * @throws InputException naming the source and the field when the JSON is not a data set
     */
    public static Dataset read(JsonNode data, JsonNode input, String source) throws InputException {
        JsonNode in = input != null ? input : data.path("input");
        int rows = data.path("rows").asInt(-1);
        JsonNode labels = data.path("rowLabels");
        if (rows < 0 || labels.size() != rows) {
            throw InputException.inFile(source, "its data set is damaged: the number of films and of film labels differ");
        }
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : data.path("columns")) {
            String key = c.path("key").asText();
            JsonNode v = data.path("values").path(key);
            if (v.size() != rows) {
                throw InputException.inFile(source, "its data set is damaged: column " + key + " has " + v.size()
                        + " values for " + rows + " films");
            }
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                JsonNode x = v.get(i);
                if (x.isTextual() && "NaN".equals(x.asText())) {
                    // Jackson writes a missing value as the string "NaN".
                    values[i] = Double.NaN;
                    continue;
                }
                if (!x.isNumber()) {
                    throw InputException.inFile(source, "its data set is damaged: column " + key + ", film " + (i + 1)
                            + " is not a number");
                }
                values[i] = x.doubleValue();
            }
            ColumnRole role;
            try {
                role = ColumnRole.valueOf(c.path("role").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InputException.inFile(source, "its data set is damaged: column " + key + " has no role FilmLab knows ('"
                        + c.path("role").asText() + "')");
            }
            columns.add(new Column(key, c.path("symbol").asText(), c.path("header").asText(), role,
                    c.path("unit").asText(), values));
        }
        int[] sourceRows = new int[rows];
        JsonNode stored = data.path("sourceRows");
        for (int i = 0; i < rows; i++) {
            sourceRows[i] = stored.size() == rows ? stored.get(i).asInt() : i + 1;
        }
        Dataset d = new Dataset(data.path("file").asText(in.path("file").asText()), in.path("sha256").asText(),
                texts(data.path("notes")), columns, texts(labels), sourceRows);
        if (in.hasNonNull("importer")) {
            d = d.readWith(in.get("importer").asText(),
                    WorkflowReader.values(source, "importParameters", in.get("importParameters")));
        }
        return d;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
